package fr.registre.correct;

import java.util.Locale;

import fr.registre.text.Fold;

/** Accent- and case-insensitive keys, under which OCR'd and correct spellings of a word meet. */
final class Folding {

    private Folding() {
    }

    /** "Œuvre" → "oeuvre", "Rhône" → "rhone", "réguliérement" → "regulierement". */
    static String key(String word) {
        return Fold.fold(word);
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
