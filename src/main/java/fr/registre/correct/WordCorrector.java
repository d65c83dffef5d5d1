package fr.registre.correct;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fr.registre.text.Fold;
import fr.registre.text.Lexicon;
import fr.registre.text.Words;

/**
 * Finds the word an OCR'd token most probably was: the lexicon forms reachable through the
 * {@link ConfusionModel} and accent restoration, ranked by edit cost and word frequency.
 */
final class WordCorrector {

    /** The corrected spelling of a token and how sure the corrector is of it. */
    record Candidate(String word, double cost, double confidence) {
    }

    /** Each frequency class (0..25) is worth this much edit cost. */
    private static final double FREQUENCY_WEIGHT = 0.03;
    private static final double ACCENT_COST = 0.08;
    /** Candidates costlier than the best by more than this are not looked at. */
    private static final double SEARCH_MARGIN = 0.35;
    /** Capitalised words may be proper names: only accent-level repairs are trusted on them. */
    private static final double MAX_COST_CAPITALISED = 0.35;
    private static final int RARE = 2;
    /** Words of this many letters or fewer: too short for a dropped letter to be told from a misread one. */
    private static final int SHORT = 3;
    private static final int TWIN_MARGIN = 8;

    private final Lexicon lexicon;
    private final AccentIndex index;
    private final ConfusionModel confusions = new ConfusionModel(2);

    WordCorrector(Lexicon lexicon, AccentIndex index) {
        this.lexicon = lexicon;
        this.index = index;
    }

    boolean isWord(String token) {
        return lexicon.containsAnyCase(token);
    }

    int frequency(String token) {
        return lexicon.frequencyAnyCase(token);
    }

    /**
     * A rare form whose accent-free twin is far more frequent is usually that twin misread:
     * "cadrè" (an archaic inverted form of cadrer) for "cadre". Lower-case words only.
     */
    Optional<Candidate> commonerTwin(String word) {
        int frequency = lexicon.frequency(word);
        if (frequency > RARE || !word.equals(word.toLowerCase(Locale.FRENCH))) {
            return Optional.empty();
        }
        String best = null;
        int bestFrequency = frequency + TWIN_MARGIN;
        for (String form : index.forms(Fold.fold(word))) {
            int f = lexicon.frequency(form);
            if (!form.equals(word) && f >= bestFrequency && form.equals(form.toLowerCase(Locale.FRENCH))) {
                best = form;
                bestFrequency = f;
            }
        }
        return Optional.ofNullable(best).map(f -> new Candidate(f, ACCENT_COST, 0.7));
    }

    /** The best correction of a token that is not a word, if any is plausible. */
    Optional<Candidate> correct(String token) {
        boolean capitalised = Folding.isCapitalised(token);
        String lower = token.toLowerCase(Locale.FRENCH);
        List<Map.Entry<String, Double>> variants = new ArrayList<>(confusions.variants(lower).entrySet());
        variants.sort(Map.Entry.comparingByValue());
        List<Scored> scored = new ArrayList<>();
        double best = Double.MAX_VALUE;
        for (Map.Entry<String, Double> v : variants) {
            if (v.getValue() > best + SEARCH_MARGIN) {
                break;
            }
            for (String form : index.forms(Fold.fold(v.getKey()))) {
                if (!capitalised && !form.equals(form.toLowerCase(Locale.FRENCH)) || Words.isAllCaps(form)) {
                    continue; // neither a proper noun nor an acronym can stand for a lower-case word
                }
                double cost = v.getValue() + ACCENT_COST * accentDifferences(v.getKey(), form.toLowerCase(Locale.FRENCH));
                if (capitalised && cost > MAX_COST_CAPITALISED) {
                    continue;
                }
                int frequency = Math.max(0, lexicon.frequency(form));
                scored.add(new Scored(form, cost, frequency, cost - FREQUENCY_WEIGHT * frequency));
                best = Math.min(best, cost);
            }
        }
        if (scored.isEmpty()) {
            return Optional.empty();
        }
        scored.sort(Comparator.comparingDouble(Scored::score));
        Scored top = scored.get(0);
        double confidence = Math.max(0, Math.min(1, 1 - top.cost() / 1.6));
        for (Scored other : scored.subList(1, scored.size())) {
            if (!other.form().equalsIgnoreCase(top.form()) && other.score() - top.score() < 0.15) {
                confidence *= 0.7; // two spellings nearly as likely: leave the choice to a reviewer
                break;
            }
        }
        if (top.frequency() < 3) {
            confidence *= 0.8;
        }
        if (top.form().length() < token.length() && top.form().length() <= SHORT) {
            // a short word has many neighbours: the letter dropped was more often misread than a speck ("étus", "tré")
            confidence *= 0.7;
        }
        if (capitalised && isProperNoun(top.form()) && Fold.fold(token).equals(lower)) {
            // "Gerard" is how some people write Gérard: accents are never added to a name, only repaired
            confidence *= 0.5;
        }
        return Optional.of(new Candidate(Folding.restoreCase(token, top.form()), top.cost(), confidence));
    }

    private boolean isProperNoun(String form) {
        return Character.isUpperCase(form.charAt(0))
                && !lexicon.contains(form.toLowerCase(Locale.FRENCH));
    }

    private record Scored(String form, double cost, int frequency, double score) {
    }

    private static int accentDifferences(String a, String b) {
        if (a.length() != b.length()) {
            return 2;
        }
        int n = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                n++;
            }
        }
        return n;
    }
}
