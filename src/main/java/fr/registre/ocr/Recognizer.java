package fr.registre.ocr;

import java.awt.image.BufferedImage;

/**
 * An OCR engine: reads the words of a page image, with boxes and confidences. Tesseract
 * ({@link TesseractEngine}) is the one registre ships; another engine is another implementation
 * handed to the {@link PageRecognizer}. An instance is used by one thread at a time.
 */
public interface Recognizer extends AutoCloseable {

    /**
     * Recognises a grey or binary page.
     *
     * @param dpi the resolution of its text, which sizes the engine's text-line model
     * @throws OcrException when the page cannot be read in the time allowed
     */
    OcrResult recognize(GrayImage image, int dpi);

    /**
     * Recognises a page as decoded from its file, colour included, the way the engine reads an
     * image file itself; by default its grey version.
     */
    default OcrResult recognize(BufferedImage image, int dpi) {
        return recognize(GrayImage.of(image), dpi);
    }

    /**
     * How many quarter turns clockwise set the text of a page upright (1 for a page scanned with its
     * lines running upwards), as far as the engine can tell; 0 when it is upright or cannot tell. By
     * default an engine cannot tell.
     */
    default int quartersToUpright(GrayImage image, int dpi) {
        return 0;
    }

    @Override
    void close();
}
