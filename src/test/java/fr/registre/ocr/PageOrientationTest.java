package fr.registre.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.registre.bench.ErrorRate;
import fr.registre.model.IngestedDocument;
import fr.registre.model.Page;
import fr.registre.pipeline.Registre;
import fr.registre.pipeline.RegistreConfig;

/**
 * A real typewritten page of 1914 (no resolution in the file) scanned upside down and sideways comes
 * out as if scanned upright: Tesseract's orientation model says which way it lies, and the page is
 * turned before it is read.
 */
class PageOrientationTest {

    private static final Path PAGE = Path.of("../shared/real-scans/tapus-an-journal-prefet-1914/FRAN_0150_0003_L-medium.jpg");

    @TempDir
    Path dir;

    @Test
    void aPageScannedUpsideDownOrSidewaysIsReadUpright() throws Exception {
        GrayImage upright = GrayImage.of(ImageIO.read(PAGE.toFile()));
        String truth = Files.readString(Path.of(PAGE.toString().replace(".jpg", ".gt.txt")));
        try (Registre registre = Registre.open(RegistreConfig.defaults())) {
            for (int quarters : new int[] {2, 3}) {
                Path turned = dir.resolve("turned-" + quarters + ".png");
                ImageIO.write(upright.turned(quarters).toBufferedImage(), "png", turned.toFile());
                IngestedDocument read = registre.read(turned).ingested();
                Page page = read.pages().get(0);
                double cer = ErrorRate.cer(truth, read.rawText());
                assertTrue(cer < 0.05, quarters + " quarter turns: CER " + cer);
                assertEquals(upright.width(), page.width(), "the page is stored upright");
            }
        }
    }
}
