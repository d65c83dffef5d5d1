package fr.registre.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.registre.Fixtures;
import fr.registre.ingest.InputCollector;

/**
 * Real scans cut short, as a failed copy or download leaves them: decoders read them as far as they
 * go without an error, so each must end partial with the reason, never done.
 */
class DamagedInputTest {

    @TempDir
    static Path in;
    @TempDir
    static Path out;
    private static Map<String, DocumentRecord> records;

    @BeforeAll
    static void ingest() throws Exception {
        BufferedImage scan = ImageIO.read(Fixtures.scan("territoire-2022-clean.png").toFile());
        // the top of the page is enough text, and keeps the OCR of a dozen pages short
        BufferedImage top = new BufferedImage(scan.getWidth(), scan.getHeight() / 3, BufferedImage.TYPE_BYTE_GRAY);
        top.getGraphics().drawImage(scan, 0, 0, null);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(top, "jpeg", jpeg);

        byte[] pdf = threePagePdf(jpeg.toByteArray());
        Files.write(in.resolve("whole-pdf.pdf"), pdf);
        Files.write(in.resolve("pdf-cut-75.pdf"), cut(pdf, 0.75));
        Files.write(in.resolve("pdf-cut-99.pdf"), cut(pdf, 0.99));
        Files.write(in.resolve("whole-jpeg.jpg"), jpeg.toByteArray());
        Files.write(in.resolve("jpeg-cut-60.jpg"), cut(jpeg.toByteArray(), 0.6));
        byte[] tiff = Fixtures.tiff(top, 6);
        Files.write(in.resolve("tiff-cut-60.tiff"), cut(tiff, 0.6));

        try (Registre registre = Registre.open(RegistreConfig.defaults().withJobs(2))) {
            RunResult result = registre.run(InputCollector.collect(List.of(in)), out, RunOptions.defaults(),
                    RunListener.none());
            records = result.all().stream().collect(Collectors.toMap(DocumentRecord::name, Function.identity()));
        }
    }

    /** Written as scanners write: objects in order, the page images last, the cross-reference table at the end. */
    private static byte[] threePagePdf(byte[] jpeg) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            for (int i = 0; i < 3; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                PDImageXObject image = JPEGFactory.createFromByteArray(doc, jpeg);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(image, 0, 500, 612, 292);
                }
            }
            doc.save(bytes, CompressParameters.NO_COMPRESSION);
            return bytes.toByteArray();
        }
    }

    private static byte[] cut(byte[] bytes, double share) {
        return Arrays.copyOf(bytes, (int) (bytes.length * share));
    }

    @Test
    void wholeFilesAreDone() {
        assertEquals(DocumentOutcome.Status.DONE, records.get("whole-pdf").status());
        assertEquals(DocumentOutcome.Status.DONE, records.get("whole-jpeg").status());
        assertNull(records.get("whole-pdf").error());
    }

    @Test
    void aTruncatedPdfIsPartialAndItsBlankPageIsNamed() {
        for (String name : List.of("pdf-cut-75", "pdf-cut-99")) {
            DocumentRecord r = records.get(name);
            assertEquals(DocumentOutcome.Status.PARTIAL, r.status(), name);
            assertTrue(r.error().contains("truncated"), r.error());
        }
        // cut at 75 %, the last page's image is gone: the page is drawn blank and says why
        DocumentRecord.PageRecord last = records.get("pdf-cut-75").pages().get(2);
        assertTrue(last.error().contains("Missing XObject"), String.valueOf(last.error()));
        assertEquals(0.0, last.confidence(), "an empty OCR page heads the review list");
    }

    @Test
    void aJpegCutShortKeepsWhatWasDecodedButIsPartial() throws IOException {
        DocumentRecord r = records.get("jpeg-cut-60");
        assertEquals(DocumentOutcome.Status.PARTIAL, r.status());
        assertTrue(r.error().contains("Missing EOI"), r.error());
        assertTrue(Files.readString(out.resolve("jpeg-cut-60.raw.txt")).length() > 100, "the top of the page was read");
    }

    @Test
    void aMultiPageTiffCutShortSaysPagesMayBeMissing() throws IOException {
        DocumentRecord r = records.get("tiff-cut-60");
        assertEquals(DocumentOutcome.Status.PARTIAL, r.status());
        assertTrue(r.error().contains("pages may be missing"), r.error());
        JsonNode json = new ObjectMapper().readTree(out.resolve("tiff-cut-60.json").toFile());
        JsonNode lastPage = json.get("pages").get(json.get("pages").size() - 1);
        assertEquals("failed", lastPage.get("method").asText());
        assertNull(lastPage.get("dpi"), "a page never decoded has no resolution");
        assertNotNull(lastPage.get("error"));
        try (PDDocument searchable = Loader.loadPDF(out.resolve("tiff-cut-60.ocr.pdf").toFile())) {
            assertEquals(json.get("pages").size(), searchable.getNumberOfPages(),
                    "a failed page keeps its place in the searchable PDF");
        }
    }
}
