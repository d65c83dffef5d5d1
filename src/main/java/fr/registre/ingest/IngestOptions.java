package fr.registre.ingest;

/**
 * How sources are read.
 *
 * @param ocrMode    when to OCR instead of using the text layer
 * @param dpi        resolution at which PDF pages are rendered for OCR
 * @param maxPixels  largest page image accepted; larger pages are rendered at a lower resolution or refused
 * @param minDpi     lowest resolution a page may be reduced to before it is refused as absurdly large
 */
public record IngestOptions(OcrMode ocrMode, int dpi, long maxPixels, int minDpi) {

    /** A4 at 300 dpi is 8.7 megapixels; 80 leaves room for A3 and large plans at 300 dpi. */
    public static final long DEFAULT_MAX_PIXELS = 80_000_000L;

    public IngestOptions {
        if (dpi < 50 || dpi > 1200) {
            throw new IllegalArgumentException("dpi must be between 50 and 1200, got " + dpi);
        }
        if (minDpi < 1 || minDpi > dpi) {
            throw new IllegalArgumentException("minDpi must be between 1 and dpi");
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(OcrMode.AUTO, 300, DEFAULT_MAX_PIXELS, 100);
    }

    public IngestOptions withOcrMode(OcrMode mode) {
        return new IngestOptions(mode, dpi, maxPixels, minDpi);
    }

    public IngestOptions withDpi(int newDpi) {
        return new IngestOptions(ocrMode, newDpi, maxPixels, Math.min(minDpi, newDpi));
    }
}
