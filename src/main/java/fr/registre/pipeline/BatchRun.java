package fr.registre.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fr.registre.export.OutputFormat;
import fr.registre.ingest.InputFile;
import fr.registre.io.AtomicFiles;
import fr.registre.io.DirectoryLock;
import fr.registre.io.Hashes;

/**
 * An ingest run over a batch that a later run can resume. Inputs whose last record in the
 * output directory's {@link Manifest} has the same source hash and settings, whose outputs are all
 * there and which did not fail in a way that may pass are skipped (unless forced); each input keeps
 * the output name an earlier run gave it ({@link OutputNames}); every input finished is recorded in
 * the manifest as soon as its outputs are written; one run at a time writes a directory
 * ({@link DirectoryLock}), and the temporary files a killed run left are removed first;
 * {@code report.md} sums up the whole batch, skipped inputs included.
 */
final class BatchRun {

    private final Pipeline pipeline;
    private final RunOptions options;
    private final String settings;

    /** @param configSettings what of the configuration shapes outputs ({@link RegistreConfig#outputSettings()}) */
    BatchRun(Pipeline pipeline, RunOptions options, String configSettings) {
        this.pipeline = pipeline;
        this.options = options;
        this.settings = settings(configSettings, options);
    }

    /** What shaped a document's outputs: the configuration's settings and the formats written. */
    static String settings(String configSettings, RunOptions options) {
        return configSettings + " outputs=" + options.outputs().stream().map(OutputFormat::label).sorted().toList();
    }

    /**
     * Runs the batch.
     *
     * @param listener told of pages and inputs as they finish (skipped inputs are not reported)
     */
    RunResult run(List<InputFile> inputs, Path outDir, RunListener listener) throws IOException, InterruptedException {
        long start = System.nanoTime();
        List<DocumentRecord> processed;
        List<DocumentRecord> skipped = new ArrayList<>();
        try (DirectoryLock lock = DirectoryLock.acquire(outDir); Manifest manifest = Manifest.open(outDir)) {
            // no other run writes here while the lock is held: every temporary file is a killed run's
            AtomicFiles.removeStale(outDir);
            OutputNames names = new OutputNames(manifest);
            List<InputFile> todo = new ArrayList<>();
            for (InputFile collected : inputs) {
                InputFile input = names.assign(collected);
                Optional<DocumentRecord> done = options.force() ? Optional.empty()
                        : manifest.last(input.name()).filter(r -> unchanged(r, input, outDir));
                done.ifPresentOrElse(skipped::add, () -> todo.add(input));
            }
            processed = record(todo, outDir, manifest, listener);
            RunResult result = new RunResult(processed, skipped, Duration.ofNanos(System.nanoTime() - start));
            AtomicFiles.writeString(outDir.resolve(BatchReport.FILE_NAME), BatchReport.markdown(result));
            return result;
        }
    }

    /** Runs the inputs, recording each in the manifest as soon as it is finished. */
    private List<DocumentRecord> record(List<InputFile> todo, Path outDir, Manifest manifest, RunListener listener)
            throws IOException, InterruptedException {
        try {
            return pipeline.run(todo, outDir, options, outcome -> {
                DocumentRecord record = DocumentRecord.of(outcome, outDir, settings);
                try {
                    manifest.append(record);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + Manifest.FILE_NAME, e);
                }
                return record;
            }, listener);
        } catch (UncheckedIOException e) {
            throw new IOException(e.getMessage() + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * Same bytes and settings as when the record was made, its outputs still there, and not a failure
     * that may pass; or still unreadable.
     */
    private boolean unchanged(DocumentRecord record, InputFile input, Path outDir) {
        String now;
        try {
            now = Hashes.sha256(input.path());
        } catch (IOException e) {
            now = null;
        }
        return Objects.equals(record.sha256(), now) && settings.equals(record.settings()) && !record.retry()
                && record.outputsPresent(outDir);
    }
}
