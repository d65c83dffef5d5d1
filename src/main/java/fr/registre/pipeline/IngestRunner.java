package fr.registre.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import fr.registre.ingest.Dehyphenator;
import fr.registre.ingest.DocumentSource;
import fr.registre.ingest.DocumentSources;
import fr.registre.ingest.InputFile;
import fr.registre.model.AnalysedDocument;
import fr.registre.model.IngestedDocument;
import fr.registre.model.PageMethod;
import fr.registre.nlp.EntityTagger;
import fr.registre.text.Lexicon;

/**
 * Runs ingest and OCR over many inputs. Pages of all documents are spread over {@code jobs} worker
 * threads; at most {@code jobs + 1} documents are open at once, so memory depends on the number of
 * workers, not on the size of the batch or of a document. A bad input or page is reported in its
 * outcome and never stops the others.
 */
public final class IngestRunner implements AutoCloseable {

    /** Told of progress, from worker threads. */
    @FunctionalInterface
    public interface Listener {
        /** The run starts on this many inputs. */
        default void started(int inputs) {
        }

        /** An input is finished (written, or failed). */
        void finished(DocumentOutcome outcome);

        /** A page of an input is read or recognised. */
        default void pageFinished(InputFile input, int number) {
        }
    }

    private final PipelineOptions options;
    private final DocumentSources sources;
    private final Dehyphenator dehyphenator;
    private final ExecutorService workers;
    private final RecognizerPool recognizers;
    private final Analyser analyser;

    public IngestRunner(PipelineOptions options) {
        Lexicon lexicon = Lexicon.french();
        this.options = options;
        this.sources = new DocumentSources(options.ingest(), lexicon);
        this.dehyphenator = new Dehyphenator(lexicon);
        this.recognizers = new RecognizerPool(options.ocr());
        this.analyser = new Analyser(options.correction(), EntityTagger.shipped(options.tagging()));
        this.workers = Executors.newFixedThreadPool(options.jobs(), workerThreads());
    }

    /**
     * Processes the inputs, writing each one's outputs under {@code outDir}; the listener gets each
     * full outcome, the caller only their records, in input order, so that a long batch does not
     * keep every document it read.
     */
    public List<DocumentRecord> run(List<InputFile> inputs, Path outDir, Listener listener) throws InterruptedException {
        listener.started(inputs.size());
        Semaphore open = new Semaphore(options.jobs() + 1);
        List<CompletableFuture<DocumentRecord>> running = new ArrayList<>();
        for (InputFile input : inputs) {
            open.acquire();
            CompletableFuture<DocumentOutcome> f = process(input, new OutputFiles(outDir, input.name()), listener);
            running.add(f.handle((outcome, error) -> {
                try {
                    listener.finished(outcome);
                    return DocumentRecord.of(outcome);
                } finally {
                    open.release();
                }
            }));
        }
        return running.stream().map(CompletableFuture::join).toList();
    }

    /** Reads and analyses one input without writing anything: the library entry point for a single document. */
    public AnalysedDocument read(Path file) throws IOException {
        DocumentOutcome outcome = process(new InputFile(file, file.getFileName().toString()), null, o -> { }).join();
        if (outcome.analysis() == null) {
            throw new IOException(file + ": " + outcome.error());
        }
        return outcome.analysis();
    }

    private CompletableFuture<DocumentOutcome> process(InputFile input, OutputFiles out, Listener listener) {
        long start = System.nanoTime();
        DocumentJob job;
        String sha = null;
        try {
            sha = sha256(input.path());
            DocumentSource source = sources.open(input.path());
            job = new DocumentJob(input.path().toString(), sha, source, options.archival() && out != null, dehyphenator);
        } catch (IOException | RuntimeException e) {
            return CompletableFuture.completedFuture(DocumentOutcome.failed(input, sha, reason(e), since(start)));
        }
        CompletableFuture<?>[] pages = new CompletableFuture<?>[job.pageCount()];
        for (int i = 0; i < pages.length; i++) {
            int number = i + 1;
            pages[i] = CompletableFuture.runAsync(() -> {
                job.processPage(number, recognizers.get());
                listener.pageFinished(input, number);
            }, workers);
        }
        String hash = sha;
        return CompletableFuture.allOf(pages).handle((ignored, error) -> finish(input, hash, job, out, start));
    }

    private DocumentOutcome finish(InputFile input, String sha, DocumentJob job, OutputFiles out, long start) {
        try {
            IngestedDocument document = job.document();
            String firstError = document.pages().stream().filter(p -> p.error() != null)
                    .map(p -> "page " + p.number() + ": " + p.error()).findFirst().orElse(null);
            if (document.pages().stream().allMatch(p -> p.method() == PageMethod.FAILED)) {
                // nothing was read: outputs would only be empty shells of a file that is not a document
                String reason = document.pages().size() == 1 ? document.pages().get(0).error() : firstError;
                return DocumentOutcome.failed(input, sha, reason, since(start));
            }
            AnalysedDocument analysis = analyser.analyse(document);
            List<Path> outputs = out == null ? List.of() : job.writeOutputs(analysis, out);
            DocumentOutcome.Status status = firstError == null ? DocumentOutcome.Status.DONE : DocumentOutcome.Status.PARTIAL;
            return new DocumentOutcome(input, sha, status, analysis, firstError, outputs, since(start));
        } catch (IOException | RuntimeException e) {
            return DocumentOutcome.failed(input, sha, "cannot write outputs: " + e.getMessage(), since(start));
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

    /** Hex SHA-256 of a file's bytes. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
        recognizers.close();
    }
}
