package fr.registre.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.registre.Fixtures;
import fr.registre.io.DirectoryLock;
import fr.registre.pipeline.BatchReport;
import fr.registre.pipeline.Manifest;

/**
 * A run killed in the middle (SIGKILL, no chance to clean up) and then resumed ends with exactly the
 * outputs of a run that was never interrupted: nothing lost, nothing half-written, nothing done twice.
 */
class ResumeTest {

    private static final List<String> INPUTS = List.of("bureau-2025-born-digital.pdf", "territoire-2022-clean.png",
            "bureau-2019-degraded.pdf");

    @TempDir
    Path dir;

    @Test
    void aKilledRunResumesToTheOutputsOfAnUninterruptedOne() throws Exception {
        Path in = inputs();
        Path whole = dir.resolve("whole");
        Path killed = dir.resolve("killed");
        assertEquals(ExitCode.OK.status(), ingest(in, whole));

        Process process = ingestInAnotherProcess(in, killed, "killed.log");
        Path manifest = killed.resolve(Manifest.FILE_NAME);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (recorded(manifest) < 1 && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        process.destroyForcibly().waitFor();
        int finishedBeforeKill = recorded(manifest);
        assertTrue(finishedBeforeKill >= 1 && finishedBeforeKill < INPUTS.size(),
                "the run should be killed between inputs: " + finishedBeforeKill + " finished; "
                        + Files.readString(dir.resolve("killed.log")));

        ByteArrayOutputStream resumed = new ByteArrayOutputStream();
        assertEquals(ExitCode.OK.status(), ingest(in, killed, resumed));
        assertTrue(resumed.toString(StandardCharsets.UTF_8).contains(finishedBeforeKill + " left as an earlier run"),
                resumed.toString(StandardCharsets.UTF_8));

        Set<String> files = outputs(whole);
        assertEquals(files, outputs(killed));
        for (String f : files) {
            if (f.endsWith(".pdf")) {
                assertEquals(pdfText(whole.resolve(f)), pdfText(killed.resolve(f)), f);
            } else {
                assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(killed.resolve(f)), f);
            }
        }
        assertEquals(INPUTS.size(), Files.readAllLines(manifest).size(), "each input recorded once");
    }

    @Test
    void aSecondRunIntoTheSameDirectoryStopsAtOnceAndLeavesTheFirstWhole() throws Exception {
        Path in = inputs();
        Path out = dir.resolve("out");
        Process first = ingestInAnotherProcess(in, out, "first.log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(out.resolve(DirectoryLock.FILE_NAME)) && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(300);
        assertTrue(first.isAlive(), "the first run should still be working: " + Files.readString(dir.resolve("first.log")));
        assertEquals(ExitCode.OUTPUT_ERROR.status(), ingest(in, out));
        assertEquals(0, first.waitFor(), Files.readString(dir.resolve("first.log")));
        List<String> lines = Files.readAllLines(out.resolve(Manifest.FILE_NAME));
        assertEquals(INPUTS.size(), lines.size());
        assertTrue(lines.stream().allMatch(l -> l.startsWith("{") && l.endsWith("}")), lines.toString());
        assertEquals(ExitCode.OK.status(), ingest(in, out), "the lock goes with the run that held it");
    }

    private Path inputs() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String name : INPUTS) {
            Files.copy(Fixtures.scan(name), in.resolve(name));
        }
        return in;
    }

    private Process ingestInAnotherProcess(Path in, Path out, String log) throws IOException {
        return Console.start(dir.resolve(log), List.of(), "ingest", in.toString(), "--out", out.toString(), "--jobs", "1");
    }

    private static int ingest(Path in, Path out) {
        return ingest(in, out, new ByteArrayOutputStream());
    }

    private static int ingest(Path in, Path out, ByteArrayOutputStream stdout) {
        PrintStream old = System.out;
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            return Main.run("ingest", in.toString(), "--out", out.toString(), "--jobs", "1");
        } finally {
            System.setOut(old);
        }
    }

    private static int recorded(Path manifest) throws IOException {
        return Files.exists(manifest) ? (int) Files.readString(manifest).chars().filter(c -> c == '\n').count() : 0;
    }

    /** Every file of the directory but the batch's own bookkeeping; temporary files included, so they fail the test. */
    private static Set<String> outputs(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(f -> !f.equals(Manifest.FILE_NAME) && !f.equals(BatchReport.FILE_NAME))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
