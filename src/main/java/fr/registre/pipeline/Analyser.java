package fr.registre.pipeline;

import fr.registre.correct.OcrCorrector;
import fr.registre.extract.DeliberationExtractor;
import fr.registre.model.AnalysedDocument;
import fr.registre.model.CorrectedText;
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
        return new AnalysedDocument(document, corrected, tagger.tag(corrected.text()), extractor.extract(corrected.text()));
    }
}
