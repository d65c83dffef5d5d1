package fr.registre.model;

import java.util.List;

/** A line of recognised words in reading order. */
public record TextLine(Box box, List<Word> words) {

    public TextLine {
        words = List.copyOf(words);
    }
}
