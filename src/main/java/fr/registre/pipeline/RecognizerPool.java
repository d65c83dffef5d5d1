package fr.registre.pipeline;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;

import fr.registre.ocr.MissingDependencyException;
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
 */
final class RecognizerPool implements AutoCloseable {

    private final OcrOptions options;
    private final Lexicon lexicon;
    private final BlockingQueue<PageRecognizer> idle = new LinkedBlockingQueue<>();
    private final BlockingQueue<PageRecognizer> all = new LinkedBlockingQueue<>();
    private final Semaphore creatable;

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
        all.add(recognizer);
        return recognizer;
    }

    /** An engine for this thread's page; give it back with {@link #release}. */
    PageRecognizer acquire() throws InterruptedException {
        PageRecognizer r = idle.poll();
        if (r != null) {
            return r;
        }
        if (creatable.tryAcquire()) {
            return create();
        }
        return idle.take();
    }

    void release(PageRecognizer recognizer) {
        idle.add(recognizer);
    }

    /** Closes every engine; call once no thread uses the pool any more. */
    @Override
    public void close() {
        for (PageRecognizer r; (r = all.poll()) != null; ) {
            r.close();
        }
    }
}
