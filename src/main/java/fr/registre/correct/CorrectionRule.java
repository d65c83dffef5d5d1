package fr.registre.correct;

import java.util.List;

import fr.registre.model.Correction;

/**
 * One family of OCR repairs. A rule proposes changes with a confidence; the {@link OcrCorrector}
 * arbitrates between overlapping proposals and applies those above its threshold.
 */
interface CorrectionRule {

    /** Adds this rule's proposals for {@code text} to {@code out}. */
    void propose(TokenizedText text, List<Correction> out);
}
