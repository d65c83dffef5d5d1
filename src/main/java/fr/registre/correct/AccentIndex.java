package fr.registre.correct;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.registre.text.Fold;
import fr.registre.text.Lexicon;

/**
 * Every lexicon form under its {@link Fold#fold} key, so that all accented spellings of an OCR'd word
 * are found with one lookup. Built once (about half a second, half a million forms) and shared.
 */
final class AccentIndex {

    private static volatile AccentIndex shared;

    private final Map<String, Object> forms;

    private AccentIndex(Map<String, Object> forms) {
        this.forms = forms;
    }

    /** The index of {@link Lexicon#french()}, built on first use. */
    static AccentIndex french() {
        AccentIndex index = shared;
        if (index == null) {
            synchronized (AccentIndex.class) {
                index = shared;
                if (index == null) {
                    shared = index = build(Lexicon.french());
                }
            }
        }
        return index;
    }

    private static AccentIndex build(Lexicon lexicon) {
        Map<String, Object> map = new HashMap<>(1 << 20);
        lexicon.forEachForm((form, frequency) -> {
            if (form.isEmpty() || !Character.isLetter(form.charAt(0))) {
                return;
            }
            // one String for a single spelling, a String[] when several spellings share a key
            map.merge(Fold.fold(form), form, (a, b) -> {
                String added = (String) b;
                if (a instanceof String s) {
                    return s.equals(added) ? s : new String[] {s, added};
                }
                String[] list = (String[]) a;
                if (Arrays.asList(list).contains(added)) {
                    return list;
                }
                String[] grown = Arrays.copyOf(list, list.length + 1);
                grown[list.length] = added;
                return grown;
            });
        });
        return new AccentIndex(map);
    }

    /** The lexicon forms whose key is {@code key}. */
    List<String> forms(String key) {
        Object o = forms.get(key);
        if (o == null) {
            return List.of();
        }
        if (o instanceof String s) {
            return List.of(s);
        }
        return new ArrayList<>(Arrays.asList((String[]) o));
    }
}
