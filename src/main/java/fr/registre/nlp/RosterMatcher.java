package fr.registre.nlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import fr.registre.text.FrenchNames;
import fr.registre.model.Entity;
import fr.registre.model.EntityType;
import fr.registre.text.Fold;
import fr.registre.text.Words;

/**
 * Finds again, anywhere in a text, the persons a roster lists: the full name in either order
 * ("Serge PEROTTINO", "PEROTTINO Serge"), and the surname alone after a civility ("M. PEROTTINO"),
 * also when OCR changed a letter or confused look-alike glyphs ("PEROTTlNO", "Serqe PEROTTINO").
 * This is what a dictionary name finder does, made tolerant of scans.
 */
final class RosterMatcher {

    /** Shortest token that may differ by one edit; shorter ones must match exactly. */
    private static final int FUZZY_LENGTH = 5;

    private final List<List<String>> names;
    private final Map<String, List<List<String>>> byFirstKey = new HashMap<>();
    private final Map<String, List<String>> bySurnameKey = new HashMap<>();

    /** @param names persons as token lists, e.g. ["Serge", "PEROTTINO"] */
    RosterMatcher(Collection<List<String>> names) {
        this.names = new ArrayList<>(new LinkedHashSet<>(names));
        for (List<String> name : this.names) {
            if (name.size() < 2) {
                continue;
            }
            index(name);
            index(reversed(name));
            String surname = name.get(name.size() - 1);
            if (Words.isAllCaps(surname) && surname.length() >= 3) {
                bySurnameKey.putIfAbsent(key(surname), name);
            }
        }
    }

    boolean isEmpty() {
        return names.isEmpty();
    }

    /** Every occurrence of a listed person in the sentences. */
    List<Entity> find(String text, List<Sentence> sentences) {
        List<Entity> found = new ArrayList<>();
        for (Sentence sentence : sentences) {
            String[] w = sentence.words();
            for (int i = 0; i < w.length; i++) {
                int end = matchFullName(w, i);
                if (end < 0 && i > 0 && FrenchNames.isCivility(w[i - 1]) && matchSurname(w[i])) {
                    end = i + 1;
                }
                if (end > 0) {
                    found.add(sentence.entity(text, i, end, EntityType.PERSON, Entity.ROSTER));
                    i = end - 1;
                }
            }
        }
        return found;
    }

    private int matchFullName(String[] w, int i) {
        if (!Words.startsUpper(w[i])) {
            return -1;
        }
        String first = key(w[i]);
        List<List<String>> candidates = byFirstKey.getOrDefault(first, List.of());
        if (candidates.isEmpty() && w[i].length() >= FUZZY_LENGTH) {
            candidates = byFirstKey.entrySet().stream().filter(e -> Words.oneEditApart(first, e.getKey()))
                    .flatMap(e -> e.getValue().stream()).toList();
        }
        int best = -1;
        for (List<String> name : candidates) {
            if (i + name.size() <= w.length && matches(name, w, i) && i + name.size() > best) {
                best = i + name.size();
            }
        }
        return best;
    }

    private boolean matchSurname(String word) {
        if (!Words.startsUpper(word)) {
            return false;
        }
        String key = key(word);
        return bySurnameKey.containsKey(key)
                || word.length() >= FUZZY_LENGTH && bySurnameKey.keySet().stream().anyMatch(k -> Words.oneEditApart(key, k));
    }

    private static boolean matches(List<String> name, String[] w, int at) {
        for (int j = 0; j < name.size(); j++) {
            String a = key(name.get(j));
            String b = key(w[at + j]);
            if (!a.equals(b) && !(Math.min(a.length(), b.length()) >= FUZZY_LENGTH && Words.oneEditApart(a, b))) {
                return false;
            }
        }
        return true;
    }

    private void index(List<String> name) {
        byFirstKey.computeIfAbsent(key(name.get(0)), k -> new ArrayList<>()).add(name);
    }

    private static List<String> reversed(List<String> name) {
        List<String> out = new ArrayList<>(name.subList(1, name.size()));
        out.add(name.get(0));
        return out;
    }

    /** Case, accents and the glyphs OCR confuses most (l/I/1/|, 0/O, rn/m, q/g) folded away. */
    static String key(String word) {
        return Fold.fold(word).replace("rn", "m").replace('1', 'i').replace('l', 'i').replace('|', 'i')
                .replace('0', 'o').replace('q', 'g');
    }
}
