package fr.registre.ocr;

/**
 * One step that cleans a page image before its second reading, sized from the resolution of its
 * text: a binarisation (registre's Sauvola), a despeckle, or any other a user adds to the
 * {@link Preprocessor}. Implementations are stateless and thread-safe.
 */
@FunctionalInterface
public interface PageFilter {

    GrayImage apply(GrayImage page, int dpi);
}
