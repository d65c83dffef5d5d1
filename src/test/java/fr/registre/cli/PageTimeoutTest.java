package fr.registre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.registre.Fixtures;

/**
 * A pathological page (60 000 scattered letters: Tesseract takes about 20 s on it here) is abandoned
 * at the page timeout; the batch goes on and reports it.
 */
class PageTimeoutTest {

    @TempDir
    Path dir;

    @Test
    void aPageThatTakesTooLongIsAbandonedAndTheBatchGoesOn() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        writeNoisePage(in.resolve("noise.png"));
        Files.copy(Fixtures.scan("bureau-2025-born-digital.pdf"), in.resolve("good.pdf"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        long start = System.nanoTime();
        int status;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = Main.run("ingest", in.toString(), "--out", dir.resolve("out").toString(), "--jobs", "2",
                    "--page-timeout", "2");
        } finally {
            System.setErr(old);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(ExitCode.INPUT_FAILED.status(), status);
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("noise.png: OCR timed out after 2 s"), errors);
        assertTrue(Files.exists(dir.resolve("out/good.json")));
        assertTrue(seconds < 15, "the page was not abandoned in time: " + seconds + " s");
    }

    /**
     * On a huge page dense with text Tesseract spends minutes in layout analysis, which its own
     * deadline does not cover: the page is still abandoned at the timeout, and the program ends.
     */
    @Test
    void aHugeDensePageIsAbandonedAtTheTimeoutLayoutIncluded() throws Exception {
        Path in = Files.createDirectories(dir.resolve("dense"));
        writeDensePage(in.resolve("dense.png"), 8800);
        Path log = dir.resolve("dense.log");
        Process run = Console.start(log, List.of("-Xmx3g"), "ingest", in.toString(), "--out",
                dir.resolve("dense-out").toString(), "--jobs", "1", "--page-timeout", "1");
        boolean ended = run.waitFor(60, TimeUnit.SECONDS);
        run.destroyForcibly().waitFor();
        String output = Files.readString(log);
        assertTrue(ended, "the program did not end: " + output);
        assertEquals(ExitCode.INPUT_FAILED.status(), run.exitValue(), output);
        assertTrue(output.contains("OCR timed out after 1 s"), output);
        Matcher took = Pattern.compile("0 pages in ([0-9.]+) s").matcher(output);
        assertTrue(took.find(), output);
        assertTrue(Double.parseDouble(took.group(1)) <= 5, "the page took " + took.group(1) + " s");
    }

    private static void writeDensePage(Path file, int size) throws IOException {
        BufferedImage page = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, size, size);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 16));
        String line = "le conseil municipal en séance approuve la délibération du budget de la commune ".repeat(20);
        for (int y = 20; y < size; y += 20) {
            g.drawString(line, 10, y);
        }
        g.dispose();
        ImageIO.write(page, "png", file.toFile());
    }

    private static void writeNoisePage(Path file) throws IOException {
        BufferedImage page = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 14));
        Random random = new Random(1);
        for (int i = 0; i < 60_000; i++) {
            g.drawString(String.valueOf((char) ('a' + random.nextInt(26))), random.nextInt(page.getWidth()),
                    random.nextInt(page.getHeight()));
        }
        g.dispose();
        ImageIO.write(page, "png", file.toFile());
    }
}
