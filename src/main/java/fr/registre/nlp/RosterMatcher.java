package fr.registre.nlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.registre.text.FrenchNames;
import fr.registre.model.Entity;
import fr.registre.model.EntityType;
import fr.registre.text.Fold;
import fr.registre.text.OneEditIndex;
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
    /** Names in either order by the keys of their first two words: a lookup costs the same for any roster. */
    private final Map<String, List<List<String>>> byOpening = new HashMap<>();
    private final Map<String, List<String>> bySurnameKey = new HashMap<>();
    private final OneEditIndex openingKeys = new OneEditIndex();
    private final OneEditIndex surnameKeys = new OneEditIndex();

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
                surnameKeys.add(key(surname));
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
        if (!Words.startsUpper(w[i]) || i + 1 >= w.length) {
            return -1;
        }
        int best = -1;
        for (String first : keysNear(w[i])) {
            for (String second : keysNear(w[i + 1])) {
                for (List<String> name : byOpening.getOrDefault(first + ' ' + second, List.of())) {
                    if (i + name.size() <= w.length && matches(name, w, i) && i + name.size() > best) {
                        best = i + name.size();
                    }
                }
            }
        }
        return best;
    }

    /** The roster keys {@code word} may stand for: its own, and those one edit away when it is long enough. */
    private Collection<String> keysNear(String word) {
        String key = key(word);
        if (word.length() < FUZZY_LENGTH) {
            return List.of(key);
        }
        Set<String> keys = new LinkedHashSet<>(openingKeys.near(key));
        keys.add(key);
        return keys;
    }

    private boolean matchSurname(String word) {
        if (!Words.startsUpper(word)) {
            return false;
        }
        String key = key(word);
        return bySurnameKey.containsKey(key)
                || word.length() >= FUZZY_LENGTH && !surnameKeys.near(key).isEmpty();
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
        String first = key(name.get(0));
        String second = key(name.get(1));
        byOpening.computeIfAbsent(first + ' ' + second, k -> new ArrayList<>()).add(name);
        openingKeys.add(first);
        openingKeys.add(second);
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
