package fr.registre.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import fr.registre.export.DocumentWriter;
import fr.registre.export.OutputFormat;
import fr.registre.ingest.BadInputException;
import fr.registre.ingest.DocumentSource;
import fr.registre.ingest.DocumentSources;
import fr.registre.ingest.InputFile;
import fr.registre.io.Hashes;
import fr.registre.model.AnalysedDocument;
import fr.registre.model.IngestedDocument;
import fr.registre.model.PageMethod;

/**
 * Runs every stage over documents: pages of all documents are spread over the worker threads (read
 * from the text layer or recognised), then each document is analysed and its outputs written. At most
 * {@code jobs + 1} documents are open at once, so memory depends on the number of workers, not on the
 * size of the batch or of a document. A bad input or page is reported in its outcome and never stops
 * the others.
 */
final class Pipeline implements AutoCloseable {

    private final DocumentSources sources;
    private final RecognizerPool recognizers;
    private final Analyser analyser;
    private final List<DocumentWriter> writers;
    private final int jobs;
    private final ExecutorService workers;

    /** @param recognizers the OCR engines, or null when pages that need OCR are to fail */
    Pipeline(DocumentSources sources, RecognizerPool recognizers, Analyser analyser,
             List<DocumentWriter> writers, int jobs) {
        this.sources = sources;
        this.recognizers = recognizers;
        this.analyser = analyser;
        this.writers = List.copyOf(writers);
        this.jobs = jobs;
        this.workers = Executors.newFixedThreadPool(jobs, workerThreads());
    }

    /**
     * Processes the inputs, writing each one's outputs under {@code outDir}; each outcome is made a
     * record by {@code recorder} (which may keep it, as the manifest does) before the listener gets
     * the full outcome; the caller gets only the records, in input order, so that a long batch does
     * not keep every document it read.
     */
    List<DocumentRecord> run(List<InputFile> inputs, Path outDir, RunOptions options,
                             Function<DocumentOutcome, DocumentRecord> recorder, RunListener listener)
            throws InterruptedException {
        listener.started(inputs.size());
        Semaphore open = new Semaphore(jobs + 1);
        List<CompletableFuture<DocumentRecord>> running = new ArrayList<>();
        for (InputFile input : inputs) {
            open.acquire();
            CompletableFuture<DocumentOutcome> f = process(input, new OutputFiles(outDir, input.name()), options, listener);
            running.add(f.handle((outcome, error) -> {
                try {
                    DocumentRecord record = recorder.apply(outcome);
                    listener.finished(outcome);
                    return record;
                } finally {
                    open.release();
                }
            }));
        }
        try {
            return running.stream().map(CompletableFuture::join).toList();
        } catch (CompletionException e) {
            // an outcome could not be recorded (a full disk under the manifest): the run cannot go on
            throw e.getCause() instanceof UncheckedIOException u ? u : e;
        }
    }

    /** Reads and analyses one input without writing anything. */
    AnalysedDocument read(Path file) throws IOException {
        DocumentOutcome outcome = process(new InputFile(file, file.getFileName().toString()), null,
                RunOptions.defaults(), RunListener.none()).join();
        if (outcome.analysis() == null) {
            throw new IOException(file + ": " + outcome.error());
        }
        return outcome.analysis();
    }

    /** Analyses a text of unknown origin (OCR output, a transcription): corrected throughout. */
    AnalysedDocument analyseText(IngestedDocument document) {
        return analyser.analyse(document, true);
    }

    private CompletableFuture<DocumentOutcome> process(InputFile input, OutputFiles out, RunOptions options,
                                                       RunListener listener) {
        long start = System.nanoTime();
        Opened opened = open(input, out, options, start);
        if (opened.failure() != null) {
            return CompletableFuture.completedFuture(opened.failure());
        }
        DocumentJob job = opened.job();
        CompletableFuture<?>[] pages = new CompletableFuture<?>[job.pageCount()];
        for (int i = 0; i < pages.length; i++) {
            int number = i + 1;
            pages[i] = CompletableFuture.runAsync(() -> {
                job.processPage(number, recognizers);
                listener.pageFinished(input, number);
            }, workers);
        }
        return CompletableFuture.allOf(pages)
                .handle((ignored, error) -> finish(input, job, out, options, start));
    }

    /** The pages of {@code file}, so that it can be read in parts. */
    int pageCount(Path file) throws IOException {
        try (DocumentSource source = sources.open(file)) {
            return source.pageCount();
        }
    }

