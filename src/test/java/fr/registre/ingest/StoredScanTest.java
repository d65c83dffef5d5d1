package fr.registre.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.registre.Fixtures;
import fr.registre.bench.ScanSet;
import fr.registre.ocr.GrayImage;
import fr.registre.text.Lexicon;

/**
 * A page that is one image scanned below the drawing resolution is read as stored; a page with
 * anything else on it, or scanned at the drawing resolution, is drawn at 300 dpi.
 */
class StoredScanTest {

    @TempDir
    static Path dir;
    private static Path pdf;
    private static BufferedImage bitonal;

    @BeforeAll
    static void write() throws Exception {
        BufferedImage scan = ImageIO.read(Fixtures.scan("territoire-2022-clean.png").toFile());
        // the page at 200 dpi in black and white, as an archive scanner stores it
        int w = scan.getWidth() * 2 / 3;
        int h = scan.getHeight() * 2 / 3;
        bitonal = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
        bitonal.getGraphics().drawImage(scan, 0, 0, w, h, null);
        pdf = dir.resolve("register.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDImageXObject low = CCITTFactory.createFromImage(doc, bitonal);
            PDImageXObject full = LosslessFactory.createFromImage(doc, scan);
            ScanSet.addScanPage(doc, low, 200);
            ScanSet.addScanPage(doc, low, 200);
            // a frame drawn over the second page's scan: that page is more than its image
            try (PDPageContentStream cs = new PDPageContentStream(doc, doc.getPage(1), PDPageContentStream.AppendMode.APPEND, true)) {
                cs.addRect(20, 20, 100, 40);
                cs.stroke();
            }
            ScanSet.addScanPage(doc, full, 300);
            doc.save(pdf.toFile());
        }
    }

    @Test
    void aBitonalPageScannedAt200DpiIsReadAsStored() throws Exception {
        try (DocumentSource source = new DocumentSources(IngestOptions.defaults(), Lexicon.load()).open(pdf)) {
            PageContent.Raster page = assertInstanceOf(PageContent.Raster.class, source.page(1));
            assertEquals(200, page.dpi());
            assertEquals(bitonal.getWidth(), page.image().getWidth());
            GrayImage read = GrayImage.of(page.image());
            int differ = 0;
            for (int y = 0; y < bitonal.getHeight(); y += 3) {
                for (int x = 0; x < bitonal.getWidth(); x += 3) {
                    int stored = (bitonal.getRGB(x, y) & 0xFF) < 128 ? GrayImage.BLACK : GrayImage.WHITE;
                    differ += read.get(x, y) == stored ? 0 : 1;
                }
            }
            assertEquals(0, differ, "pixels as stored");
        }
    }

    @Test
    void otherPagesAreDrawnAt300Dpi() throws Exception {
        try (DocumentSource source = new DocumentSources(IngestOptions.defaults(), Lexicon.load()).open(pdf)) {
            for (int number : new int[] {2, 3}) {
                PageContent.Raster page = assertInstanceOf(PageContent.Raster.class, source.page(number));
                assertEquals(300, page.dpi(), "page " + number);
                assertTrue(page.image().getWidth() > bitonal.getWidth() * 1.4, "page " + number + " drawn, not as stored");
            }
        }
    }

    @Test
    void aGreyScanIsDrawnAsPdfBoxDrawsIt() throws Exception {
        // a JPEG page of a real scanned PDF, and the fixture's grey page stored without loss
        for (Path file : new Path[] {Fixtures.scan("bureau-2025-clean.pdf"), pdf}) {
            try (DocumentSource source = new DocumentSources(IngestOptions.defaults(), Lexicon.load()).open(file);
                 PDDocument doc = Loader.loadPDF(file.toFile())) {
                int number = file == pdf ? 3 : 1;
                GrayImage read = GrayImage.of(assertInstanceOf(PageContent.Raster.class, source.page(number)).image());
                GrayImage drawn = GrayImage.of(new PDFRenderer(doc).renderImageWithDPI(number - 1, 300, ImageType.GRAY));
                assertEquals(drawn.width(), read.width());
                assertEquals(drawn.height(), read.height());
                int differ = 0;
                for (int y = 0; y < drawn.height(); y++) {
                    for (int x = 0; x < drawn.width(); x++) {
                        differ += read.get(x, y) == drawn.get(x, y) ? 0 : 1;
                    }
                }
                assertEquals(0, differ, file.getFileName() + ": pixels unlike PDFBox's drawing");
            }
        }
    }
}
