package fr.registre.pipeline;

import fr.registre.correct.CorrectorOptions;
import fr.registre.correct.OcrCorrector;
import fr.registre.extract.DeliberationExtractor;
import fr.registre.model.AnalysedDocument;
import fr.registre.model.CorrectedText;
import fr.registre.model.IngestedDocument;
import fr.registre.nlp.EntityTagger;

/** The stages after ingest, applied in order to a document's text. Thread-safe. */
public final class Analyser {

    private final OcrCorrector corrector;
    private final EntityTagger tagger;
    private final DeliberationExtractor extractor = new DeliberationExtractor();

    public Analyser(CorrectorOptions correction, EntityTagger tagger) {
        this.corrector = new OcrCorrector(correction);
        this.tagger = tagger;
    }

    public AnalysedDocument analyse(IngestedDocument document) {
        CorrectedText corrected = corrector.correct(document.rawText());
        return new AnalysedDocument(document, corrected, tagger.tag(corrected.text()), extractor.extract(corrected.text()));
    }
}
