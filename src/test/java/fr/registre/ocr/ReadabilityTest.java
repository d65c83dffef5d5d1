package fr.registre.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import fr.registre.model.TextBlock;

/**
 * Whether a reading left ink outside its lines is judged on the page halved: on a real typewritten
 * page read by real Tesseract, the halved page gives the share of ink the whole page gives, for a
 * reading that covers the page and for one that lost half its paragraphs.
 */
class ReadabilityTest {

    private static final Path PAGE = Path.of("../shared/real-scans/tapus-an-journal-prefet-1914/FRAN_0150_0003_L-medium.jpg");
    /** The resolution the page's letters give (the file states none). */
    private static final int DPI = 161;

    @Test
    void inkJudgedOnTheHalvedPageIsTheWholePagesInk() throws Exception {
        GrayImage page = GrayImage.of(ImageIO.read(PAGE.toFile()));
        Preprocessor preprocessor = new Preprocessor(PreprocessOptions.defaults());
        OcrResult reading;
        try (TesseractEngine engine = new TesseractEngine(OcrOptions.defaults())) {
            reading = engine.recognize(page, DPI);
        }
        List<TextBlock> blocks = reading.blocks();
        OcrResult halfLost = new OcrResult("", reading.confidence(), blocks.subList(0, blocks.size() / 2));
        GrayImage whole = preprocessor.binarize(page, DPI);
        GrayImage halved = preprocessor.binarize(page.halved(), DPI / 2);

        double covered = Readability.inkCovered(whole, reading, 1);
        assertTrue(covered >= 0.9, "the reading covers the page: " + covered);
        assertEquals(covered, Readability.inkCovered(halved, reading, 0.5), 0.02);

        double lost = Readability.inkCovered(whole, halfLost, 1);
        assertTrue(lost < 0.75, "half the paragraphs lost: " + lost);
        assertEquals(lost, Readability.inkCovered(halved, halfLost, 0.5), 0.02);
    }
}
