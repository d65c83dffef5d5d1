package fr.registre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.registre.Fixtures;
import fr.registre.pipeline.BatchReport;
import fr.registre.pipeline.Manifest;

/**
 * A batch mixing good and bad inputs: each bad one gets one clear line, the good ones are processed;
 * run again, the batch does no work and still reports the bad inputs.
 */
class BadInputTest {

    @TempDir
    static Path in;
    @TempDir
    static Path out;
    private static Run first;
    private static Run second;
    private static List<String> errors;
    private static Map<Path, FileTime> writtenByFirstRun;

    private record Run(int status, String stdout, List<String> errors) {
    }

    @BeforeAll
    static void runBatch() throws Exception {
        Files.copy(Fixtures.scan("bureau-2025-born-digital.pdf"), in.resolve("good.pdf"));
        Files.copy(Fixtures.scan("territoire-2022-clean.png"), in.resolve("good-scan.png"));
        byte[] pdf = Files.readAllBytes(Fixtures.scan("bureau-2025-born-digital.pdf"));
        Files.write(in.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 3));
        Files.writeString(in.resolve("corrupt.pdf"), "%PDF-1.7\n" + "garbage ".repeat(500));
        Files.writeString(in.resolve("letter.pdf"), "Bonjour, ceci n'est pas un PDF.\n");
        Files.write(in.resolve("empty.pdf"), new byte[0]);
        writeEncrypted(in.resolve("encrypted.pdf"));
        try (PDDocument none = new PDDocument()) {
            none.save(in.resolve("no-pages.pdf").toFile());
        }
        try (PDDocument huge = new PDDocument()) {
            huge.addPage(new PDPage(new PDRectangle(100_000, 100_000)));
            huge.save(in.resolve("huge-page.pdf").toFile());
        }
        writePngClaiming(in.resolve("bomb.png"), 100_000, 100_000);
        writePngClaiming(in.resolve("zero.png"), 0, 10);
        Files.write(in.resolve("broken.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3});
        Files.createSymbolicLink(in.resolve("gone.pdf"), in.resolve("moved-away.pdf"));

        first = ingest();
        errors = first.errors();
        writtenByFirstRun = modificationTimes();
        second = ingest();
    }

    private static Run ingest() {
        Console.Run r = Console.run("", "ingest", in.toString(), "--out", out.toString(), "--jobs", "2");
        return new Run(r.status(), r.out(), r.err().lines().toList());
    }

    private static Map<Path, FileTime> modificationTimes() throws IOException {
        Map<Path, FileTime> times = new HashMap<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.toList()) {
                times.put(f, Files.getLastModifiedTime(f));
            }
        }
        return times;
    }

    private static void writeEncrypted(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
    }

    /** A real PNG whose header then claims another size, as a decompression bomb does. */
    private static void writePngClaiming(Path file, int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY), "png", png);
        ByteBuffer bytes = ByteBuffer.wrap(png.toByteArray());
        bytes.putInt(16, width).putInt(20, height); // IHDR data starts after signature (8) + length + type
        CRC32 crc = new CRC32();
        crc.update(bytes.array(), 12, 17);
        bytes.putInt(29, (int) crc.getValue());
        Files.write(file, bytes.array());
    }

    private static String errorFor(String file) {
        return errorFor(errors, file);
    }

    private static String errorFor(List<String> errors, String file) {
        List<String> lines = errors.stream().filter(l -> l.contains(file + ":")).toList();
        assertEquals(1, lines.size(), () -> file + " should have exactly one error line in " + errors);
        return lines.get(0);
    }

    @Test
    void batchFailsButGoodFilesAreProcessed() throws IOException {
        assertEquals(ExitCode.INPUT_FAILED.status(), first.status());
        for (String good : List.of("good", "good-scan")) {
            assertTrue(Files.size(out.resolve(good + ".json")) > 0, good);
            assertTrue(Files.size(out.resolve(good + ".raw.txt")) > 0, good);
        }
        assertTrue(first.stdout().contains("2 done"), first.stdout());
    }

    @Test
    void eachBadFileGetsOneLineWithItsReason() {
        assertTrue(errorFor("truncated.pdf").contains("PDF"));
        assertTrue(errorFor("corrupt.pdf").contains("corrupt PDF"));
        assertTrue(errorFor("letter.pdf").contains("not a PDF"));
        assertTrue(errorFor("empty.pdf").contains("empty"));
        assertTrue(errorFor("encrypted.pdf").contains("encrypted"));
        assertTrue(errorFor("no-pages.pdf").contains("no pages"));
        assertTrue(errorFor("huge-page.pdf").contains("absurdly large"));
        assertTrue(errorFor("bomb.png").contains("100000 x 100000"));
        assertFalse(errorFor("zero.png").isBlank());
        assertFalse(errorFor("broken.jpg").isBlank());
        assertTrue(errorFor("gone.pdf").contains("no such file"));
        errors.forEach(l -> assertFalse(l.contains("\tat "), "no stack traces: " + l));
    }

    @Test
    void badFilesLeaveNothingInTheOutputDirectory() throws IOException {
        Set<String> written;
        try (Stream<Path> files = Files.list(out)) {
            written = files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        }
        assertTrue(written.stream().noneMatch(f -> f.endsWith(".part")), written.toString());
        Set<String> expected = Set.of("good.json", "good.raw.txt", "good-scan.json", "good-scan.raw.txt",
                "good-scan.alto.xml", "good-scan.ocr.pdf");
        assertTrue(written.containsAll(expected), written.toString());
        for (String bad : List.of("truncated", "corrupt", "letter", "empty", "encrypted", "no-pages", "bomb", "zero",
                "broken", "gone")) {
            assertFalse(written.stream().anyMatch(f -> f.startsWith(bad + ".")), bad + " wrote " + written);
        }
    }

    @Test
    void aSecondRunDoesNoWorkButStillReportsTheBadInputs() throws IOException {
        assertEquals(ExitCode.INPUT_FAILED.status(), second.status());
        assertTrue(second.stdout().contains("0 processed now"), second.stdout());
        assertTrue(second.stdout().contains("13 left as an earlier run finished them"), second.stdout());
        for (String bad : List.of("truncated.pdf", "corrupt.pdf", "encrypted.pdf", "bomb.png")) {
            assertTrue(errorFor(second.errors(), bad).contains("--force to retry"));
        }
        Map<Path, FileTime> now = modificationTimes();
        for (Map.Entry<Path, FileTime> e : writtenByFirstRun.entrySet()) {
            if (!e.getKey().getFileName().toString().equals(BatchReport.FILE_NAME)) {
                assertEquals(e.getValue(), now.get(e.getKey()), e.getKey() + " was written again");
            }
        }
    }

    @Test
    void theManifestAndReportListEveryInput() throws IOException {
        List<String> manifest = Files.readAllLines(out.resolve(Manifest.FILE_NAME));
        assertEquals(13, manifest.size());
        String report = Files.readString(out.resolve(BatchReport.FILE_NAME));
        assertTrue(report.contains("| documents | 13 |"), report);
        assertTrue(report.contains("| failed | 11 |"), report);
        assertTrue(report.contains("encrypted.pdf"), report);
    }
}
