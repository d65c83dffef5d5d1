package fr.registre.pipeline;

import java.util.EnumSet;
import java.util.Set;

import fr.registre.export.OutputFormat;

/**
 * How a batch run writes.
 *
 * @param outputs the files written for each document; ALTO and PDF only for documents with OCR'd
 *                pages, JSON always last
 * @param force   process every input, even those an earlier run into the same directory finished
 */
public record RunOptions(Set<OutputFormat> outputs, boolean force) {

    public RunOptions {
        outputs = outputs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(outputs));
    }

    /** Every output, resuming an earlier run. */
    public static RunOptions defaults() {
        return new RunOptions(EnumSet.allOf(OutputFormat.class), false);
    }

    public RunOptions withOutputs(Set<OutputFormat> formats) {
        return new RunOptions(formats, force);
    }

    public RunOptions withForce(boolean f) {
        return new RunOptions(outputs, f);
    }
}
