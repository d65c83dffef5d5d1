package fr.registre.model;

import java.io.Serializable;

/** A recognised word with its position and the recogniser's confidence (0..1). */
public record Word(String text, Box box, double confidence) implements Serializable {
}
