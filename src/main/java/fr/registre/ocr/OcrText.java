package fr.registre.ocr;

import java.util.List;

import fr.registre.model.TextBlock;
import fr.registre.model.TextLine;
import fr.registre.model.Word;

/** Page text and confidence derived from recognised layout, so text and word boxes always agree. */
final class OcrText {

    private OcrText() {
    }

    /** Words joined by spaces, lines by newlines, paragraphs by a blank line. */
    static String of(List<TextBlock> blocks) {
        StringBuilder sb = new StringBuilder();
        for (TextBlock block : blocks) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            for (TextLine line : block.lines()) {
                List<Word> words = line.words();
                for (int i = 0; i < words.size(); i++) {
                    if (i > 0) {
                        sb.append(' ');
                    }
                    sb.append(words.get(i).text());
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** Mean word confidence weighted by length, or null for a page without words. */
    static Double confidence(List<TextBlock> blocks) {
        double sum = 0;
        long chars = 0;
        for (TextBlock block : blocks) {
            for (TextLine line : block.lines()) {
                for (Word w : line.words()) {
                    sum += w.confidence() * w.text().length();
                    chars += w.text().length();
                }
            }
        }
        return chars == 0 ? null : sum / chars;
    }
}
