package fr.registre.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void aFailedWriteKeepsThePreviousFileAndLeavesNoTemporary(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("doc.json");
        AtomicFiles.writeString(target, "complete");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half of a new ver".getBytes());
            throw new IllegalStateException("disk unplugged");
        }));
        assertEquals("complete", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void createsMissingDirectories(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("a/b/c.txt");
        AtomicFiles.writeString(target, "é");
        assertEquals("é", Files.readString(target));
    }

    @Test
    void staleTemporariesAreRemovedAndNothingElse(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(AtomicFiles.TEMP_PREFIX + "123.part"), "half a file");
        Files.writeString(dir.resolve("kept.txt"), "whole");
        assertEquals(1, AtomicFiles.removeStale(dir));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("kept.txt"), files.map(f -> f.getFileName().toString()).toList());
        }
    }
}
