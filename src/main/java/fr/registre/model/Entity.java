package fr.registre.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A person or organisation named in a text.
 *
 * @param type     person or organisation
 * @param text     the name as written
 * @param start    offset of the name in the text
 * @param end      end offset (exclusive)
 * @param source   what found it: "model" (the statistical name finder), "roster" (a name listed in the
 *                 document's attendance or given by the user, found again), "civility" (a name after
 *                 "M.", "Mme", or in a list after "MM.", "Mmes"), "heading" (a body named in capitals),
 *                 "legal-form" (a company named with its form, "SARL Dupont", or a body in quotes after
 *                 its form, "l'association « Les Archers »"), "list" (a name in an
 *                 enumeration of names, "ETORE, LASSERRE D., PUJADE", or a body alone on a grant line
 *                 before its amount), "kind" (a body named by its kind, "Comité des Fêtes"),
 *                 "acronym" (a short form the text defines, or one after an article, "la CCIMP")
 * @param longForm for an acronym, the long form it stands for; null otherwise
 */
public record Entity(EntityType type, String text, int start, int end, String source,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String longForm) implements Span {

    public static final String MODEL = "model";
    public static final String ROSTER = "roster";
    public static final String ACRONYM = "acronym";
    public static final String CIVILITY = "civility";
    public static final String HEADING = "heading";
    public static final String LEGAL_FORM = "legal-form";
    public static final String LIST = "list";
    public static final String KIND = "kind";

    public Entity {
        if (start < 0 || end <= start || end - start != text.length()) {
            throw new IllegalArgumentException("bad entity span " + start + ".." + end + " for '" + text + "'");
        }
    }

    public Entity(EntityType type, String text, int start, int end, String source) {
        this(type, text, start, end, source, null);
    }

    public int length() {
        return end - start;
    }
}
