package fr.registre.correct;

import java.util.Locale;

import fr.registre.text.Fold;
import fr.registre.text.Words;

/** Case of words: capitals, and restoring the case of an OCR'd word on its correction. */
final class Folding {

    private Folding() {
    }

    static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !Words.isAllCaps(word);
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
        if (Fold.fold(first).equals(Fold.fold(written))) {
            first = written;
        } else {
            first = first.toUpperCase(Locale.FRENCH);
        }
        return first + candidate.substring(1);
    }
}
