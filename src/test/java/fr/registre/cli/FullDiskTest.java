package fr.registre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.registre.Fixtures;

/**
 * A real full disk: the output directory is a 32 KB tmpfs, mounted in a user and mount namespace of
 * the test's own ({@code unshare}, no privilege needed), where the document's outputs do not fit. The
 * run says so in one line and exits 1, leaves no output of the document behind, and records a failure
 * that a later run tries again; once the disk is larger, that run finishes the document.
 */
class FullDiskTest {

    @TempDir
    Path dir;

    @Test
    void aFullDiskFailsTheDocumentWithoutOrphansAndTheNextRunFinishesIt() throws Exception {
        Path input = Files.copy(Fixtures.scan("bureau-2025-born-digital.pdf"), dir.resolve("minutes.pdf"));
        Path out = Files.createDirectories(dir.resolve("out"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String ingest = "'" + java + "' -cp \"$CP\" " + Main.class.getName() + " ingest '" + input + "' --out '" + out + "'";
        String script = "mount -t tmpfs -o size=32k tmpfs '" + out + "' || exit 90\n"
                + ingest + " > '" + dir.resolve("first.log") + "' 2>&1; echo $? > '" + dir.resolve("first.exit") + "'\n"
                + "ls -A '" + out + "' > '" + dir.resolve("first.files") + "'\n"
                + "mount -o remount,size=16m '" + out + "'\n"
                + ingest + " > '" + dir.resolve("second.log") + "' 2>&1; echo $? > '" + dir.resolve("second.exit") + "'\n"
                + "ls -A '" + out + "' > '" + dir.resolve("second.files") + "'\n";
        ProcessBuilder pb = new ProcessBuilder(List.of("unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script))
                .redirectErrorStream(true).redirectOutput(dir.resolve("unshare.log").toFile());
        pb.environment().put("CP", System.getProperty("java.class.path"));
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            Assumptions.abort("unshare is not installed: " + e.getMessage());
            return;
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the two runs end");
        Assumptions.assumeTrue(p.exitValue() != 90 && Files.exists(dir.resolve("first.exit")),
                "this machine lets no user mount a tmpfs in a namespace of its own: " + read("unshare.log"));

        String first = read("first.log");
        assertEquals("1", read("first.exit").strip(), first);
        List<String> errors = first.lines().filter(l -> l.startsWith("error")).toList();
        assertEquals(1, errors.size(), first);
        assertTrue(errors.get(0).contains("minutes.pdf") && errors.get(0).contains("No space left on device"), errors.get(0));
        assertEquals(Set.of(".registre.lock", "manifest.jsonl", "report.md"), files("first.files"),
                "nothing of the document is left half-written");

        assertEquals("0", read("second.exit").strip(), read("second.log"));
        assertTrue(files("second.files").containsAll(Set.of("minutes.json", "minutes.raw.txt", "minutes.txt")),
                "the failure was retried: " + files("second.files"));
    }

    private String read(String name) throws Exception {
        Path file = dir.resolve(name);
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private Set<String> files(String name) throws Exception {
        return new TreeSet<>(read(name).lines().toList());
    }
}
