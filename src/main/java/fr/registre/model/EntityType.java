package fr.registre.model;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of named entity registre tags; {@link #label()} is the OpenNLP type and the JSON value. */
public enum EntityType {
    PERSON, ORGANIZATION;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type for an OpenNLP label ("person", "organization"), or null if registre does not tag it. */
    public static EntityType ofLabel(String label) {
        for (EntityType type : values()) {
            if (type.label().equals(label)) {
                return type;
            }
        }
        return null;
    }
}
