package fr.registre.pipeline;

import fr.registre.correct.CorrectorOptions;
import fr.registre.correct.OcrCorrector;
import fr.registre.extract.DeliberationExtractor;
import fr.registre.model.AnalysedDocument;
import fr.registre.model.CorrectedText;
import fr.registre.model.IngestedDocument;

/** The stages after ingest, applied in order to a document's text. Thread-safe. */
public final class Analyser {

    private final OcrCorrector corrector;
    private final DeliberationExtractor extractor = new DeliberationExtractor();

    public Analyser(CorrectorOptions correction) {
        this.corrector = new OcrCorrector(correction);
    }

    public AnalysedDocument analyse(IngestedDocument document) {
        CorrectedText corrected = corrector.correct(document.rawText());
        return new AnalysedDocument(document, corrected, extractor.extract(corrected.text()));
    }
}
