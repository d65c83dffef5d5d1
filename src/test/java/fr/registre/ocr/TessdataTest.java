package fr.registre.ocr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Which French model Tesseract reads with: the shipped tessdata_best by default, the system's on demand. */
class TessdataTest {

    @Test
    void theShippedModelIsUnpackedOnceAndReadByDefault() throws Exception {
        OcrOptions best = Tessdata.resolve(OcrOptions.defaults());
        Path model = Path.of(best.tessdataPath(), "fra.traineddata");
        assertArrayEquals(Files.readAllBytes(Path.of("models/tessdata/fra.traineddata")), Files.readAllBytes(model));
        assertEquals(best.tessdataPath(), Tessdata.resolve(OcrOptions.defaults()).tessdataPath(), "the same directory on every run");

        OcrOptions fast = Tessdata.resolve(OcrOptions.defaults().withModel(OcrModel.FAST));
        assertNotEquals(best.tessdataPath(), fast.tessdataPath());
        assertNotEquals(Files.size(model), Files.size(Path.of(fast.tessdataPath(), "fra.traineddata")),
                "the system's model is another one");
    }

    @Test
    void aLanguageNotShippedComesFromTheSystemOrSaysWhatToInstall() {
        MissingDependencyException e = assertThrows(MissingDependencyException.class,
                () -> Tessdata.resolve(new OcrOptions("xyz", null, 3, OcrOptions.defaults().pageTimeout(),
                        PreprocessOptions.none(), Thresholding.OTSU, OcrModel.BEST)));
        assertTrue(e.getMessage().contains("apt-get install tesseract-ocr-xyz"), e.getMessage());
    }
}
