package fr.registre.model;

/** A recognised word with its position and the recogniser's confidence (0..1). */
public record Word(String text, Box box, double confidence) {
}
