package fr.registre.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.registre.text.Lexicon;

/**
 * Decides whether a PDF text layer can be trusted: enough text, characters that map to real Unicode,
 * and mostly French words. A scanned page has no text layer; a page with a broken font encoding or
 * an old, poor OCR layer fails the last two tests and is OCR'd again.
 */
public final class TextLayerQuality {

    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    static final int MIN_LETTERS = 20;
    static final int MIN_WORDS = 5;
    static final double MAX_BAD_CHAR_RATIO = 0.02;
    static final double MIN_WORD_RATIO = 0.6;

    private final Lexicon lexicon;

    public TextLayerQuality(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The measures behind the verdict.
     *
     * @param letters      letters in the text
     * @param badChars     share of characters that are unmapped, private-use or control characters
     * @param words        words of two letters or more that are not in capitals
     * @param knownWords   share of those words found in the lexicon
     */
    public record Assessment(int letters, double badChars, int words, double knownWords) {

        /** True when the text layer is good enough to skip OCR. */
        public boolean usable() {
            return letters >= MIN_LETTERS && words >= MIN_WORDS
                    && badChars <= MAX_BAD_CHAR_RATIO && knownWords >= MIN_WORD_RATIO;
        }
    }

    public Assessment assess(String text) {
        int letters = 0;
        int bad = 0;
        int visible = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                continue;
            }
            visible++;
            if (Character.isLetter(cp)) {
                letters++;
            }
            if (isBad(cp)) {
                bad++;
            }
        }
        int words = 0;
        int known = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            // Capitalised surnames and acronyms are legitimate but never in a lexicon: leave them out.
            if (isAllCaps(word)) {
                continue;
            }
            words++;
            if (lexicon.containsAnyCase(word)) {
                known++;
            }
        }
        return new Assessment(letters, visible == 0 ? 0 : (double) bad / visible,
                words, words == 0 ? 0 : (double) known / words);
    }

    private static boolean isBad(int cp) {
        if (cp == 0xFFFD) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.CONTROL
                || type == Character.SURROGATE;
    }

    private static boolean isAllCaps(String word) {
        return word.codePoints().noneMatch(Character::isLowerCase);
    }
}
