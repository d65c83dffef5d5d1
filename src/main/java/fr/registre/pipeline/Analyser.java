package fr.registre.pipeline;

import java.util.List;

import fr.registre.correct.OcrCorrector;
import fr.registre.extract.DeliberationExtractor;
import fr.registre.model.AnalysedDocument;
import fr.registre.model.CorrectedText;
import fr.registre.model.Entity;
import fr.registre.model.IngestedDocument;
import fr.registre.nlp.EntityTagger;

/** The stages after ingest, applied in order to a document's text: correct, tag, extract. Thread-safe. */
final class Analyser {

    private final OcrCorrector corrector;
    private final EntityTagger tagger;
    private final DeliberationExtractor extractor;

    Analyser(OcrCorrector corrector, EntityTagger tagger, DeliberationExtractor extractor) {
        this.corrector = corrector;
        this.tagger = tagger;
        this.extractor = extractor;
    }

    AnalysedDocument analyse(IngestedDocument document) {
        CorrectedText corrected = corrector.correct(document.rawText());
        List<Entity> entities = tagger.tag(corrected.text());
        return new AnalysedDocument(document, corrected, entities, extractor.extract(corrected.text(), entities));
    }
}
