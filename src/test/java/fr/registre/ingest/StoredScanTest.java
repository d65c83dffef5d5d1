package fr.registre.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.registre.Fixtures;
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
            page(doc, low, 200, false);
            page(doc, low, 200, true);
            page(doc, full, 300, false);
            doc.save(pdf.toFile());
        }
    }

    private static void page(PDDocument doc, PDImageXObject image, int dpi, boolean annotated) throws Exception {
        float w = image.getWidth() * 72f / dpi;
        float h = image.getHeight() * 72f / dpi;
        PDPage page = new PDPage(new PDRectangle(w, h));
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.drawImage(image, 0, 0, w, h);
            if (annotated) {
                // a frame drawn over the scan: the page is more than its image
                cs.addRect(20, 20, 100, 40);
                cs.stroke();
            }
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
}
