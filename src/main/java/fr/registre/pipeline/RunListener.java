package fr.registre.pipeline;

import fr.registre.ingest.InputFile;

/** Told of a run's progress, from worker threads: the progress hook of {@link Registre#run}. */
@FunctionalInterface
public interface RunListener {

    /** The run starts on this many inputs (those an earlier run finished are not counted). */
    default void started(int inputs) {
    }

    /** An input is finished (written, or failed). */
    void finished(DocumentOutcome outcome);

    /** A page of an input is read or recognised. */
    default void pageFinished(InputFile input, int number) {
    }

    /** A listener that ignores everything. */
    static RunListener none() {
        return outcome -> { };
    }
}
