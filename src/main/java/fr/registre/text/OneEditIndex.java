package fr.registre.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keys looked up by a word at most one edit away (a letter changed, added or dropped), without
 * comparing the word to every key: each key is filed under itself and under each of its one-letter
 * deletions, and so is each word looked up (symmetric deletion). A lookup costs the length of the
 * word, however many keys there are.
 */
public final class OneEditIndex {

    private final Map<String, List<String>> byVariant = new HashMap<>();

    public void add(String key) {
        for (String variant : variants(key)) {
            List<String> keys = byVariant.computeIfAbsent(variant, v -> new ArrayList<>(1));
            if (!keys.contains(key)) {
                keys.add(key);
            }
        }
    }

    /** The keys equal to {@code word} or one edit from it. */
    public Set<String> near(String word) {
        Set<String> found = new LinkedHashSet<>();
        for (String variant : variants(word)) {
            for (String key : byVariant.getOrDefault(variant, List.of())) {
                if (Words.oneEditApart(word, key)) {
                    found.add(key);
                }
            }
        }
        return found;
    }

    private static Set<String> variants(String s) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(s);
        for (int i = 0; i < s.length(); i++) {
            variants.add(s.substring(0, i) + s.substring(i + 1));
        }
        return variants;
    }
}
