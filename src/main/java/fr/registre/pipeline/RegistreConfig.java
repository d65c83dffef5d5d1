package fr.registre.pipeline;

import fr.registre.correct.CorrectorOptions;
import fr.registre.ingest.IngestOptions;
import fr.registre.nlp.TaggerOptions;
import fr.registre.ocr.OcrOptions;

/**
 * Everything a {@link Registre} loads and how its stages behave; immutable.
 *
 * @param ingest     how inputs are read
 * @param ocr        how page images are recognised; null when no OCR engine is to be loaded (text only)
 * @param jobs       worker threads, each lent one OCR engine at a time
 * @param correction how the text is corrected
 * @param tagging    how persons and organisations are tagged
 */
public record RegistreConfig(IngestOptions ingest, OcrOptions ocr, int jobs, CorrectorOptions correction,
                             TaggerOptions tagging) {

    public RegistreConfig {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
    }

    /** French OCR with preprocessing, one worker per core, default correction and tagging. */
    public static RegistreConfig defaults() {
        return new RegistreConfig(IngestOptions.defaults(), OcrOptions.defaults(),
                Runtime.getRuntime().availableProcessors(), CorrectorOptions.defaults(), TaggerOptions.defaults());
    }

    /** Text stages only: nothing of Tesseract is loaded, and pages that need OCR fail. */
    /**
     * What of this configuration shapes a document's outputs, as text: a batch redoes the documents an
     * earlier run made under other settings. Threads and time limits only change how fast.
     */
    public String outputSettings() {
        String recognition = ocr == null ? "none" : String.join(",", ocr.language(), String.valueOf(ocr.tessdataPath()),
                "psm " + ocr.pageSegMode(), ocr.preprocess().toString(), ocr.thresholding().name());
        return "ingest=" + ingest + " ocr=" + recognition + " correction=" + correction + " tagging=" + tagging;
    }

    public RegistreConfig withoutOcr() {
        return new RegistreConfig(ingest, null, jobs, correction, tagging);
    }

    public RegistreConfig withIngest(IngestOptions options) {
        return new RegistreConfig(options, ocr, jobs, correction, tagging);
    }

    public RegistreConfig withOcr(OcrOptions options) {
        return new RegistreConfig(ingest, options, jobs, correction, tagging);
    }

    public RegistreConfig withJobs(int n) {
        return new RegistreConfig(ingest, ocr, n, correction, tagging);
    }

    public RegistreConfig withCorrection(CorrectorOptions options) {
        return new RegistreConfig(ingest, ocr, jobs, options, tagging);
    }

    public RegistreConfig withTagging(TaggerOptions options) {
        return new RegistreConfig(ingest, ocr, jobs, correction, options);
    }
}
