package fr.registre.correct;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How Tesseract misreads French glyphs, as weighted edits. Accent confusions within a letter
 * (é/è/ê/e, a/à/â, c/ç ...) cost nothing here: they are resolved by looking words up under their
 * accent-free key. What this model adds are the confusions that change the letter itself or the
 * number of letters: "dépéts" (ô read as é), "ceuvre" (œ read as ce), "réeuni" (a spurious e),
 * "aot" (û lost), "métropalitain" (o read as a).
 */
public final class ConfusionModel {

    /** A substitution of {@code from} (at any position) by {@code to}, with its cost. */
    private record Edit(String from, String to, double cost) {
    }

    private static final List<Edit> EDITS = List.of(
            new Edit("é", "ô", 0.3), new Edit("è", "ô", 0.4), new Edit("e", "ô", 0.5),
            new Edit("ce", "œ", 0.3), new Edit("oe", "œ", 0.1), new Edit("ee", "œ", 0.5),
            new Edit("a", "o", 0.7), new Edit("o", "a", 0.7), new Edit("e", "o", 0.8), new Edit("o", "e", 0.8),
            new Edit("é", "o", 0.8), new Edit("c", "e", 0.8), new Edit("e", "c", 0.8),
            new Edit("g", "q", 0.6), new Edit("q", "g", 0.7),
            new Edit("rn", "m", 0.5), new Edit("m", "rn", 0.7), new Edit("cl", "d", 0.6), new Edit("li", "h", 0.7),
            new Edit("ii", "ü", 0.6), new Edit("i", "l", 0.6), new Edit("l", "i", 0.6),
            new Edit("1", "l", 0.5), new Edit("0", "o", 0.6), new Edit("5", "s", 0.7),
            new Edit("u", "n", 0.8), new Edit("n", "u", 0.8), new Edit("ri", "n", 0.5), new Edit("n", "ri", 0.7),
            new Edit("i", "r", 0.7), new Edit("in", "m", 0.6), new Edit("b", "h", 0.7), new Edit("h", "b", 0.7),
            // spurious strokes read as letters
            new Edit("e", "", 0.4), new Edit("é", "", 0.5), new Edit("'", "", 0.5), new Edit("i", "", 0.8),
            new Edit("l", "", 0.8), new Edit("r", "", 0.9), new Edit("t", "", 0.9),
            // a circumflexed vowel lost entirely ("aot" for "août")
            new Edit("", "û", 0.5), new Edit("", "e", 0.9), new Edit("", "i", 0.9));

    private final int maxEdits;

    /** @param maxEdits how many confusions may combine in one word */
    ConfusionModel(int maxEdits) {
        this.maxEdits = maxEdits;
    }

    /**
     * What reading one letter as another costs (lower case, accents folded), as the cheapest
     * one-letter substitution of the model; 1 when OCR is not known to confuse them. The archive
     * weighs surname slips with it.
     */
    public static double letterCost(char from, char to) {
        double cost = 1;
        for (Edit e : EDITS) {
            if (e.from().length() == 1 && e.to().length() == 1
                    && (e.from().charAt(0) == from && e.to().charAt(0) == to || e.from().charAt(0) == to && e.to().charAt(0) == from)) {
                cost = Math.min(cost, e.cost());
            }
        }
        return cost;
    }

    /** Spellings reachable from {@code word} (lower case) by confusion edits, each with its cheapest cost. */
    Map<String, Double> variants(String word) {
        Map<String, Double> found = new HashMap<>();
        found.put(word, 0.0);
        Map<String, Double> frontier = Map.of(word, 0.0);
        for (int depth = 0; depth < maxEdits; depth++) {
            Map<String, Double> next = new HashMap<>();
            frontier.forEach((w, cost) -> expand(w, cost, found, next));
            frontier = next;
        }
        return found;
    }

    private static void expand(String w, double cost, Map<String, Double> found, Map<String, Double> next) {
        for (Edit e : EDITS) {
            if (e.from().isEmpty()) {
                for (int i = 1; i < w.length(); i++) {
                    offer(w.substring(0, i) + e.to() + w.substring(i), cost + e.cost(), found, next);
                }
                continue;
            }
            for (int i = w.indexOf(e.from()); i >= 0; i = w.indexOf(e.from(), i + 1)) {
                offer(w.substring(0, i) + e.to() + w.substring(i + e.from().length()), cost + e.cost(), found, next);
            }
        }
    }

    private static void offer(String variant, double cost, Map<String, Double> found, Map<String, Double> next) {
        if (variant.isEmpty()) {
            return;
        }
        Double known = found.get(variant);
        if (known == null || cost < known) {
            found.put(variant, cost);
            next.put(variant, cost);
        }
    }
}
