package fr.registre.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import fr.registre.text.FrenchNames;
import fr.registre.model.EntityType;
import fr.registre.text.Fold;
import fr.registre.text.Lexicon;
import fr.registre.text.Words;

/**
 * Puts the edges of a found name where a reader would: civilities and offices are not part of a
 * person's name ("Monsieur le Président Jean DUPONT" → "Jean DUPONT"), articles not part of a body's
 * ("la Chambre de Commerce" → "Chambre de Commerce"), and a surname in capitals keeps its particles
 * ("Éric LE DISSES", "D'ESTIENNES D'ORVES") and a body its complement ("Chambre de Métiers et de
 * l'Artisanat", "Pays d'Aubagne et de l'Étoile") even when the statistical model cut them short.
 * Spans that are common words ("la Métropole", "Coût AMP") are no names at all.
 */
final class NameBounds {

    private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l'", "du", "des", "au", "aux", "de", "d'", "a", "par");
    private static final Set<String> TRAILING = Set.of(",", ".", ";", ":", "-", "–", "(", ")", "»", "«", "/", "'");
    /** Words a body's name does not end with. */
    private static final Set<String> CONNECTORS = Set.of("de", "du", "des", "d'", "l'", "la", "le", "et", "a", "au", "aux", "en");
    private static final Set<String> COMPLEMENTS = Set.of("de", "du", "des", "d'");
    private static final Set<String> DASHES = Set.of("-", "–");
    /** Words before a street's name, which is often a person's ("rue Jean Moulin"). */
    private static final Set<String> STREETS = Set.of("rue", "avenue", "av.", "bd", "boulevard", "place", "chemin", "quai",
            "allee", "allees", "impasse", "cours", "square", "route", "passage", "esplanade", "promenade", "parvis",
            "rond-point", "traverse", "montee", "lotissement", "residence");

    private final Lexicon lexicon;

