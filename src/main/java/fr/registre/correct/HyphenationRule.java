package fr.registre.correct;

import java.util.List;

import fr.registre.model.Correction;
import fr.registre.text.Dehyphenator;

/**
 * Rejoins words OCR read broken across lines ("conclu-⏎sions" → "conclusions"), as a recorded
 * change: the raw text keeps the page's line ends, as the engine read them, and the corrected text
 * reads on. A compound broken at its own hyphen ("Aix-Marseille-⏎Provence") reads right as it is
 * and is left alone.
 */
public final class HyphenationRule implements CorrectionRule {

    /** The rule's name in the record of changes. */
    public static final String NAME = "hyphenation";

    private final Dehyphenator dehyphenator;

    HyphenationRule(Dehyphenator dehyphenator) {
        this.dehyphenator = dehyphenator;
    }

    @Override
    public void propose(TokenizedText text, List<Correction> out) {
        String raw = text.raw();
        for (Dehyphenator.Join j : dehyphenator.joins(raw)) {
            if (j.compound()) {
                continue;
            }
            out.add(new Correction(j.start(), j.end(), raw.substring(j.start(), j.end()), j.replacement(), NAME, 0.95));
        }
    }
}
