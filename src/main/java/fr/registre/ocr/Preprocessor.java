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

    /** True when preprocessing changes anything. */
    public boolean enabled() {
        return options.binarize() || options.deskew();
    }

    /** The adaptive binarisation of a page whose text has this resolution. */
    public GrayImage binarize(GrayImage page, int dpi) {
        return SauvolaBinarizer.forDpi(dpi, options.sauvolaK()).binarize(page);
    }

    /**
     * Cleans a page.
     *
     * @param binary the page already binarised at {@code dpi} (see {@link #binarize})
     */
    public Prepared prepare(GrayImage page, GrayImage binary, int dpi) {
        if (!enabled()) {
            return new Prepared(page, page, 0);
        }
        GrayImage upright = page;
        double skew = options.deskew() ? DESKEWER.estimate(binary) : 0;
        if (Math.abs(skew) >= MIN_SKEW_DEGREES) {
            upright = Deskewer.rotate(page, -skew);
            binary = binarize(upright, dpi);
        } else {
            skew = 0;
        }
        if (!options.binarize()) {
            return new Prepared(upright, upright, skew);
        }
        return new Prepared(upright, options.despeckle() ? Despeckler.forDpi(dpi).clean(binary) : binary, skew);
    }
}
