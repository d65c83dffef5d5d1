package fr.registre.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import fr.registre.ingest.InputFile;
import fr.registre.io.AtomicFiles;

/**
 * An ingest run over a batch that a later run can resume. Inputs whose last record in the
 * output directory's {@link Manifest} has the same source hash and whose outputs are all there are
 * skipped (unless forced); every input finished is recorded in the manifest as soon as its outputs
 * are written; temporary files a killed run left are removed first; {@code report.md} sums up the
 * whole batch, skipped inputs included.
 */
public final class BatchRun {

    public static final String REPORT = "report.md";

    /**
     * What a run did.
     *
     * @param processed records of the inputs processed by this run, in input order
     * @param skipped   records of the inputs left as an earlier run finished them
     * @param elapsed   wall time of this run
     */
    public record Result(List<DocumentRecord> processed, List<DocumentRecord> skipped, Duration elapsed) {

        public Result {
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

    private BatchRun() {
    }

    /**
     * Runs the batch.
     *
     * @param force    process every input, even those an earlier run finished
     * @param listener told of pages and inputs as they finish (skipped inputs are not reported)
     */
    public static Result run(IngestRunner runner, List<InputFile> inputs, Path outDir, boolean force,
                             IngestRunner.Listener listener) throws IOException, InterruptedException {
        long start = System.nanoTime();
        AtomicFiles.removeStale(outDir);
        List<DocumentRecord> processed;
        List<DocumentRecord> skipped = new ArrayList<>();
        try (Manifest manifest = Manifest.open(outDir)) {
            List<InputFile> todo = new ArrayList<>();
            for (InputFile input : inputs) {
                Optional<DocumentRecord> done = force ? Optional.empty()
                        : manifest.last(input.name()).filter(r -> unchanged(r, input, outDir));
                done.ifPresentOrElse(skipped::add, () -> todo.add(input));
            }
            processed = runner.run(todo, outDir, new IngestRunner.Listener() {
                @Override
                public void started(int count) {
                    listener.started(count);
                }

                @Override
                public void finished(DocumentOutcome outcome) {
                    try {
                        manifest.append(DocumentRecord.of(outcome));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot write " + Manifest.FILE_NAME, e);
                    }
                    listener.finished(outcome);
                }

                @Override
                public void pageFinished(InputFile input, int number) {
                    listener.pageFinished(input, number);
                }
            });
        }
        Result result = new Result(processed, skipped, Duration.ofNanos(System.nanoTime() - start));
        AtomicFiles.writeString(outDir.resolve(REPORT), BatchReport.markdown(result));
        return result;
    }

    /** Same bytes as when the record was made, and its outputs still there; or still unreadable. */
    private static boolean unchanged(DocumentRecord record, InputFile input, Path outDir) {
        String now;
        try {
            now = IngestRunner.sha256(input.path());
        } catch (IOException e) {
            now = null;
        }
        return Objects.equals(record.sha256(), now) && record.outputsPresent(outDir);
    }
}
