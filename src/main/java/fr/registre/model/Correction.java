package fr.registre.model;

/**
 * One change made (or proposed) by the correction stage.
 *
 * @param start       offset of the replaced span in the raw text
 * @param end         end offset (exclusive) of that span
 * @param original    the raw text of the span
 * @param replacement what replaces it
 * @param rule        the rule that made the change, e.g. "lexicon", "elision", "roster"
 * @param confidence  0..1; changes under the configured threshold are only proposed
 */
public record Correction(int start, int end, String original, String replacement, String rule, double confidence)
        implements Span {

    public Correction {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** True if the two changes touch overlapping spans of the raw text; two insertions at one place do too. */
    @Override
    public boolean overlaps(Span other) {
        return start < other.end() && other.start() < end || start == other.start();
    }
}
