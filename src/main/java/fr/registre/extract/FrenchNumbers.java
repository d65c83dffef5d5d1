package fr.registre.extract;

import java.util.List;
import java.util.Map;

/** Numbers written in French words: "une", "dix-huit", "deux mil quatre", "quatre-vingt-dix-sept". */
final class FrenchNumbers {

    private static final List<String> UNITS = List.of("zero", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
            "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize");
    private static final Map<String, Integer> TENS = Map.of("vingt", 20, "vingts", 20, "trente", 30, "quarante", 40,
            "cinquante", 50, "soixante", 60);

    private FrenchNumbers() {
    }

    /** The value of folded {@code words}; -1 when a word is not part of a number. */
    static int value(String words) {
        int total = 0;
        int current = 0;
        String previous = "";
        for (String w : words.strip().split("[\\s,-]+")) {
            if (w.equals("et")) {
                continue;
            }
            if (w.equals("mil") || w.equals("mille")) {
                total += Math.max(current, 1) * 1000;
                current = 0;
            } else if (w.equals("cent") || w.equals("cents")) {
                current = Math.max(current, 1) * 100;
            } else if (w.startsWith("vingt") && TENS.containsKey(w) && previous.equals("quatre")) {
                current += 80 - 4; // "quatre-vingt"
            } else if (TENS.containsKey(w)) {
                current += TENS.get(w);
            } else if (UNITS.contains(w) || w.equals("une")) {
                current += w.equals("une") ? 1 : UNITS.indexOf(w);
            } else {
                return -1;
            }
            previous = w;
        }
        return total + current;
    }
}
