package fr.registre.pipeline;

import fr.registre.correct.CorrectorOptions;
import fr.registre.ingest.IngestOptions;
import fr.registre.nlp.TaggerOptions;
import fr.registre.ocr.OcrOptions;

/**
 * Settings of an ingest run.
 *
 * @param ingest     how inputs are read
 * @param ocr        how page images are recognised
 * @param jobs       worker threads, each with its own OCR engine
 * @param archival   also write ALTO and a searchable PDF for documents with OCR'd pages
 * @param correction how the text is corrected
 * @param tagging    how persons and organisations are tagged
 */
public record PipelineOptions(IngestOptions ingest, OcrOptions ocr, int jobs, boolean archival,
                              CorrectorOptions correction, TaggerOptions tagging) {

    public PipelineOptions {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
    }

    public static PipelineOptions defaults() {
        return new PipelineOptions(IngestOptions.defaults(), OcrOptions.defaults(),
                Runtime.getRuntime().availableProcessors(), true,
                CorrectorOptions.defaults(), TaggerOptions.defaults());
    }
}
