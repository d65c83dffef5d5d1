package fr.registre.correct;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Accent- and case-insensitive keys, under which OCR'd and correct spellings of a word meet. */
final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    /** "Œuvre" → "oeuvre", "Rhône" → "rhone", "réguliérement" → "regulierement". */
    static String key(String word) {
        String lower = word.toLowerCase(Locale.FRENCH).replace("œ", "oe").replace("æ", "ae").replace('’', '\'');
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    static boolean isAllCaps(String word) {
        boolean letters = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !isAllCaps(word);
    }

    /**
     * Gives {@code candidate} the case of {@code original}. French capitals may legitimately go
     * without their accent ("Etat", "Etoile"), so an unaccented capital is kept as written.
     */
    static String restoreCase(String original, String candidate) {
        if (!isCapitalised(original) || candidate.isEmpty()) {
            return candidate;
        }
        String first = candidate.substring(0, 1);
        String written = original.substring(0, 1);
        if (key(first).equals(key(written))) {
            first = written;
        } else {
            first = first.toUpperCase(Locale.FRENCH);
        }
        return first + candidate.substring(1);
    }
}
