package fr.registre.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * Rejoins words broken across lines. "conclu-&#92;nsions" becomes "conclusions" because that is a
 * word; a compound broken at its own hyphen ("ci-&#92;naprès", "Aix-Marseille-&#92;nProvence",
 * "Jean-&#92;nPierre") keeps its hyphen; anything else is left as found. The rejoined word ends the
 * first line, so the line count does not change.
 */
public final class Dehyphenator {

    /** A hyphen as a line end writes it: ASCII, soft or Unicode (regex character class). */
    public static final String LINE_END_HYPHEN = "[-\\u00AD\\u2010\\u2011]";

    /**
     * A word piece, a line-end hyphen (ASCII, soft or Unicode), the line break, and the next word
     * whole, its own hyphens included: "Provence-&#92;nAlpes-Côte" is rejoined as one compound.
     */
    private static final Pattern BROKEN = Pattern.compile(
            "(\\p{L}+)" + LINE_END_HYPHEN + "[ \\t]*\\r?\\n[ \\t]*(\\p{L}+(?:[-'’]\\p{L}+)*)([ \\t]*)(\\r?\\n|$)?");

    private final Lexicon lexicon;

    public Dehyphenator(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * One rejoined word: the stretch {@code [start, end)} of the text, from the first half to the
     * end of the second (its line end included when it had one), and what replaces it.
     *
     * @param compound the hyphen is the word's own ("ci-après"), only the line break goes
     */
    public record Join(int start, int end, String replacement, boolean compound) {
    }

    /** The text with every broken word rejoined. */
    public String apply(String text) {
        List<Join> joins = joins(text);
        if (joins.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        for (Join j : joins) {
            out.append(text, last, j.start()).append(j.replacement());
            last = j.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    /** Where words are broken across lines in {@code text}, and their rejoined forms, in text order. */
    public List<Join> joins(String text) {
        List<Join> joins = new ArrayList<>();
        Matcher m = BROKEN.matcher(text);
        while (m.find()) {
            String joined = join(m.group(1), m.group(2));
            if (joined != null) {
                // the rest of the second line moves down to a line of its own, unless there is none
                joins.add(new Join(m.start(), m.end(), joined + (m.group(4) != null ? m.group(4) : "\n"),
                        joined.length() > m.group(1).length() + m.group(2).length()));
            }
        }
        return joins;
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
