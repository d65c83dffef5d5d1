package fr.registre.ingest;

import java.awt.image.BufferedImage;

/** What ingest yields for one page: usable text, or an image to recognise. */
public sealed interface PageContent {

    /** 1-based page number in the source. */
    int number();

    /**
     * What the page could not decode (a missing image, a truncated stream), or null: what was
     * decoded is still used, and the page is reported as damaged.
     */
    String damage();

    /**
     * Text taken from the PDF text layer.
     *
     * @param widthPt  page width in points
     * @param heightPt page height in points
     */
    record TextLayer(int number, String text, int widthPt, int heightPt, String damage) implements PageContent {
    }

    /** A page image to OCR, at the given resolution (0 when unknown: OCR measures it from the text). */
    record Raster(int number, BufferedImage image, int dpi, String damage) implements PageContent {
    }
}
