package fr.registre.ocr;

/** Cleans a page image for OCR: deskew, adaptive binarisation, despeckle. Stateless and thread-safe. */
public final class Preprocessor {

    /** Rotating costs sharpness: smaller skews are left alone, Tesseract copes with them. */
    static final double MIN_SKEW_DEGREES = 0.1;
    private static final Deskewer DESKEWER = new Deskewer(5.0);

    private final PreprocessOptions options;

    public Preprocessor(PreprocessOptions options) {
        this.options = options;
    }

    /**
     * The result of preprocessing.
     *
     * @param upright     the grey page after deskewing (what an archive copy should show)
     * @param forOcr      the image handed to the recogniser
     * @param skewDegrees the rotation that was removed
     */
    public record Prepared(GrayImage upright, GrayImage forOcr, double skewDegrees) {
    }

    public Prepared prepare(GrayImage page, int dpi) {
        if (!options.binarize() && !options.deskew()) {
            return new Prepared(page, page, 0);
        }
        SauvolaBinarizer sauvola = SauvolaBinarizer.forDpi(dpi, options.sauvolaK());
        GrayImage upright = page;
        GrayImage binary = sauvola.binarize(page);
        double skew = options.deskew() ? DESKEWER.estimate(binary) : 0;
        if (Math.abs(skew) >= MIN_SKEW_DEGREES) {
            upright = Deskewer.rotate(page, -skew);
            binary = sauvola.binarize(upright);
        } else {
            skew = 0;
        }
        if (!options.binarize()) {
            return new Prepared(upright, upright, skew);
        }
        return new Prepared(upright, options.despeckle() ? Despeckler.forDpi(dpi).clean(binary) : binary, skew);
    }
}
