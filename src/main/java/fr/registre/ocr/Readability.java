package fr.registre.ocr;

import java.util.regex.Pattern;

import fr.registre.model.Box;
import fr.registre.model.TextBlock;
import fr.registre.model.TextLine;
import fr.registre.model.Word;
import fr.registre.text.Lexicon;

/**
 * Judges a recognition by what the recogniser itself reports and what the words are: a low mean
 * confidence, many words no dictionary knows, or ink that no recognised line covers (a paragraph
 * lost to a global threshold, or something that is not text) make a reading doubtful. Thread-safe.
 */
final class Readability {

    /** Below this mean confidence a reading is worth checking against another. */
    private static final double CONFIDENT = 0.92;
    /** Above this share of unknown words a reading is worth checking against another. */
    private static final double UNKNOWN_SHARE = 0.20;
    /** Above this share of unknown words a reading is hardly text: the page may lie sideways. */
    private static final double GARBLED = 0.5;
    /** Below this share of the ink inside recognised lines, text may have been missed. */
    private static final double COVERED = 0.90;

    /** What a word carries before its first letter or digit and after its last. */
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    private final Lexicon lexicon;

    Readability(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * How much trustworthy text a reading holds: each word's letters weighted by its confidence,
     * less a margin that unknown words must clear (names pass when the recogniser is sure of them).
     */
    double score(OcrResult result) {
        double score = 0;
        for (Word w : words(result)) {
            score += letters(w.text()) * (w.confidence() - (isKnown(w.text()) ? 0.5 : 0.8));
        }
        return score;
    }

    /** True when another reading of the page might do better. */
    boolean doubtful(OcrResult result, double inkCovered) {
        return result.confidence() == null || result.confidence() < CONFIDENT || unknownShare(result) > UNKNOWN_SHARE
                || inkCovered < COVERED;
    }

    /**
     * True when a reading is mostly no text at all: most of its letters in no known word, or no
     * letter (a page scanned sideways or upside down reads so; a blank page too, and reads fast).
     */
    boolean garbled(OcrResult result) {
        double unknown = unknownShare(result);
        return Double.isNaN(unknown) || unknown > GARBLED;
    }

    /** The share of a reading's letters in words no dictionary knows; NaN when it read no letter. */
    private double unknownShare(OcrResult result) {
        double chars = 0;
        double unknown = 0;
        for (Word w : words(result)) {
            int letters = letters(w.text());
            chars += letters;
            if (!isKnown(w.text())) {
                unknown += letters;
            }
        }
        return chars == 0 ? Double.NaN : unknown / chars;
    }

    /**
     * The share of a binary page's ink that lies inside the reading's text lines.
     *
     * @param scale the binary page's size over the size of the page read
     */
    static double inkCovered(GrayImage binary, OcrResult result, double scale) {
        long total = ink(binary, 0, 0, binary.width(), binary.height());
        if (total == 0) {
            return 1;
        }
        long inside = 0;
        for (TextBlock block : result.blocks()) {
            for (TextLine line : block.lines()) {
                Box box = line.box();
                inside += ink(binary, (int) Math.floor(box.x() * scale), (int) Math.floor(box.y() * scale),
                        (int) Math.ceil(box.right() * scale), (int) Math.ceil(box.bottom() * scale));
            }
        }
        return Math.min(1, (double) inside / total);
    }

    private static long ink(GrayImage binary, int left, int top, int right, int bottom) {
        byte[] px = binary.pixels();
        int w = binary.width();
        int x0 = Math.max(0, left);
        int x1 = Math.min(w, right);
        long n = 0;
        for (int y = Math.max(0, top), y1 = Math.min(binary.height(), bottom); y < y1; y++) {
            for (int i = y * w + x0, end = y * w + x1; i < end; i++) {
                if (px[i] == (byte) GrayImage.BLACK) {
                    n++;
                }
            }
        }
        return n;
    }

    /** A dictionary word in any case, a number, or punctuation alone. */
    boolean isKnown(String word) {
        String core = EDGE_PUNCTUATION.matcher(word).replaceAll("");
        if (core.isEmpty() || core.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',')) {
            return true;
        }
        if (lexicon.containsAnyCase(core)) {
            return true;
        }
        int apostrophe = Math.max(core.indexOf('\''), core.indexOf('’'));
        return apostrophe > 0 && apostrophe < core.length() - 1 && lexicon.containsAnyCase(core.substring(apostrophe + 1));
    }

    private static int letters(String word) {
        return (int) word.codePoints().filter(Character::isLetterOrDigit).count();
    }

    private static Iterable<Word> words(OcrResult result) {
        return result.blocks().stream().flatMap(b -> b.lines().stream()).flatMap(l -> l.words().stream())::iterator;
    }
}
