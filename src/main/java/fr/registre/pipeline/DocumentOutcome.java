package fr.registre.pipeline;

import java.time.Duration;

import fr.registre.ingest.InputFile;
import fr.registre.model.AnalysedDocument;
import fr.registre.model.IngestedDocument;

/**
 * What became of one input.
 *
 * @param input    the input
 * @param status   how it ended
 * @param analysis the document read and analysed, or null when the input could not be opened
 * @param error    one-line reason for a failure (or for the first failed page), else null
 * @param elapsed  wall time spent on it
 */
public record DocumentOutcome(InputFile input, Status status, AnalysedDocument analysis, String error,
                              Duration elapsed) {

    /** How processing of an input ended. */
    public enum Status {
        /** Every page was read. */
        DONE,
        /** Outputs were written, but some pages failed. */
        PARTIAL,
        /** Nothing could be read; no outputs. */
        FAILED
    }

    public static DocumentOutcome failed(InputFile input, String error, Duration elapsed) {
        return new DocumentOutcome(input, Status.FAILED, null, error, elapsed);
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
