package fr.registre.text;

import java.util.Set;

/**
 * What French registers write around and inside person names: civilities ("M.", "Mme", "MM.",
 * "Messieurs"), offices and titles ("Président", "Maire", "Dr"), surname particles ("de", "LE",
 * "D'", "van"), and initials ("J.", "J.-P."). The one knowledge of these shared by correction,
 * tagging and extraction: word tests for token-based code, regex fragments for pattern-based code.
 */
public final class FrenchNames {

    private static final Set<String> CIVILITIES = Set.of("monsieur", "madame", "mademoiselle", "messieurs", "mesdames",
            "m.", "m", "mm.", "mm", "mme", "mme.", "mmes", "mmes.", "mlle", "mlles", "mlle.", "mr", "mr.", "mrs", "mrs.");
    private static final Set<String> TITLES = Set.of("dr.", "dr", "docteur", "maitre", "me", "me.",
            "mes", "president", "presidente", "vice-president", "vice-presidente", "maire", "adjoint", "adjointe",
            "conseiller", "conseillere", "rapporteur", "rapporteure", "delegue", "deleguee", "secretaire",
            "signe", "signee", "prefet", "prefete", "depute", "deputee", "senateur", "senatrice", "ministre",
            "general", "colonel", "capitaine", "commandant", "marechal", "abbe", "cardinal", "monseigneur", "mgr",
            "professeur", "baron", "baronne", "comte", "comtesse", "marquis", "duc", "duchesse", "sieur", "veuve");
    private static final Set<String> PARTICLES = Set.of("le", "la", "les", "de", "du", "des", "d'", "di", "da", "del",
            "della", "van", "von", "mac", "ben", "el", "al", "dos", "das");

    /**
     * A civility as written before a name, as a regex fragment (no group): "M.", "MM.", "Mme",
     * "Mmes", "Mlle", "Mr", "Mrs" (messieurs), "Monsieur", "Madame", "Mademoiselle", "Messieurs", "Mesdames".
     */
    public static final String CIVILITY = "(?:MM\\b\\.?|M\\.|Mmes\\b\\.?|Mme\\b\\.?|Mlles?\\b\\.?|Mrs?\\b\\.?|Monsieur|Madame|Mademoiselle|Messieurs|Mesdames)";
    /** A particle before a surname in capitals, as a regex fragment ending with its space or apostrophe. */
    public static final String PARTICLE = "(?:[Dd]['’]|[Dd]e |[Ll]e |[Dd]u |[Ll]a |[Dd]i |[Vv]an |[Vv]on |[Dd]es )";
    /** An initial standing for a first name: "J.", "J.-P.", "Ch.". */
    public static final String INITIAL = "(?:\\p{Lu}\\p{Ll}?\\.(?:-\\p{Lu}\\.)?)";

    private FrenchNames() {
    }

    /** True for "Monsieur", "Madame", "M.", "Mme"..., the civilities that may stand before a surname alone. */
    public static boolean isCivility(String word) {
        return CIVILITIES.contains(Fold.fold(word));
    }

    /** True for a civility or an office: "Monsieur", "Mme", "Président", "Maire", "Conseillers"..., in any case and accents. */
    public static boolean isTitle(String word) {
        String folded = Fold.fold(word);
        String singular = folded.endsWith("s") ? folded.substring(0, folded.length() - 1) : folded;
        return CIVILITIES.contains(folded) || TITLES.contains(folded) || TITLES.contains(singular);
    }

    /** True for the shape of a first name: capitalised, not in capitals, not a civility or office ("Jean", "Marie-Claire"). */
    public static boolean isFirstName(String word) {
        return Words.startsUpper(word) && !Words.isAllCaps(word) && !isTitle(word);
    }

    /** True for a surname particle: "de", "LE", "D'", "van"... */
    public static boolean isParticle(String word) {
        return PARTICLES.contains(Fold.fold(word));
    }
}
