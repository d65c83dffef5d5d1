package fr.registre.model;

import java.util.List;

/** A block (paragraph or column piece) of recognised lines. */
public record TextBlock(Box box, List<TextLine> lines) {

    public TextBlock {
        lines = List.copyOf(lines);
    }
}
