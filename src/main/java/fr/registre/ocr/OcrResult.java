package fr.registre.ocr;

import java.util.List;

import fr.registre.model.TextBlock;

/**
 * What Tesseract read on one page.
 *
 * @param text       the page text: words separated by spaces, lines by newlines, paragraphs by a blank line
 * @param confidence mean word confidence weighted by word length (0..1), or null when nothing was read
 * @param blocks     paragraphs, lines and words with their boxes, in reading order
 */
public record OcrResult(String text, Double confidence, List<TextBlock> blocks) {

    public OcrResult {
        blocks = List.copyOf(blocks);
    }
}
