package fr.registre.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Case- and accent-insensitive forms of French text, for matching headings and looking up words. */
public final class Fold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Fold() {
    }

    /** "Œuvre" → "oeuvre", "ÉTAIENT PRÉSENTS" → "etaient presents", "d’Aix" → "d'aix". */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.FRENCH).replace("œ", "oe").replace("æ", "ae").replace('’', '\'');
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }
}
