package fr.registre.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a batch run did.
 *
 * @param processed records of the inputs processed by this run, in input order
 * @param skipped   records of the inputs left as an earlier run finished them
 * @param elapsed   wall time of this run
 */
public record RunResult(List<DocumentRecord> processed, List<DocumentRecord> skipped, Duration elapsed) {

    public RunResult {
        processed = List.copyOf(processed);
        skipped = List.copyOf(skipped);
    }

    /** Every input of the batch. */
    public List<DocumentRecord> all() {
        return Stream.concat(processed.stream(), skipped.stream()).toList();
    }

    /** True if an input of the batch, processed now or earlier, is failed or partial. */
    public boolean hasFailures() {
        return all().stream().anyMatch(DocumentRecord::isFailure);
    }
}
