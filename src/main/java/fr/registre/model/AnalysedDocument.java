package fr.registre.model;

/**
 * A document after every stage: what was read, and the corrected text.
 *
 * @param ingested  pages and raw text, as read
 * @param corrected the raw text corrected, with the record of every change
 * @param deliberation the structured record extracted from the corrected text
 */
public record AnalysedDocument(IngestedDocument ingested, CorrectedText corrected, Deliberation deliberation) {

    public AnalysedDocument {
        if (!corrected.raw().equals(ingested.rawText())) {
            throw new IllegalArgumentException("the correction is not of this document's text");
        }
    }
}
