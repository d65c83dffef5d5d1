package fr.registre.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import fr.registre.text.FrenchNames;
import fr.registre.model.Entity;
import fr.registre.model.EntityType;
import fr.registre.text.Words;

/**
 * Companies named with their legal form, before or after the name ("SARL Dupont et Fils",
 * "Provence Travaux SAS", "SCI Les Oliviers"): the form and the capitalised words it stands against.
 */
final class CompanyForms extends WordScanner {

    private static final Set<String> FORMS = Set.of("SARL", "SAS", "SASU", "EURL", "SNC", "SCI", "SCOP", "SEM",
            "SEML", "SPL", "GIE", "SCP", "SELARL");
    private static final Set<String> INSIDE = Set.of("et", "&", "de", "du", "des", "d'", "la", "le", "les");


    @Override
    int scan(String text, Sentence sentence, int i, List<Entity> found) {
        String[] w = sentence.words();
        if (!FORMS.contains(w[i])) {
            return i + 1;
        }
        int after = runAfter(w, i + 1);
        int before = runBefore(w, i);
        int from = after > i + 1 ? i : before;
        int to = after > i + 1 ? after : i + 1;
        if (to - from >= 2) {
            found.add(sentence.entity(text, from, to, EntityType.ORGANIZATION, Entity.LEGAL_FORM));
        }
        return i + 1;
    }

    /** End of the capitalised words from {@code from} on, small words allowed between them. */
    private static int runAfter(String[] w, int from) {
        int end = from;
        for (int i = from; i < w.length && i < from + 6; i++) {
            if (isNameWord(w[i])) {
                end = i + 1;
            } else if (!(end > from && INSIDE.contains(w[i].toLowerCase(Locale.FRENCH)))) {
                break;
            }
        }
        return end;
    }

    /** Start of the capitalised words just before {@code to}. */
    private static int runBefore(String[] w, int to) {
        int start = to;
        for (int i = to - 1; i >= 0 && i >= to - 6; i--) {
            if (isNameWord(w[i])) {
                start = i;
            } else if (!(start < to && i > 0 && INSIDE.contains(w[i].toLowerCase(Locale.FRENCH)) && isNameWord(w[i - 1]))) {
                break;
            }
        }
        return start;
    }

    private static boolean isNameWord(String word) {
        return Words.startsUpper(word) && !FrenchNames.isTitle(word) && !FORMS.contains(word)
                && word.chars().anyMatch(Character::isLetter);
    }
}
