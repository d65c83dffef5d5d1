package fr.registre.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import fr.registre.correct.OcrCorrector;
import fr.registre.extract.DeliberationExtractor;
import fr.registre.model.AnalysedDocument;
import fr.registre.model.CorrectedText;
import fr.registre.model.Correction;
import fr.registre.model.Entity;
import fr.registre.model.IngestedDocument;
import fr.registre.model.Page;
import fr.registre.model.PageMethod;
import fr.registre.nlp.EntityTagger;

/**
 * The stages after ingest, applied in order to a document's text: correct (OCR'd pages only), tag,
 * extract. Thread-safe.
 */
final class Analyser {

    private final OcrCorrector corrector;
    private final EntityTagger tagger;
    private final DeliberationExtractor extractor;

    Analyser(OcrCorrector corrector, EntityTagger tagger, DeliberationExtractor extractor) {
        this.corrector = corrector;
        this.tagger = tagger;
        this.extractor = extractor;
    }

    /**
     * @param everywhere correct text-layer pages too (a text of unknown origin), not only OCR'd ones
     */
    AnalysedDocument analyse(IngestedDocument document, boolean everywhere) {
        CorrectedText all = corrector.correct(document.rawText());
        CorrectedText corrected = everywhere ? all : onOcrPages(document, all);
        List<Entity> entities = tagger.tag(corrected.text());
        return new AnalysedDocument(document, corrected, entities, extractor.extract(corrected.text(), entities));
    }

    /**
     * The corrections that fall on OCR'd pages. A text layer is what its author typed: a change
     * there is more likely to harm than to mend (a name's accents, a spelling the author chose),
     * so it is only suggested, for review.
     */
    private static CorrectedText onOcrPages(IngestedDocument document, CorrectedText corrected) {
        if (document.pages().stream().allMatch(p -> p.method() == PageMethod.OCR)) {
            return corrected;
        }
        int[] starts = document.pageStarts();
        List<Correction> kept = new ArrayList<>();
        List<Correction> suggested = new ArrayList<>(corrected.suggestions());
        for (Correction c : corrected.corrections()) {
            (onOcrPage(document, starts, c) ? kept : suggested).add(c);
        }
        suggested.sort(Comparator.comparingInt(Correction::start));
        return CorrectedText.apply(corrected.raw(), kept, suggested);
    }

    private static boolean onOcrPage(IngestedDocument document, int[] starts, Correction c) {
        for (int i = 0; i < starts.length; i++) {
            Page page = document.pages().get(i);
            if (page.method() == PageMethod.OCR && c.start() >= starts[i] && c.end() <= starts[i] + page.text().length()) {
                return true;
            }
        }
        return false;
    }
}
