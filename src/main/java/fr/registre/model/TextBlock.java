package fr.registre.model;

import java.io.Serializable;
import java.util.List;

/** A block (paragraph or column piece) of recognised lines. */
public record TextBlock(Box box, List<TextLine> lines) implements Serializable {

    public TextBlock {
        lines = List.copyOf(lines);
    }
}
