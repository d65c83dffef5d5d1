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
        List<int[]> ocr = new ArrayList<>();
        int offset = 0;
        for (Page page : document.pages()) {
            if (page.method() == PageMethod.OCR) {
                ocr.add(new int[] {offset, offset + page.text().length()});
            }
            offset += page.text().length() + 1; // the page separator
        }
        List<Correction> kept = new ArrayList<>();
        List<Correction> suggested = new ArrayList<>(corrected.suggestions());
        for (Correction c : corrected.corrections()) {
            (ocr.stream().anyMatch(r -> c.start() >= r[0] && c.end() <= r[1]) ? kept : suggested).add(c);
        }
        suggested.sort(Comparator.comparingInt(Correction::start));
        return CorrectedText.apply(corrected.raw(), kept, suggested);
    }
}
