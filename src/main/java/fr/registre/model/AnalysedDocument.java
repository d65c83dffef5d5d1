package fr.registre.model;

import java.util.List;

/**
 * A document after every stage: what was read, the corrected text, its names and its record.
 *
 * @param ingested     pages and raw text, as read
 * @param corrected    the raw text corrected, with the record of every change
 * @param entities     persons and organisations, offsets into the corrected text
 * @param deliberation the structured record extracted from the corrected text
 */
public record AnalysedDocument(IngestedDocument ingested, CorrectedText corrected, List<Entity> entities,
                               Deliberation deliberation) {

    public AnalysedDocument {
        entities = List.copyOf(entities);
        if (!corrected.raw().equals(ingested.rawText())) {
            throw new IllegalArgumentException("the correction is not of this document's text");
        }
    }
}
