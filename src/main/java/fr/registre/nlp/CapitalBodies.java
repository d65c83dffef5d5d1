package fr.registre.nlp;

import java.util.List;
import java.util.Set;

import fr.registre.model.Entity;
import fr.registre.model.EntityType;
import fr.registre.text.Fold;
import fr.registre.text.Words;

/**
 * Bodies named in capitals, as headings and title pages write them ("EXTRAIT DES REGISTRES DES
 * DELIBERATIONS DU CONSEIL DU TERRITOIRE DU PAYS D’AUBAGNE ET DE L’ETOILE", "LA CHAMBRE DE METIERS
 * ET DE L'ARTISANAT DE REGION PACA"), which the name finder, trained on running text, misses: a
 * capital word that heads the name of a body, and the capital words and connectives that follow it.
 */
final class CapitalBodies extends WordScanner {

    static final Set<String> HEADS = Set.of("conseil", "bureau", "metropole", "commune", "ville", "mairie",
            "chambre", "association", "syndicat", "agence", "communaute", "office", "centre", "commission",
            "comite", "caisse", "etablissement", "prefecture", "universite", "societe", "banque", "fondation",
            "institut", "ministere", "direction", "pole", "mission", "maison", "federation", "union", "groupement",
            "regie", "tribunal", "cour", "conservatoire");
    private static final Set<String> LINKS = Set.of("de", "du", "des", "d'", "l'", "la", "le", "les");
    /** What "ET" must be followed by to join two parts of one name ("ET DE L'ARTISANAT"), not two bodies. */
    private static final Set<String> COMPLEMENTS = Set.of("de", "du", "des", "d'");


    @Override
    int scan(String text, Sentence sentence, int i, List<Entity> found) {
        String[] w = sentence.words();
        if (!isCapitalWord(w[i]) || !HEADS.contains(Fold.fold(w[i]))) {
            return i + 1;
        }
        int end = i + 1;
        int j = end;
        while (j < w.length) {
            String folded = Fold.fold(w[j]);
            if (newlineBefore(text, sentence, j) && !LINKS.contains(folded) && !folded.equals("et")
                    && !LINKS.contains(Fold.fold(w[j - 1]))) {
                break; // a heading's next line is another heading unless a link word carries the name over
            }
            boolean capital = isCapitalWord(w[j]) && !LINKS.contains(folded) && !folded.equals("et");
            if (capital) {
                end = ++j;
            } else if (Words.isAllCaps(w[j]) && (LINKS.contains(folded)
                    || folded.equals("et") && j + 1 < w.length && COMPLEMENTS.contains(Fold.fold(w[j + 1])))) {
                j++;
            } else {
                break;
            }
        }
        if (end - i >= 2) {
            found.add(sentence.entity(text, i, end, EntityType.ORGANIZATION, Entity.HEADING));
        }
        return end;
    }

    private static boolean newlineBefore(String text, Sentence sentence, int j) {
        return text.substring(sentence.tokens()[j - 1].getEnd(), sentence.tokens()[j].getStart()).indexOf('\n') >= 0;
    }

    /** A word in capitals, letters only (hyphens and apostrophes inside): not a number or a code. */
    private static boolean isCapitalWord(String word) {
        return Words.isAllCaps(word) && word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’');
    }
}
