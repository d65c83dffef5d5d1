package fr.registre.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Cleans a page image for its second reading: deskew (measured on the binarised page), then a
 * binarisation and the filters after it (despeckle). Stateless and thread-safe.
 */
public final class Preprocessor {

    /** Rotating costs sharpness: smaller skews are left alone, Tesseract copes with them. */
    static final double MIN_SKEW_DEGREES = 0.1;
    private static final Deskewer DESKEWER = new Deskewer(5.0);

    private final PageFilter binarizer;
    private final List<PageFilter> filters;
    private final boolean deskew;
    private final boolean binarize;

    /**
     * @param binarizer turns a grey page into black and white; also measures skew and ink
     * @param filters   applied in order to the binary page
     * @param deskew    whether to straighten the page
     * @param binarize  whether the recogniser gets the binary page (else the upright grey one)
     */
    public Preprocessor(PageFilter binarizer, List<PageFilter> filters, boolean deskew, boolean binarize) {
        this.binarizer = binarizer;
        this.filters = List.copyOf(filters);
        this.deskew = deskew;
        this.binarize = binarize;
    }

    /** Sauvola binarisation and, as the options say, deskew and despeckle. */
    public Preprocessor(PreprocessOptions options) {
        this((page, dpi) -> SauvolaBinarizer.forDpi(dpi, options.sauvolaK()).binarize(page),
                despeckle(options), options.deskew(), options.binarize());
    }

    private static List<PageFilter> despeckle(PreprocessOptions options) {
        List<PageFilter> filters = new ArrayList<>();
        if (options.despeckle()) {
            filters.add((binary, dpi) -> Despeckler.forDpi(dpi).clean(binary));
        }
        return filters;
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
        return binarize || deskew;
    }

    /** The binarisation of a page whose text has this resolution. */
    public GrayImage binarize(GrayImage page, int dpi) {
        return binarizer.apply(page, dpi);
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
        double skew = deskew ? DESKEWER.estimate(binary) : 0;
        if (Math.abs(skew) >= MIN_SKEW_DEGREES) {
            upright = Deskewer.rotate(page, -skew);
            binary = binarize(upright, dpi);
        } else {
            skew = 0;
        }
        if (!binarize) {
            return new Prepared(upright, upright, skew);
        }
        for (PageFilter filter : filters) {
            binary = filter.apply(binary, dpi);
        }
        return new Prepared(upright, binary, skew);
    }
}
