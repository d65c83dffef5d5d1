package fr.registre.ocr;

/**
 * How Tesseract itself turns the page as decoded into black and white for the first reading
 * (Tesseract's {@code thresholding_method}). Measured on the real and synthetic scans, Tesseract's
 * global Otsu threshold reads better than its own Sauvola for that first reading (2.42 % against
 * 2.54 % CER on the real typewritten pages; the degraded synthetic pages 3.4–4.1 % against
 * 5.2–5.6 %), registre's own Sauvola binarisation being applied in the second reading.
 */
public enum Thresholding {
    /** Tesseract's global Otsu threshold, what the {@code tesseract} command does (the default). */
    OTSU(0),
    /** Tesseract's own adaptive Sauvola threshold. */
    SAUVOLA(2);

    private final int tesseractValue;

    Thresholding(int tesseractValue) {
        this.tesseractValue = tesseractValue;
    }

    /** The value of Tesseract's {@code thresholding_method} variable. */
    String tesseractValue() {
        return Integer.toString(tesseractValue);
    }
}
