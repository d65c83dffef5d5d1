package fr.registre.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
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
import fr.registre.text.Lexicon;

/**
 * Runs ingest and OCR over many inputs. Pages of all documents are spread over {@code jobs} worker
 * threads; at most {@code jobs + 1} documents are open at once, so memory depends on the number of
 * workers, not on the size of the batch or of a document. A bad input or page is reported in its
 * outcome and never stops the others.
 */
public final class IngestRunner implements AutoCloseable {

    /** Called as each input finishes, from a worker thread. */
    @FunctionalInterface
    public interface Listener {
        void finished(DocumentOutcome outcome);
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
        this.analyser = new Analyser(options.correction());
        this.workers = Executors.newFixedThreadPool(options.jobs(), workerThreads());
    }

    /** Processes the inputs, writing each one's outputs under {@code outDir}, and returns their outcomes in input order. */
    public List<DocumentOutcome> run(List<InputFile> inputs, Path outDir, Listener listener) throws InterruptedException {
        Semaphore open = new Semaphore(options.jobs() + 1);
        List<CompletableFuture<DocumentOutcome>> running = new ArrayList<>();
        for (InputFile input : inputs) {
            open.acquire();
            CompletableFuture<DocumentOutcome> f = process(input, new OutputFiles(outDir, input.name()));
            running.add(f.whenComplete((outcome, error) -> {
                open.release();
                listener.finished(outcome);
            }));
        }
        return running.stream().map(CompletableFuture::join).toList();
    }

    /** Reads and analyses one input without writing anything: the library entry point for a single document. */
    public AnalysedDocument read(Path file) throws IOException {
        DocumentOutcome outcome = process(new InputFile(file, file.getFileName().toString()), null).join();
        if (outcome.analysis() == null) {
            throw new IOException(file + ": " + outcome.error());
        }
        return outcome.analysis();
    }

    private CompletableFuture<DocumentOutcome> process(InputFile input, OutputFiles out) {
        long start = System.nanoTime();
        DocumentJob job;
        try {
            String sha = sha256(input.path());
            DocumentSource source = sources.open(input.path());
            job = new DocumentJob(input.path().toString(), sha, source, options.archival() && out != null, dehyphenator);
        } catch (IOException | RuntimeException e) {
            return CompletableFuture.completedFuture(DocumentOutcome.failed(input, e.getMessage(), since(start)));
        }
        CompletableFuture<?>[] pages = new CompletableFuture<?>[job.pageCount()];
        for (int i = 0; i < pages.length; i++) {
            int number = i + 1;
            pages[i] = CompletableFuture.runAsync(() -> job.processPage(number, recognizers.get()), workers);
        }
        return CompletableFuture.allOf(pages).handle((ignored, error) -> finish(input, job, out, start));
    }

    private DocumentOutcome finish(InputFile input, DocumentJob job, OutputFiles out, long start) {
        try {
            IngestedDocument document = job.document();
            String firstError = document.pages().stream().filter(p -> p.error() != null)
                    .map(p -> "page " + p.number() + ": " + p.error()).findFirst().orElse(null);
            if (document.pages().stream().allMatch(p -> p.method() == PageMethod.FAILED)) {
                // nothing was read: outputs would only be empty shells of a file that is not a document
                String reason = document.pages().size() == 1 ? document.pages().get(0).error() : firstError;
                return DocumentOutcome.failed(input, reason, since(start));
            }
            AnalysedDocument analysis = analyser.analyse(document);
            if (out != null) {
                job.writeOutputs(analysis, out);
            }
            DocumentOutcome.Status status = firstError == null ? DocumentOutcome.Status.DONE : DocumentOutcome.Status.PARTIAL;
            return new DocumentOutcome(input, status, analysis, firstError, since(start));
        } catch (IOException | RuntimeException e) {
            return DocumentOutcome.failed(input, "cannot write outputs: " + e.getMessage(), since(start));
        } finally {
            job.close();
        }
    }

    static String sha256(Path file) throws IOException {
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
