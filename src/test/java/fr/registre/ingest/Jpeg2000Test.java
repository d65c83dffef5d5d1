package fr.registre.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.registre.Fixtures;
import fr.registre.bench.ErrorRate;
import fr.registre.model.AnalysedDocument;
import fr.registre.model.PageMethod;
import fr.registre.pipeline.Registre;
import fr.registre.pipeline.RegistreConfig;

/**
 * Scans compressed in JPEG 2000, as many archives and libraries store them: a real page in a PDF
 * (JPXDecode) and as a {@code .jp2} file, each read by real Tesseract.
 */
class Jpeg2000Test {

    @TempDir
    static Path dir;
    private static byte[] jp2;
    private static int width;
    private static int height;
    private static Registre registre;

    @BeforeAll
    static void encode() throws Exception {
        BufferedImage scan = ImageIO.read(Fixtures.scan("territoire-2022-clean.png").toFile());
        BufferedImage gray = new BufferedImage(scan.getWidth(), scan.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        gray.getGraphics().drawImage(scan, 0, 0, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(gray, "jpeg2000", out));
        jp2 = out.toByteArray();
        width = gray.getWidth();
        height = gray.getHeight();
        registre = Registre.open(RegistreConfig.defaults().withJobs(1));
    }

    @AfterAll
    static void close() {
        registre.close();
    }

    @Test
    void aPdfOfJpeg2000ScansIsRead() throws Exception {
        Path pdf = dir.resolve("archive.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDImageXObject image = new PDImageXObject(doc, new ByteArrayInputStream(jp2), COSName.JPX_DECODE, width, height, 8,
                    PDDeviceGray.INSTANCE);
            PDPage page = new PDPage(new PDRectangle(width * 72f / 300, height * 72f / 300));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
            }
            doc.save(pdf.toFile());
        }
        assertReadWell(registre.read(pdf));
    }

    @Test
    void aJp2PageIsRead() throws Exception {
        Path page = Files.write(dir.resolve("page-017.jp2"), jp2);
        assertEquals(SourceFormat.JPEG2000, SourceFormat.detect(page));
        assertEquals(List.of(page), InputCollector.collect(List.of(dir)).stream().map(InputFile::path)
                .filter(p -> p.toString().endsWith(".jp2")).toList(), "a .jp2 file in a directory is an input");
        assertReadWell(registre.read(page));
    }

    private static void assertReadWell(AnalysedDocument read) {
        assertEquals(PageMethod.OCR, read.ingested().pages().get(0).method());
        assertEquals(null, read.ingested().pages().get(0).error());
        double cer = ErrorRate.cer(Fixtures.groundTruth("territoire-2022-clean.png").get(0),
                read.ingested().pages().get(0).text());
        assertTrue(cer < 0.01, "CER " + cer);
    }
}
