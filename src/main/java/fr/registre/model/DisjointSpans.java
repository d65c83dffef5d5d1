package fr.registre.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Spans that do not overlap, kept in text order. Offering the candidates best first keeps, of every
 * group that overlaps, the best; each offer costs a logarithm of the spans held, so a long text
 * with hundreds of thousands of candidates is resolved in one pass.
 */
public final class DisjointSpans<T extends Span> {

    private final NavigableMap<Integer, T> byStart = new TreeMap<>();

    /** Keeps {@code span} unless it overlaps one already kept; true when kept. */
    public boolean offer(T span) {
        // kept spans do not overlap one another, so only the neighbours by start can overlap this one
        Map.Entry<Integer, T> before = byStart.floorEntry(span.start());
        Map.Entry<Integer, T> after = byStart.ceilingEntry(span.start());
        if (before != null && span.overlaps(before.getValue()) || after != null && span.overlaps(after.getValue())) {
            return false;
        }
        byStart.put(span.start(), span);
        return true;
    }

    /** The spans kept, in text order. */
    public List<T> inOrder() {
        return new ArrayList<>(byStart.values());
    }
}
