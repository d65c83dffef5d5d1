package fr.registre.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

class SauvolaBinarizerTest {

    /**
     * The sliding sums and the squared comparison give Sauvola's threshold as its definition does,
     * pixel for pixel, on a page with a shaded background, faint and dark strokes and noise, edges included.
     */
    @Test
    void everyPixelIsCutAsTheDefinitionSays() {
        int w = 97;
        int h = 61;
        int radius = 6;
        double k = 0.2;
        Random random = new Random(12);
        byte[] px = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int paper = 150 + x + random.nextInt(20);
                boolean stroke = (x / 4 + y / 9) % 5 == 0;
                int value = stroke ? (x < w / 2 ? 30 : paper - 40) : paper;
                px[y * w + x] = (byte) Math.min(255, value);
            }
        }
        GrayImage page = new GrayImage(px, w, h);
        GrayImage binary = new SauvolaBinarizer(radius, k).binarize(page);
        int inked = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double sum = 0;
                double sq = 0;
                int n = 0;
                for (int yy = Math.max(0, y - radius); yy <= Math.min(h - 1, y + radius); yy++) {
                    for (int xx = Math.max(0, x - radius); xx <= Math.min(w - 1, x + radius); xx++) {
                        int v = page.get(xx, yy);
                        sum += v;
                        sq += (double) v * v;
                        n++;
                    }
                }
                double mean = sum / n;
                double sd = Math.sqrt(Math.max(0, sq / n - mean * mean));
                boolean ink = page.get(x, y) <= mean * (1 + k * (sd / 128 - 1));
                inked += ink ? 1 : 0;
                assertEquals(ink ? GrayImage.BLACK : GrayImage.WHITE, binary.get(x, y), x + "," + y);
            }
        }
        // the page is neither all ink nor all paper, so the comparison above says something
        assertEquals(true, inked > w * h / 20 && inked < w * h / 2, inked + " inked");
    }

    @Test
    void aSensitivityOfZeroOrLessIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SauvolaBinarizer(5, 0));
    }
}
