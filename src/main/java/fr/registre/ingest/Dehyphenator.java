package fr.registre.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.registre.text.Lexicon;

/**
 * Rejoins words broken across lines. "conclu-&#92;nsions" becomes "conclusions" because that is a
 * word; a compound broken at its own hyphen ("ci-&#92;naprès", "Aix-Marseille-&#92;nProvence",
 * "Jean-&#92;nPierre") keeps its hyphen; anything else is left as found. The rejoined word ends the
 * first line, so the line count does not change.
 */
public final class Dehyphenator {

    /**
     * A word piece, a line-end hyphen (ASCII, soft or Unicode), the line break, and the next word
     * whole, its own hyphens included: "Provence-&#92;nAlpes-Côte" is rejoined as one compound.
     */
    private static final Pattern BROKEN = Pattern.compile(
            "(\\p{L}+)[-\\u00AD\\u2010\\u2011][ \\t]*\\r?\\n[ \\t]*(\\p{L}+(?:[-'’]\\p{L}+)*)([ \\t]*)(\\r?\\n|$)?");

    private final Lexicon lexicon;

    public Dehyphenator(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public String apply(String text) {
        Matcher m = BROKEN.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String left = m.group(1);
            String right = m.group(2);
            String joined = join(left, right);
            if (joined == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start()).append(joined);
            // The rest of the second line moves down to a line of its own, unless there is none.
            out.append(m.group(4) != null ? m.group(4) : "\n");
            last = m.end();
        }
        if (out == null) {
            return text;
        }
        return out.append(text, last, text.length()).toString();
    }

    /** The rejoined form, or null to leave the break alone. */
    private String join(String left, String right) {
        String closed = left + right;
        String hyphenated = left + "-" + right;
        boolean continuesLower = Character.isLowerCase(right.codePointAt(0));
        if (lexicon.containsAnyCase(hyphenated)) {
            return hyphenated;
        }
        if (continuesLower && lexicon.containsAnyCase(closed)) {
            return closed;
        }
        if (Character.isUpperCase(right.codePointAt(0))) {
            return hyphenated;
        }
        return null;
    }
}
