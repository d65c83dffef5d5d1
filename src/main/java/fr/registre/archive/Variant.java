package fr.registre.archive;

/** A written form of a person or an organisation, and why it was joined to it ("same name" for the first). */
public record Variant(String written, String reason) {
}
