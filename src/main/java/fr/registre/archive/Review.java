package fr.registre.archive;

import java.time.Instant;
import java.util.Set;

/**
 * One decision of a reviewer, kept beside the machine output and never written into it: a
 * correction or suggestion accepted or rejected, or a field of the record set to a new value.
 *
 * @param output   the document, by its output path relative to the ingest directory (stable across re-indexing)
 * @param kind     {@link #CORRECTION} or {@link #FIELD}
 * @param target   for a correction, its span in the raw text, {@code "start:end"}; for a field, a
 *                 JSON Pointer into the record, e.g. {@code "/attendance/present/3"}
 * @param value    {@link #ACCEPTED} or {@link #REJECTED} for a correction; the new text for a field
 * @param reviewer who decided
 * @param at       when
 */
public record Review(String output, String kind, String target, String value, String reviewer, Instant at) {

    public static final String CORRECTION = "correction";
    public static final String FIELD = "field";
    public static final String ACCEPTED = "accepted";
    public static final String REJECTED = "rejected";

    public Review {
        if (!Set.of(CORRECTION, FIELD).contains(kind)) {
            throw new IllegalArgumentException("a review is of a correction or of a field, not " + kind);
        }
        if (kind.equals(CORRECTION) && !(target.matches("\\d+:\\d+") && Set.of(ACCEPTED, REJECTED).contains(value))) {
            throw new IllegalArgumentException("a correction is accepted or rejected by its span start:end");
        }
        if (kind.equals(FIELD) && !target.matches("(/[\\w-]+)+")) {
            throw new IllegalArgumentException("a field is named by a JSON Pointer such as /attendance/present/0");
        }
    }
}
