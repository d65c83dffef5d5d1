package fr.registre.model;

import java.io.Serializable;
import java.util.List;

/** A line of recognised words in reading order. */
public record TextLine(Box box, List<Word> words) implements Serializable {

    public TextLine {
        words = List.copyOf(words);
    }
}
