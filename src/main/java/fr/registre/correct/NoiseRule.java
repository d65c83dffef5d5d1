package fr.registre.correct;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.registre.model.Correction;

/**
 * Specks read as punctuation: lines holding nothing but stray marks ("|", ". :", "‘"), bars and
 * quotes standing alone between words, a full stop after a space (French never writes one), the
 * space OCR puts after an elision ("d' Aubagne") or inside a compound ("Aix- Marseille"), and the
 * one it takes from before a dash between names ("ISNARD- Maryse").
 */
final class NoiseRule implements CorrectionRule {

    static final String NAME = "noise";

    private static final Pattern NOISE_LINE = Pattern.compile("(?m)^[ \\t]*[|.:,;'‘’`\"_~^*°•-]{1,4}(?:[ \\t]+[|.:,;'‘’`\"_~^*-]{1,3})*[ \\t]*$");
    private static final Pattern LONE_MARK = Pattern.compile("(?<=\\S)[ \\t]+[|‘`]+(?=[ \\t]|$)|(?m)^[|‘`]+[ \\t]+");
    private static final Pattern LONE_STOP = Pattern.compile("(?<=\\p{L})[ \\t]+\\.(?=[ \\t]*(?:\\n|$))");
    /**
     * "Aix- Marseille- Provence": a compound whose hyphen OCR followed with a space. Both halves are
     * capitalised words: "ISNARD- Maryse" is a list of names that lost the space before its dash,
     * and "excusés- Mesdames" a heading, neither a compound.
     */
    private static final Pattern HYPHEN_SPACE = Pattern.compile("(?<=(?<!\\p{L})\\p{Lu}\\p{Ll}{1,40}-)[ \\t]+(?=\\p{Lu}\\p{Ll})");
    /** "ISNARD- Maryse": the dash between two names of a list, which OCR joined to the surname before it. */
    private static final Pattern SEPARATOR_DASH = Pattern.compile("(?<=\\p{Lu}\\p{Lu})-(?=[ \\t]+\\p{Lu}\\p{Ll})");
    private static final Pattern ELISION_SPACE = Pattern.compile("(?<![\\p{L}])(?:[dlnjmstcDLNJMSTC]|[Qq]u)['’]( +)(?=\\p{L})");

    @Override
    public void propose(TokenizedText text, List<Correction> out) {
        String raw = text.raw();
        remove(NOISE_LINE.matcher(raw), 0, 0.8, out);
        remove(LONE_MARK.matcher(raw), 0, 0.75, out);
        remove(LONE_STOP.matcher(raw), 0, 0.6, out);
        remove(ELISION_SPACE.matcher(raw), 1, 0.9, out);
        remove(HYPHEN_SPACE.matcher(raw), 0, 0.7, out);
        for (Matcher m = SEPARATOR_DASH.matcher(raw); m.find(); ) {
            out.add(new Correction(m.start(), m.end(), "-", " -", NAME, 0.7));
        }
    }

    private static void remove(Matcher m, int group, double confidence, List<Correction> out) {
        while (m.find()) {
            if (m.end(group) > m.start(group)) {
                out.add(new Correction(m.start(group), m.end(group), m.group(group), "", NAME, confidence));
            }
        }
    }
}
