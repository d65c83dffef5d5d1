package fr.registre.model;

/** A stretch of a text, by offsets: start inclusive, end exclusive. */
public interface Span {

    int start();

    int end();

    /** True when the two stretches share a character. */
    default boolean overlaps(Span other) {
        return start() < other.end() && other.start() < end();
    }
}
