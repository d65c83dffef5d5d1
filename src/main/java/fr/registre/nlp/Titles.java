package fr.registre.nlp;

import java.util.Set;

import fr.registre.text.Fold;

/** Civilities and offices written before a person's name, which are not part of it. */
public final class Titles {

    private static final Set<String> CIVILITIES = Set.of("monsieur", "madame", "mademoiselle", "messieurs", "mesdames",
            "m.", "m", "mm.", "mm", "mme", "mme.", "mmes", "mlle", "mlles");
    private static final Set<String> TITLES = Set.of("dr.", "dr", "docteur", "maitre", "me", "me.",
            "mes", "president", "presidente", "vice-president", "vice-presidente", "maire", "adjoint", "adjointe",
            "conseiller", "conseillere", "rapporteur", "rapporteure", "delegue", "deleguee", "secretaire",
            "signe", "signee", "prefet", "prefete", "depute", "deputee", "senateur", "senatrice", "ministre",
            "general", "colonel", "capitaine", "commandant", "marechal", "abbe", "cardinal", "monseigneur", "mgr",
            "professeur", "baron", "baronne", "comte", "comtesse", "marquis", "duc", "duchesse", "sieur", "veuve");

    private Titles() {
    }

    /** True for "Monsieur", "Mme", "M.", "Président", "Maire", "Conseillers"... in any case, with or without accents. */
    public static boolean isTitle(String word) {
        String folded = Fold.fold(word);
        String singular = folded.endsWith("s") ? folded.substring(0, folded.length() - 1) : folded;
        return CIVILITIES.contains(folded) || TITLES.contains(folded) || TITLES.contains(singular);
    }

    /** True for "Monsieur", "Madame", "M.", "Mme"..., the civilities that may stand before a surname alone. */
    public static boolean isCivility(String word) {
        return CIVILITIES.contains(Fold.fold(word));
    }
}
