package fr.registre.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The French lexicon: LanguageTool's French morphological dictionary (word forms with POS tags and
 * frequency classes 0..25) plus the project's domain lexicon of administrative vocabulary.
 *
 * <p>One instance serves all threads: the FSA is immutable and each thread gets its own lookup
 * cursor, since morfologik's {@link DictionaryLookup} reuses internal buffers.
 */
public final class Lexicon {

    /** Frequency returned for forms that are not in the lexicon. */
    public static final int UNKNOWN = -1;

    private static final String DICTIONARY = "/org/languagetool/resource/fr/french.dict";
    private static final String DOMAIN = "/models/lexicon/domain-fr.txt";

    private final ThreadLocal<DictionaryLookup> lookup;
    private final Map<String, Integer> domain;

    private Lexicon(Dictionary dictionary, Map<String, Integer> domain) {
        this.lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
        this.domain = Map.copyOf(domain);
    }

    /** Loads the French lexicon (about 50 ms); build one and share it, it is thread-safe. */
    public static Lexicon load() {
        URL dict = Lexicon.class.getResource(DICTIONARY);
        if (dict == null) {
            throw new IllegalStateException("French dictionary " + DICTIONARY + " is not on the classpath");
        }
        try {
            return new Lexicon(Dictionary.read(dict), readDomain());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the French dictionary", e);
        }
    }

    /** Domain lexicon lines: {@code form [frequency]}, '#' starts a comment. */
    private static Map<String, Integer> readDomain() throws IOException {
        Map<String, Integer> words = new HashMap<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(DOMAIN)) {
            if (in == null) {
                return words;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                String[] parts = entry.split("\\s+");
                int freq = parts.length > 1 ? Integer.parseInt(parts[1]) : 10;
                words.merge(parts[0], freq, Math::max);
            }
        }
        return words;
    }

    /** True if this exact form (case and accents as given) is a French word. */
    public boolean contains(String form) {
        return frequency(form) != UNKNOWN;
    }

    /**
     * True if the form is a word once its case is normalised: "Délibération" and "DÉLIBÉRATION"
     * count as "délibération", "MARSEILLE" as "Marseille".
     */
    public boolean containsAnyCase(String form) {
        return frequencyAnyCase(form) != UNKNOWN;
    }

    /** Frequency class of the exact form (0 rare .. 25 most frequent), or {@link #UNKNOWN}. */
    public int frequency(String form) {
        if (form.isEmpty()) {
            return UNKNOWN;
        }
        Integer d = domain.get(form);
        int best = d == null ? UNKNOWN : d;
        for (WordData wd : lookup.get().lookup(form)) {
            best = Math.max(best, frequencyOf(wd));
        }
        return best;
    }

    /** Like {@link #frequency} but also tries the lower-case and capitalised forms. */
    public int frequencyAnyCase(String form) {
        int f = frequency(form);
        if (f != UNKNOWN) {
            return f;
        }
        String lower = form.toLowerCase(Locale.FRENCH);
        if (!lower.equals(form)) {
            f = Math.max(frequency(lower), frequency(capitalise(lower)));
        }
        return f;
    }

    /** The POS tags of the exact form, such as "V inf" or "N f s"; empty when unknown. */
    public List<String> tags(String form) {
        List<String> tags = new ArrayList<>();
        for (WordData wd : lookup.get().lookup(form)) {
            CharSequence tag = wd.getTag();
            if (tag != null && tag.length() > 1) {
                tags.add(tag.subSequence(0, tag.length() - 1).toString());
            }
        }
        return tags;
    }

    /** Calls {@code visitor} with every form and its frequency class (a form may come more than once). */
    public void forEachForm(BiConsumer<String, Integer> visitor) {
        for (WordData wd : new DictionaryLookup(lookup.get().getDictionary())) {
            visitor.accept(wd.getWord().toString(), frequencyOf(wd));
        }
        domain.forEach(visitor);
    }

    /** The form with its first letter in upper case. */
    public static String capitalise(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(s.substring(Character.charCount(first))).toString();
    }

    /** morfologik stores the frequency class as a final letter 'A'..'Z' of the tag. */
    private static int frequencyOf(WordData wd) {
        CharSequence tag = wd.getTag();
        if (tag == null || tag.length() == 0) {
            return 0;
        }
        char c = tag.charAt(tag.length() - 1);
        return c >= 'A' && c <= 'Z' ? c - 'A' : 0;
    }
}
