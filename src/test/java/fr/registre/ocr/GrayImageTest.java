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
}