    NameBounds(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The token range [from, to) of a name of the sentence, trimmed and completed; null if nothing of
     * a name is left.
     */
    int[] fix(Sentence sentence, int from, int to, EntityType type) {
        String[] w = sentence.words();
        while (to > from && TRAILING.contains(w[to - 1])) {
            to--;
        }
        while (from < to && (TRAILING.contains(w[from]) || isTitleOrArticle(w, from, to, type))) {
            from++;
        }
        if (from >= to) {
            return null;
        }
        if (type == EntityType.ORGANIZATION) {
            while (to > from + 1 && CONNECTORS.contains(Fold.fold(w[to - 1]))) {
                to--;
            }
            to = complement(w, to);
            return to - from == 1 && !Words.isAllCaps(w[from]) && isCommonWord(w[from]) ? null : new int[] {from, to};
        }
        if (type == EntityType.PERSON) {
            if (from > 0 && STREETS.contains(Fold.fold(w[from - 1]))) {
                return null; // "boulevard Charles Livon" is an address
            }
            to = personEnd(w, from, to);
            while (to + 1 < w.length && FrenchNames.isParticle(w[to]) && Words.isAllCaps(w[to + 1]) && Words.isAllCaps(w[to - 1])) {
                to += 2;
            }
            while (to < w.length && FrenchNames.isParticle(w[to - 1]) && Words.startsUpper(w[to])) {
                to++;
            }
            while (from > 0 && FrenchNames.isParticle(w[from - 1]) && Words.isAllCaps(w[from - 1]) && Words.isAllCaps(w[from])) {
                from--;
            }
            if (from > 0 && to - from >= 1 && FrenchNames.isFirstName(w[from - 1]) && Words.isAllCaps(w[from]) && FrenchNames.isParticle(w[from])) {
                from--;
            }
            if (!hasCapital(w, from, to) || hasCommonWord(w, from, to)
                    || to - from == 1 && (from == 0 || !FrenchNames.isTitle(w[from - 1]))) {
                return null;
            }
        }
        return new int[] {from, to};
    }

    /**
     * The end of a person's name once what follows it is left out: a civility or office ("Muriel
     * GINIES Mme"), a particle with no surname after it ("A. La"), a heading in capitals glued to it
     * ("Yves VIDAL ETAIENT EXCUSÉS": two common words in capitals after the name).
     */
    int personEnd(String[] w, int from, int to) {
        while (to - from > 1 && (FrenchNames.isTitle(w[to - 1]) || FrenchNames.isParticle(w[to - 1]) && !Words.isAllCaps(w[to - 1]))) {
            to--;
        }
        if (to - from > 3 && Words.isAllCaps(w[to - 1]) && Words.isAllCaps(w[to - 2]) && isCommonWord(w[to - 1]) && isCommonWord(w[to - 2])) {
            to -= 2;
        }
        return to;
    }

    /**
     * A person span cut at its line breaks, for lists with one member per line, which the name
     * finder cannot see: every line of two words or more is a name, a shorter line belongs to the
     * name it continues ("Jean-Pierre" / "GIORGI").
     */
    static List<int[]> splitLines(Sentence sentence, String text, int from, int to) {
        List<int[]> names = new ArrayList<>();
        int start = from;
        for (int i = from + 1; i <= to; i++) {
            boolean lineEnd = i == to || text.substring(sentence.tokens()[i - 1].getEnd(), sentence.tokens()[i].getStart()).indexOf('\n') >= 0;
            if (lineEnd && i - start >= 2) {
                names.add(new int[] {start, i});
                start = i;
            }
        }
        if (start < to) {
            if (names.isEmpty()) {
                names.add(new int[] {start, to});
            } else {
                names.get(names.size() - 1)[1] = to;
            }
        }
        return names;
    }

    /**
     * The names of tokens [from, to) that run one name on into the next where the separator was lost
     * (bitonal scans drop the dashes): "Gérard BUHE Dominique MADEC" is cut where a surname in capitals meets the next first name,
     * "BUHE Gérard MADEC Dominique" where a first name meets the next surname.
     */
    static List<int[]> runOn(String[] w, int from, int to, boolean firstNameFirst) {
        List<int[]> names = new ArrayList<>();
        int start = from;
        for (int i = from + 2; i < to - 1; i++) {
            String before = firstNameFirst ? w[i - 1] : w[i];
            String after = firstNameFirst ? w[i] : w[i - 1];
            if (Words.isAllCaps(before) && !FrenchNames.isParticle(before) && FrenchNames.isFirstName(after)
                    && i - start >= 2 && (firstNameFirst ? Words.isAllCaps(w[i + 1]) : FrenchNames.isFirstName(w[i + 1]))) {
                names.add(new int[] {start, i});
                start = i;
            }
        }
        names.add(new int[] {start, to});
        return names;
    }

    /** The end of a body's name once "et de l'Étoile", "d'Azur", "– Alpes" that follow it are taken in. */
    private static int complement(String[] w, int to) {
        while (true) {
            int j = to;
            if (j < w.length && w[j].length() >= 3 && Words.isAllCaps(w[j]) && w[j].chars().allMatch(Character::isLetter)) {
                to = j + 1;
                continue;
            }
            if (j < w.length && DASHES.contains(w[j])) {
                j++;
            } else {
                if (j < w.length && Fold.fold(w[j]).equals("et")) {
                    j++;
                }
                if (j >= w.length || !COMPLEMENTS.contains(Fold.fold(w[j]))) {
                    return to;
                }
                j++;
                if (j < w.length && (Fold.fold(w[j]).equals("la") || Fold.fold(w[j]).equals("l'"))) {
                    j++;
                }
            }
            if (j >= w.length || !Words.startsUpper(w[j]) || FrenchNames.isTitle(w[j])) {
                return to;
            }
            to = j + 1;
            while (to < w.length && Words.startsUpper(w[to]) && !FrenchNames.isTitle(w[to])) {
                to++;
            }
        }
    }

    /** The span starts with a capitalised common word ("Coût AMP", "Saint Jérôme"), not a first name. */
    private boolean hasCommonWord(String[] w, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Words.startsUpper(w[i]) && !Words.isAllCaps(w[i]) && !FrenchNames.isParticle(w[i])) {
                return isCommonWord(w[i]);
            }
        }
        return false;
    }

    /**
     * True for a capitalised common word ("Coût", "Métropole", "Etoile") that the lexicon does not
     * also know as a proper name ("Pierre", "Rose").
     */
    boolean isCommonWord(String word) {
        if (lexicon.tags(word).stream().anyMatch(t -> t.startsWith("Z"))) {
            return false;
        }
        String lower = word.toLowerCase(Locale.FRENCH);
        return lexicon.contains(lower) || lower.startsWith("e") && lexicon.contains("é" + lower.substring(1));
    }

    private static boolean isTitleOrArticle(String[] w, int i, int to, EntityType type) {
        String word = Fold.fold(w[i]);
        if (type == EntityType.PERSON) {
            return FrenchNames.isTitle(word) || ARTICLES.contains(word) && i + 1 < to && FrenchNames.isTitle(w[i + 1]);
        }
        return w[i].equals(w[i].toLowerCase()) && ARTICLES.contains(word);
    }

    private static boolean hasCapital(String[] w, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Words.startsUpper(w[i])) {
                return true;
            }
        }
        return false;
    }
}
