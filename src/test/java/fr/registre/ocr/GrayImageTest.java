package fr.registre.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.Random;

import org.junit.jupiter.api.Test;

class GrayImageTest {

    @Test
    void colourBytesAreReadAsTheirLuma() {
        Random random = new Random(7);
        BufferedImage bgr = new BufferedImage(37, 23, BufferedImage.TYPE_3BYTE_BGR);
        BufferedImage argb = new BufferedImage(37, 23, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 23; y++) {
            for (int x = 0; x < 37; x++) {
                int rgb = random.nextInt(1 << 24);
                bgr.setRGB(x, y, rgb);
                argb.setRGB(x, y, rgb);
            }
        }
        GrayImage fast = GrayImage.of(bgr);
        GrayImage slow = GrayImage.of(argb);
        for (int y = 0; y < 23; y++) {
            for (int x = 0; x < 37; x++) {
                assertEquals(slow.get(x, y), fast.get(x, y), x + "," + y);
            }
        }
        // a view into a larger image starts where the view does
        BufferedImage part = bgr.getSubimage(5, 4, 10, 10);
        assertEquals(slow.get(5, 4), GrayImage.of(part).get(0, 0));
    }

    @Test
    void aPaletteOfGreysIsNoColour() {
        assertEquals(false, GrayImage.inColour(new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_BINARY)));
        assertEquals(false, GrayImage.inColour(new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY)));
        assertEquals(true, GrayImage.inColour(new BufferedImage(8, 8, BufferedImage.TYPE_3BYTE_BGR)));
        assertEquals(true, GrayImage.inColour(new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_INDEXED)));
    }

    /** A 600-dpi page reduced to 300: each pixel the mean of the four it covers, the size halved. */
    @Test
    void aPageReducedByHalfAveragesItsPixels() {
        byte[] px = new byte[4 * 6];
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) (i % 2 == 0 ? 0 : 200);
        }
        GrayImage half = new GrayImage(px, 4, 6).reduced(0.5);
        assertEquals(2, half.width());
        assertEquals(3, half.height());
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 2; x++) {
                assertEquals(100, half.get(x, y));
            }
        }
        GrayImage threeQuarters = new GrayImage(new byte[400 * 300], 400, 300).reduced(0.75);
        assertEquals(300, threeQuarters.width());
        assertEquals(225, threeQuarters.height());
    }
}
