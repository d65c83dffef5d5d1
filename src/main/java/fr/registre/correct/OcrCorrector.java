package fr.registre.correct;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import fr.registre.model.CorrectedText;
import fr.registre.model.Correction;
import fr.registre.model.DisjointSpans;
import fr.registre.text.Dehyphenator;
import fr.registre.text.Lexicon;

/**
 * The correction stage: repairs French OCR errors in a raw text and records every change.
 * Thread-safe; build one with the loaded lexicon and its accent index, and share it.
 */
public final class OcrCorrector {

    private final CorrectorOptions options;
    private final List<CorrectionRule> rules;

    public OcrCorrector(Lexicon lexicon, AccentIndex accents, CorrectorOptions options) {
        this.options = options;
        List<CorrectionRule> r = new ArrayList<>(List.of(
                new WordRule(new WordCorrector(lexicon, accents)),
                new PrepositionRule(lexicon),
                new PhraseRule(lexicon),
                new OrdinalRule(),
                new RosterRule(options.roster(), lexicon),
                new NoiseRule(),
                new HyphenationRule(new Dehyphenator(lexicon))));
        if (options.typography()) {
            r.add(new BulletRule());
        }
        this.rules = List.copyOf(r);
    }

    /**
     * Corrects {@code raw}: confident changes are applied, the others returned as suggestions, as
     * are changes to names and to what was likely written on purpose ({@link NameGuard}).
     */
    public CorrectedText correct(String raw) {
        TokenizedText text = new TokenizedText(raw);
        List<Correction> proposals = new ArrayList<>();
        for (CorrectionRule rule : rules) {
            rule.propose(text, proposals);
        }
        proposals.sort(Comparator.comparingDouble(Correction::confidence).reversed()
                .thenComparingInt(Correction::start));
        List<Correction> applied = new ArrayList<>();
        List<Correction> suggested = new ArrayList<>();
        DisjointSpans<Correction> taken = new DisjointSpans<>();
        NameGuard guard = new NameGuard(raw);
        for (Correction c : proposals) {
            if (c.original().equals(c.replacement()) || !taken.offer(c)) {
                continue;
            }
            (c.confidence() >= options.threshold() && !guard.holdsBack(c) ? applied : suggested).add(round(c));
        }
        suggested.sort(Comparator.comparingInt(Correction::start));
        return CorrectedText.apply(raw, applied, suggested);
    }

    private static Correction round(Correction c) {
        return new Correction(c.start(), c.end(), c.original(), c.replacement(), c.rule(),
                Math.round(c.confidence() * 100) / 100.0);
    }
}
