package fr.registre.correct;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import fr.registre.model.Correction;
import fr.registre.text.Lexicon;

/**
 * Valid words that grammar shows to be misread: "Oui le rapport" (ouï, heard), and a sentence
 * opening with a noun where a participle belongs ("Annonce dans le cadre" → "Annoncé").
 */
final class PhraseRule implements CorrectionRule {

    static final String NAME = "grammar";

    private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l'", "l’");
    private static final Set<String> PARTICIPLE_FOLLOWERS = Set.of("dans", "par", "lors", "au", "aux", "depuis",
            "selon");

    private final Lexicon lexicon;

    PhraseRule(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void propose(TokenizedText text, List<Correction> out) {
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token next = text.next(i);
            if (next == null) {
                continue;
            }
            String following = next.text().toLowerCase(Locale.FRENCH);
            if (t.text().equalsIgnoreCase("oui") && (ARTICLES.contains(following) || following.startsWith("l'")
                    || following.startsWith("l’"))) {
                String heard = t.text().equals("OUI") ? "OUÏ" : t.text().substring(0, 2) + "ï";
                out.add(new Correction(t.start(), t.end(), t.text(), heard, NAME, 0.9));
            } else if (t.sentenceStart() && Folding.isCapitalised(t.text()) && PARTICIPLE_FOLLOWERS.contains(following)) {
                participle(t).ifPresent(out::add);
            }
        }
    }

    private Optional<Correction> participle(Token t) {
        String lower = t.text().toLowerCase(Locale.FRENCH);
        if (!lower.endsWith("e") || lower.endsWith("ée") || lower.length() < 5) {
            return Optional.empty();
        }
        String participle = lower.substring(0, lower.length() - 1) + "é";
        boolean isParticiple = lexicon.tags(participle).stream().anyMatch(tag -> tag.startsWith("V ppa"));
        boolean wasParticiple = lexicon.tags(lower).stream().anyMatch(tag -> tag.startsWith("V ppa"));
        if (!isParticiple || wasParticiple) {
            return Optional.empty();
        }
        return Optional.of(new Correction(t.start(), t.end(), t.text(),
                Folding.restoreCase(t.text(), participle), NAME, 0.75));
    }
}
