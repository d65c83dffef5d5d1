package fr.registre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.registre.Fixtures;

/**
 * Page images are encoded in memory: a run writes no {@code imageio*.tmp} cache file, which a killed
 * run would leave behind in the temporary directory. Every file created in the image cache
 * directory while a scan is ingested, searchable PDF included, is watched for.
 */
class ImageCacheTest {

    @TempDir
    Path dir;

    @Test
    void aRunCreatesNoImageCacheFile() throws Exception {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        File before = ImageIO.getCacheDirectory();
        boolean used = ImageIO.getUseCache();
        List<String> created = new ArrayList<>();
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            cache.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            ImageIO.setCacheDirectory(cache.toFile());
            Console.Run run = Console.run("", "ingest", "-q", Fixtures.scan("territoire-2022-clean.png").toString(),
                    "--out", dir.resolve("out").toString());
            assertEquals(ExitCode.OK.status(), run.status(), run.err());
            assertTrue(Files.exists(dir.resolve("out/territoire-2022-clean.ocr.pdf")), "the searchable PDF encoded the page");
            WatchKey key = watch.poll();
            if (key != null) {
                for (WatchEvent<?> event : key.pollEvents()) {
                    created.add(String.valueOf(event.context()));
                }
            }
        } finally {
            ImageIO.setCacheDirectory(before);
            ImageIO.setUseCache(used);
        }
        assertEquals(List.of(), created, "files created in the image cache directory");
    }
}
