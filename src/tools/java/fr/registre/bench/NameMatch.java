package fr.registre.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

import fr.registre.text.Fold;
import fr.registre.text.FrenchNames;

/**
 * How the gold records compare names: case, accents and civilities do not count, and a name written
 * with an initial or without its first name is the same person ("L. Chapon", "CHAPON Loïc",
 * "CHAPON"). Organisations match when most of their words do.
 */
final class NameMatch {

    private static final Set<String> TITLE_STOP_WORDS = Set.of("les", "des", "une", "aux", "pour", "par", "sur", "avec", "dans",
            "the", "entre", "son", "ses", "leur");

    private static final Set<String> PLACE_KINDS = Set.of("commune", "ville", "mairie", "communaute", "communes", "de", "du",
            "des", "la", "le", "les", "et", "departement", "region", "metropole", "agglomeration", "urbaine", "arrondissement");

    private NameMatch() {
    }

    static boolean samePerson(String a, String b) {
        Parts x = Parts.of(a);
        Parts y = Parts.of(b);
        if (x.full().isEmpty() || y.full().isEmpty()) {
            return false;
        }
        if (x.full().equals(y.full())) {
            return true;
        }
        Parts shorter = x.full().size() <= y.full().size() ? x : y;
        Parts longer = shorter == x ? y : x;
        if (!longer.full().containsAll(shorter.full())) {
            return false;
        }
        Set<Character> extra = new HashSet<>();
        longer.full().stream().filter(w -> !shorter.full().contains(w)).forEach(w -> extra.add(w.charAt(0)));
        return extra.containsAll(shorter.initials());
    }

    static boolean sameOrganisation(String a, String b) {
        Set<String> x = Parts.of(a).full();
        Set<String> y = Parts.of(b).full();
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return common.size() * 2 >= Math.min(x.size(), y.size()) + 1 || x.containsAll(y) || y.containsAll(x);
    }

    /**
     * Titles of the same item: most words of the shorter one, three letters or more, are in the
     * other ("Achat d'une parcelle à Mlle X" and "Achat terrain à Mademoiselle X (relais)").
     */
    static boolean sameTitle(String a, String b) {
        Set<String> x = titleWords(a);
        Set<String> y = titleWords(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return common.size() >= 0.6 * Math.min(x.size(), y.size());
    }

    private static Set<String> titleWords(String title) {
        Set<String> words = new HashSet<>();
        for (String word : Fold.fold(title == null ? "" : title).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 3 && !TITLE_STOP_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * The same authority: the words that name the place ("Montolieu", "Crac'h", "Cordais Causse"),
     * its kind and the gold's notes in parentheses aside ("Commune de Montolieu (Aude)").
     */
    static boolean samePlace(String found, String gold) {
        Set<String> f = placeWords(found);
        Set<String> g = placeWords(gold.replaceAll("\\(.*?\\)", " "));
        return !f.isEmpty() && g.containsAll(f) && f.size() * 2 >= g.size();
    }

    private static Set<String> placeWords(String name) {
        Set<String> words = new HashSet<>();
        // "8ème" and "8e" are one ordinal
        String folded = Fold.fold(name == null ? "" : name).replaceAll("\\b(\\d+)(?:eme|e|er|ere)\\b", "$1e");
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 2 && !PLACE_KINDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** The same deciding body: the gold's kind of council ("conseil municipal"), its notes and articles aside. */
    static boolean sameBody(String found, String gold) {
        String g = withoutArticles(Fold.fold(gold).replaceAll("\\(.*", "").replaceAll("[–-].*", ""));
        String f = withoutArticles(Fold.fold(found));
        return !g.isEmpty() && (f.contains(g) || g.contains(f) && f.contains(" "));
    }

    /** "conseil de la metropole" and "conseil de metropole" name one body. */
    private static String withoutArticles(String folded) {
        return folded.replaceAll("\\b(?:la|le|les|l')\\s*", "").replaceAll("\\s+", " ").strip();
    }

    static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) == 0;
    }

    /** Greedy one-to-one matching: how many of {@code found} pair with a distinct element of {@code gold}. */
    static <A, B> int matches(List<A> found, List<B> gold, BiPredicate<A, B> same) {
        List<B> left = new ArrayList<>(gold);
        int hits = 0;
        for (A f : found) {
            for (int i = 0; i < left.size(); i++) {
                if (same.test(f, left.get(i))) {
                    left.remove(i);
                    hits++;
                    break;
                }
            }
        }
        return hits;
    }

    /** The words of a name of two letters or more, and its initials, folded, civilities left out. */
    private record Parts(Set<String> full, Set<Character> initials) {

        static Parts of(String name) {
            Set<String> full = new HashSet<>();
            Set<Character> initials = new HashSet<>();
            for (String word : (name == null ? "" : name).split("[^\\p{L}.]+")) {
                String bare = word.replace(".", "");
                if (bare.isEmpty() || FrenchNames.isCivility(word) || FrenchNames.isCivility(bare)) {
                    continue;
                }
                String part = Fold.fold(bare);
                if (part.length() == 1) {
                    initials.add(part.charAt(0));
                } else {
                    full.add(part);
                }
            }
            return new Parts(full, initials);
        }
    }
}
