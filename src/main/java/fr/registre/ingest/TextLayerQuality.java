package fr.registre.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.registre.text.Lexicon;

/**
 * Decides whether a PDF text layer can be trusted: enough text, characters that map to real Unicode,
 * mostly French words, and accented words that are French too. A scanned page has no text layer; a
 * page with a broken font encoding or an old, poor OCR layer fails the last tests and is OCR'd again.
 * The accents are tested on their own because a font whose glyphs are mapped one place off (a font
 * the file does not embed, read with another's encoding: "délibéré" as "dëlibërë") spoils only the
 * accented letters, a tenth of the words, which the share of all words known barely notices.
 */
public final class TextLayerQuality {

    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    static final int MIN_LETTERS = 20;
    static final int MIN_WORDS = 5;
    static final double MAX_BAD_CHAR_RATIO = 0.02;
    static final double MIN_WORD_RATIO = 0.6;
    /** Fewer accented words than this say nothing about how accents are mapped. */
    static final int MIN_ACCENTED_WORDS = 5;
    static final double MIN_ACCENTED_RATIO = 0.5;

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
     * @param accentedWords those words with a letter outside ASCII
     * @param knownAccented share of the accented words found in the lexicon
     */
    public record Assessment(int letters, double badChars, int words, double knownWords, int accentedWords,
                             double knownAccented) {

        /** True when the text layer is good enough to skip OCR. */
        public boolean usable() {
            return letters >= MIN_LETTERS && words >= MIN_WORDS
                    && badChars <= MAX_BAD_CHAR_RATIO && knownWords >= MIN_WORD_RATIO
                    && (accentedWords < MIN_ACCENTED_WORDS || knownAccented >= MIN_ACCENTED_RATIO);
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
        int accented = 0;
        int knownAccented = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            // Capitalised surnames and acronyms are legitimate but never in a lexicon: leave them out.
            if (isAllCaps(word)) {
                continue;
            }
            words++;
            boolean isKnown = lexicon.containsAnyCase(word);
            if (isKnown) {
                known++;
            }
            if (word.chars().anyMatch(c -> c > 0x7F)) {
                accented++;
                if (isKnown) {
                    knownAccented++;
                }
            }
        }
        return new Assessment(letters, visible == 0 ? 0 : (double) bad / visible, words,
                words == 0 ? 0 : (double) known / words, accented, accented == 0 ? 0 : (double) knownAccented / accented);
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
