package fr.registre.model;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a document after ingest and OCR.
 *
 * @param number     1-based page number in the source
 * @param method     where the text came from
 * @param confidence mean OCR word confidence (0..1), or {@code null} for text-layer and failed pages
 * @param width      page width in units of 1/{@code dpi} inch (pixels for OCR pages, points for text-layer pages)
 * @param height     page height in the same units
 * @param dpi        resolution of {@code width}/{@code height} and of the word boxes
 * @param text       the page text, before correction
 * @param blocks     recognised layout with word boxes (empty for text-layer pages)
 * @param skewDegrees the skew corrected before OCR (0 when none)
 * @param error      why the page failed, or {@code null}
 */
public record Page(int number, PageMethod method, Double confidence, int width, int height, int dpi,
                   String text, List<TextBlock> blocks, double skewDegrees, String error) implements Serializable {

    public Page {
        blocks = List.copyOf(blocks);
        text = text == null ? "" : text;
    }

    /** A page whose text was taken from the PDF text layer. */
    public static Page fromTextLayer(int number, int widthPt, int heightPt, String text) {
        return new Page(number, PageMethod.TEXT_LAYER, null, widthPt, heightPt, 72, text, List.of(), 0, null);
    }

    /** A page that could not be read or recognised. */
    public static Page failed(int number, String error) {
        return new Page(number, PageMethod.FAILED, null, 0, 0, 0, "", List.of(), 0, error);
    }

    /** The same page with its text replaced (layout and word boxes are kept). */
    public Page withText(String newText) {
        return new Page(number, method, confidence, width, height, dpi, newText, blocks, skewDegrees, error);
    }

    /** The same page marked as damaged for {@code reason} (null: left as it is). */
    public Page withError(String reason) {
        return reason == null ? this : new Page(number, method, confidence, width, height, dpi, text, blocks, skewDegrees,
                reason);
    }

    /** Every recognised word of the page in reading order. */
    public List<Word> words() {
        return blocks.stream().flatMap(b -> b.lines().stream()).flatMap(l -> l.words().stream()).toList();
    }
}
