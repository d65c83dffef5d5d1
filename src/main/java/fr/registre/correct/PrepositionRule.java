package fr.registre.correct;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import fr.registre.model.Correction;
import fr.registre.text.Lexicon;

/**
 * "a" and "&amp;" where French needs the preposition "à": before a time ("&amp; 11h00"), an
 * infinitive ("vise a renforcer") or, after a word that cannot be the subject of "a", an article
 * ("favorable a la délibération"; but "la Métropole a la charge" is left alone).
 */
final class PrepositionRule implements CorrectionRule {

    static final String NAME = "preposition";

    private static final Pattern TIME = Pattern.compile("\\d{1,2}\\s?[hH](\\d{2})?|\\d{1,2}");
    private static final Pattern ARTICLE = Pattern.compile("(?i)(la|le|les|un|une|ce|cette|ces|son|sa|ses|leur|leurs"
            + "|compter|partir|hauteur|titre|savoir|[lI1]['’]\\p{L}+)");
    private static final Set<String> SUBJECTS = Set.of("il", "elle", "on", "qui", "y", "ce", "cela", "ceci", "qu",
            "que", "ne", "n", "en", "lui", "elles", "ils", "chacun", "nul", "tout");

    private final Lexicon lexicon;

    PrepositionRule(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void propose(TokenizedText text, List<Correction> out) {
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean ampersand = t.text().equals("&");
            if (!ampersand && !t.text().equals("a")) {
                continue;
            }
            Token next = text.next(i);
            if (next == null) {
                continue;
            }
            double confidence = confidence(ampersand, text.previous(i), next);
            if (confidence > 0) {
                out.add(new Correction(t.start(), t.end(), t.text(), "à", NAME, confidence));
            }
        }
    }

    private double confidence(boolean ampersand, Token previous, Token next) {
        String n = next.text();
        if (TIME.matcher(n).matches()) {
            return 0.95;
        }
        if (isInfinitive(n)) {
            return 0.9;
        }
        if (ARTICLE.matcher(n).matches()) {
            if (ampersand) {
                return 0.9;
            }
            return previous != null && cannotBeSubject(previous.text()) ? 0.8 : 0;
        }
        return 0;
    }

    private boolean isInfinitive(String word) {
        List<String> tags = lexicon.tags(word.toLowerCase(Locale.FRENCH));
        return !tags.isEmpty() && tags.stream().allMatch(tag -> tag.startsWith("V inf"));
    }

    /** An adjective, participle, infinitive or adverb before "a la" means the "a" is not the verb. */
    private boolean cannotBeSubject(String word) {
        String lower = word.toLowerCase(Locale.FRENCH);
        if (SUBJECTS.contains(lower) || Folding.isCapitalised(word)) {
            return false;
        }
        List<String> tags = lexicon.tags(lower);
        return !tags.isEmpty() && tags.stream().noneMatch(tag -> tag.startsWith("N") || tag.startsWith("Z")
                || tag.startsWith("R")) && tags.stream().anyMatch(tag -> tag.startsWith("J") || tag.startsWith("V inf")
                || tag.startsWith("V ppa") || tag.startsWith("A"));
    }
}
