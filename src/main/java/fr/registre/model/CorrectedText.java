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

    /**
     * The offset in {@link #raw()} of an offset in {@link #text()}: shifted back by every change
     * before it; an offset inside a replacement falls inside the span it replaced.
     */
    public int toRaw(int offset) {
        int shift = 0;
        for (Correction c : corrections) {
            int start = c.start() + shift;
            if (offset < start) {
                break;
            }
            if (offset < start + c.replacement().length()) {
                return c.start() + Math.min(offset - start, c.end() - c.start());
            }
            shift += c.replacement().length() - (c.end() - c.start());
        }
        return offset - shift;
    }

    /** The offset in {@link #text()} of an offset in {@link #raw()}, the inverse of {@link #toRaw}. */
    public int toText(int rawOffset) {
        int shift = 0;
        for (Correction c : corrections) {
            if (rawOffset < c.start()) {
                break;
            }
            if (rawOffset < c.end()) {
                return c.start() + shift + Math.min(rawOffset - c.start(), c.replacement().length());
            }
            shift += c.replacement().length() - (c.end() - c.start());
        }
        return rawOffset + shift;
    }
}
