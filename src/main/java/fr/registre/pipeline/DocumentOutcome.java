package fr.registre.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import fr.registre.ingest.InputFile;
import fr.registre.model.AnalysedDocument;
import fr.registre.model.IngestedDocument;

/**
 * What became of one input.
 *
 * @param input    the input
 * @param sha256   hash of the input's bytes, null if they could not be read
 * @param status   how it ended
 * @param analysis the document read and analysed, or null when the input could not be opened
 * @param error    one-line reason for a failure (or for the first failed page), else null
 * @param outputs  the files written for it, JSON last
 * @param elapsed  wall time spent on it
 * @param retry    the failure may pass on another run (disk full, I/O error, timeout), as a fault of the
 *                 input itself does not
 */
public record DocumentOutcome(InputFile input, String sha256, Status status, AnalysedDocument analysis, String error,
                              List<Path> outputs, Duration elapsed, boolean retry) {

    public DocumentOutcome {
        outputs = List.copyOf(outputs);
    }

    /** How processing of an input ended. */
    public enum Status {
        /** Every page was read. */
        DONE,
        /** Outputs were written, but some pages failed. */
        PARTIAL,
        /** Nothing could be read; no outputs. */
        FAILED
    }

    public static DocumentOutcome failed(InputFile input, String sha256, String error, Duration elapsed,
                                         boolean retry) {
        return new DocumentOutcome(input, sha256, Status.FAILED, null, error, List.of(), elapsed, retry);
    }

    /** The pages read, or null when the input could not be opened. */
    public IngestedDocument document() {
        return analysis == null ? null : analysis.ingested();
    }

    /** True when this input should make the run's exit status non-zero. */
    public boolean isFailure() {
        return status != Status.DONE;
    }
}