    /** Reads pages {@code first} to {@code last} of {@code file} on the calling thread. */
    DocumentPart readPart(Path file, int first, int last, RunOptions options) throws IOException {
        DocumentJob job = new DocumentJob(file.toString(), Hashes.sha256(file), sources.open(file),
                options.outputs().contains(OutputFormat.PDF));
        try {
            if (first < 1 || first > last || last > job.pageCount()) {
                throw new IllegalArgumentException("pages " + first + "-" + last + " of a document of " + job.pageCount());
            }
            for (int number = first; number <= last; number++) {
                job.processPage(number, recognizers);
            }
            return job.part(first, last);
        } finally {
            job.close();
        }
    }

    /**
     * Puts together the parts of {@code input} read elsewhere, then analyses it and writes its
     * outputs as {@link #run} does.
     */
    DocumentOutcome assemble(InputFile input, List<DocumentPart> parts, OutputFiles out, RunOptions options) {
        long start = System.nanoTime();
        Opened opened = open(input, out, options, start);
        if (opened.failure() != null) {
            return opened.failure();
        }
        DocumentJob job = opened.job();
        try {
            for (DocumentPart part : parts) {
                if (!part.sha256().equals(job.sha256()) || part.pageCount() != job.pageCount()) {
                    job.close();
                    return DocumentOutcome.failed(input, job.sha256(), "the file changed while its pages were read",
                            since(start), true);
                }
                job.add(part);
            }
        } catch (IOException | RuntimeException e) {
            job.close();
            return DocumentOutcome.failed(input, job.sha256(), "cannot assemble its pages: " + e.getMessage(),
                    since(start), true);
        }
        return finish(input, job, out, options, start);
    }

    /** An input opened for reading, or why it could not be. */
    private record Opened(DocumentJob job, DocumentOutcome failure) {
    }

    private Opened open(InputFile input, OutputFiles out, RunOptions options, long start) {
        String sha = null;
        try {
            sha = Hashes.sha256(input.path());
            DocumentSource source = sources.open(input.path());
            boolean pdf = out != null && options.outputs().contains(OutputFormat.PDF);
            return new Opened(new DocumentJob(input.source(), sha, source, pdf), null);
        } catch (IOException | RuntimeException e) {
            // a file missing or not readable stays so until someone changes it, as bad bytes do
            boolean mayPass = !(e instanceof BadInputException || e instanceof NoSuchFileException
                    || e instanceof AccessDeniedException);
            return new Opened(null, DocumentOutcome.failed(input, sha, reason(e), since(start), mayPass));
        }
    }

    private DocumentOutcome finish(InputFile input, DocumentJob job, OutputFiles out, RunOptions options, long start) {
        String sha = job.sha256();
        try {
            IngestedDocument document = job.document();
            String firstError = job.damage().or(() -> document.pages().stream().filter(p -> p.error() != null)
                    .map(p -> "page " + p.number() + ": " + p.error()).findFirst()).orElse(null);
            if (document.pages().stream().allMatch(p -> p.method() == PageMethod.FAILED)) {
                // nothing was read: outputs would only be empty shells of a file that is not a document
                String reason = document.pages().size() == 1 ? document.pages().get(0).error() : firstError;
                return DocumentOutcome.failed(input, sha, reason, since(start), job.mayPass());
            }
            AnalysedDocument analysis = analyser.analyse(document, false);
            List<Path> outputs = out == null ? List.of() : job.writeOutputs(analysis, writers, options.outputs(), out);
            DocumentOutcome.Status status = firstError == null ? DocumentOutcome.Status.DONE : DocumentOutcome.Status.PARTIAL;
            return new DocumentOutcome(input, sha, status, analysis, firstError, outputs, since(start), job.mayPass());
        } catch (IOException | RuntimeException e) {
            return DocumentOutcome.failed(input, sha, "cannot write outputs: " + e.getMessage(), since(start), true);
        } finally {
            job.close();
        }
    }

    /** One line saying why an input could not be opened; file-system errors name only the path otherwise. */
    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "cannot read: no such file (a broken link?)";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read: permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return "cannot read: " + f.getReason();
        }
        return e.getMessage();
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "registre-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        workers.shutdown();
        try {
            workers.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (recognizers != null) {
            recognizers.close();
        }
    }
}
