package fr.registre.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.registre.Fixtures;

class DeskewerTest {

    @ParameterizedTest
    @ValueSource(doubles = {-2.5, -0.7, 0.0, 1.1, 3.0})
    void findsTheRotationOfARealPage(double degrees) throws IOException {
        GrayImage page = GrayImage.of(ImageIO.read(Fixtures.scan("territoire-2022-clean.png").toFile()));
        GrayImage binary = SauvolaBinarizer.forDpi(300, 0.2).binarize(page);
        // the clean sample itself is rotated by 0.3 degrees, like a carefully fed scanner
        double original = new Deskewer(5).estimate(binary);
        assertEquals(0.3, Math.abs(original), 0.1);
        double measured = new Deskewer(5).estimate(Deskewer.rotate(binary, degrees));
        assertEquals(original + degrees, measured, 0.1);
    }
}
