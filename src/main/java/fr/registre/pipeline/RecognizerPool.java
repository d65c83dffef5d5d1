package fr.registre.pipeline;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import fr.registre.ingest.PageContent;
import fr.registre.ocr.MissingDependencyException;
import fr.registre.ocr.OcrException;
import fr.registre.ocr.OcrOptions;
import fr.registre.ocr.PageRecognizer;
import fr.registre.ocr.Preprocessor;
import fr.registre.ocr.TesseractEngine;
import fr.registre.text.Lexicon;

/**
 * At most {@code size} {@link PageRecognizer}s, each lent to one thread at a time: Tesseract is not
 * thread-safe, and loading its model once per engine rather than once per page is what makes OCR
 * fast. The first engine is created at once, so that a missing library or language fails before any
 * document is opened; the others when the workers first need them.
 *
 * <p>A page is recognised on a thread of the pool's own, and abandoned when it overruns the page
 * timeout: Tesseract's deadline stops recognition but not the layout analysis before it, which takes
 * minutes on a huge dense page. The abandoned engine finishes in the background and comes back to
 * the pool (or is closed, if the pool was closed meanwhile).
 */
final class RecognizerPool implements AutoCloseable {

    /** What a page may take beyond its timeout for the engine to notice its own deadline. */
    private static final long GRACE_MILLIS = 1_000;

    private final OcrOptions options;
    private final Lexicon lexicon;
    private final BlockingQueue<PageRecognizer> idle = new LinkedBlockingQueue<>();
    private final Semaphore creatable;
    private final ExecutorService engines = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "registre-ocr");
        t.setDaemon(true); // an abandoned page never keeps the program from ending
        return t;
    });
    private boolean closed;

    RecognizerPool(OcrOptions options, int size, Lexicon lexicon) {
        this.options = options;
        this.lexicon = lexicon;
        this.creatable = new Semaphore(size - 1);
        PageRecognizer first = create();
        idle.add(first);
    }

    private PageRecognizer create() {
        PageRecognizer recognizer;
        try {
            recognizer = new PageRecognizer(new TesseractEngine(options), new Preprocessor(options.preprocess()), lexicon);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new MissingDependencyException("the Tesseract library cannot be loaded (" + e.getMessage()
                    + "): apt-get install tesseract-ocr");
        }
        return recognizer;
    }

    /**
     * Recognises a page within the page timeout (preprocessing, layout and every pass included).
     *
     * @throws OcrException when the page failed or overran the timeout
     */
    PageRecognizer.Recognized recognize(PageContent.Raster raster) throws InterruptedException {
        PageRecognizer recognizer = acquire();
        Future<PageRecognizer.Recognized> running;
        try {
            running = engines.submit(() -> {
                try {
                    return recognizer.recognize(raster);
                } finally {
                    release(recognizer);
                }
            });
        } catch (RuntimeException e) {
            release(recognizer);
            throw e;
        }
        try {
            return running.get(options.pageTimeout().toMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw OcrException.timedOut(options.pageTimeout());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) { // out of memory is reported as such by the caller
                throw error;
            }
            throw new OcrException("OCR failed: " + e.getCause());
        }
    }

    private PageRecognizer acquire() throws InterruptedException {
        PageRecognizer r = idle.poll();
        if (r != null) {
            return r;
        }
        if (creatable.tryAcquire()) {
            return create();
        }
        return idle.take();
    }

    private synchronized void release(PageRecognizer recognizer) {
        if (closed) {
            recognizer.close();
        } else {
            idle.add(recognizer);
        }
    }

    /** Closes every idle engine, and each busy one as soon as it is done; call once no thread needs the pool. */
    @Override
    public synchronized void close() {
        closed = true;
        engines.shutdown();
        for (PageRecognizer r; (r = idle.poll()) != null; ) {
            r.close();
        }
    }
}
