package fr.registre.nlp;

import java.util.List;
import java.util.Set;

import fr.registre.model.Entity;
import fr.registre.model.EntityType;
import fr.registre.text.Fold;
import fr.registre.text.FrenchNames;
import fr.registre.text.Words;

/**
 * Bodies that running text names by their kind or by an acronym, which the statistical model misses
 * when their words are common ones: a capitalised head noun with the capitalised words after it
 * ("Comité des Fêtes", "Fonds Social Européen", "Association pour la Sauvegarde de Planier"), and a
 * word in capitals after an article, which a person's surname never takes ("la CCIMP", "l'URSSAF",
 * "du CCAS").
 */
final class NamedBodies extends WordScanner {

    /** The kinds of bodies, beside those {@link CapitalBodies} knows in headings. */
    private static final Set<String> MORE_HEADS = Set.of("fonds", "club", "compagnie", "cooperative", "collectif",
            "amicale", "observatoire", "academie", "theatre", "ecole", "college", "lycee", "musee", "orchestre");
    /** Small words inside a body's name; "pour" as in "Association pour la Sauvegarde de ...". */
    private static final Set<String> LINKS = Set.of("de", "du", "des", "d'", "l'", "la", "le", "les", "pour", "en", "sur");
    /** What "et" must be followed by to join two parts of one name ("et de l'Artisanat"), not two bodies. */
    private static final Set<String> COMPLEMENTS = Set.of("de", "du", "des", "d'");
    private static final Set<String> ARTICLES = Set.of("la", "le", "les", "l'", "du", "au", "aux");
    private static final int MAX_WORDS = 10;

    @Override
    int scan(String text, Sentence sentence, int i, List<Entity> found) {
        String[] w = sentence.words();
        if (isHead(w[i])) {
            int end = nameEnd(text, sentence, i + 1);
            if (end > i + 1) {
                found.add(sentence.entity(text, i, end, EntityType.ORGANIZATION, Entity.KIND));
            }
            return end;
        }
        if (isAcronymAfterArticle(w, i)) {
            int end = i + 1;
            while (end < w.length && isAcronym(w[end])) {
                end++;
            }
            found.add(sentence.entity(text, i, end, EntityType.ORGANIZATION, Entity.ACRONYM));
            return end;
        }
        return i + 1;
    }

    private static boolean isHead(String word) {
        String folded = Fold.fold(word);
        return Words.startsUpper(word) && !Words.isAllCaps(word)
                && (CapitalBodies.HEADS.contains(folded) || MORE_HEADS.contains(folded));
    }

    /**
     * The end of the capitalised words after a head, links between them, on one line; the name ends
     * on a capitalised word.
     */
    private static int nameEnd(String text, Sentence sentence, int from) {
        String[] w = sentence.words();
        int end = from;
        for (int j = from; j < w.length && j < from + MAX_WORDS; j++) {
            String gap = text.substring(sentence.tokens()[j - 1].getEnd(), sentence.tokens()[j].getStart());
            if (gap.indexOf('\t') >= 0 || gap.indexOf('\n') >= 0 && !LINKS.contains(Fold.fold(w[j - 1]))) {
                break; // a table's next cell or a heading's next line, unless a link word carries the name over
            }
            if (Words.startsUpper(w[j]) && isWord(w[j]) && !FrenchNames.isTitle(w[j])) {
                end = j + 1;
            } else if (!LINKS.contains(Fold.fold(w[j]))
                    && !(Fold.fold(w[j]).equals("et") && j + 1 < w.length && COMPLEMENTS.contains(Fold.fold(w[j + 1])))) {
                break;
            }
        }
        return end;
    }

    private static boolean isAcronymAfterArticle(String[] w, int i) {
        return i > 0 && isAcronym(w[i]) && !Words.isAllCaps(w[i - 1]) && ARTICLES.contains(w[i - 1].toLowerCase())
                && !(i > 1 && FrenchNames.isFirstName(w[i - 2]));
    }

    /** Two to eight capitals, letters only, not a surname particle: "CCIMP", "URSSAF", "PACA". */
    private static boolean isAcronym(String word) {
        return word.length() >= 2 && word.length() <= 8 && Words.isAllCaps(word)
                && word.chars().allMatch(Character::isLetter) && !FrenchNames.isParticle(word);
    }

    private static boolean isWord(String token) {
        return token.chars().anyMatch(Character::isLetter) && token.chars().noneMatch(Character::isDigit);
    }
}
