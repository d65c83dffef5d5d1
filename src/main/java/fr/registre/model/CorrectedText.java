package fr.registre.model;

import java.util.Comparator;
import java.util.List;

/**
 * A text after correction, with everything needed to review or undo it: applying
 * {@link #corrections()} to {@link #raw()} gives {@link #text()} exactly.
 *
 * @param raw         the text as read
 * @param text        the corrected text
 * @param corrections applied changes, in raw-text order, not overlapping
 * @param suggestions changes judged too uncertain to apply, for review
 */
public record CorrectedText(String raw, String text, List<Correction> corrections, List<Correction> suggestions) {

    public CorrectedText {
        corrections = List.copyOf(corrections);
        suggestions = List.copyOf(suggestions);
    }

    /** Applies non-overlapping changes to {@code raw}. */
    public static CorrectedText apply(String raw, List<Correction> changes, List<Correction> suggestions) {
        List<Correction> sorted = changes.stream().sorted(Comparator.comparingInt(Correction::start)).toList();
        StringBuilder out = new StringBuilder(raw.length());
        int last = 0;
        for (Correction c : sorted) {
            if (c.start() < last || !raw.startsWith(c.original(), c.start())) {
                throw new IllegalArgumentException("correction does not fit the raw text: " + c);
            }
            out.append(raw, last, c.start()).append(c.replacement());
            last = c.end();
        }
        out.append(raw, last, raw.length());
        return new CorrectedText(raw, out.toString(), sorted, suggestions);
    }
}
