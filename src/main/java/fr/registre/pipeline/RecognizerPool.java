package fr.registre.pipeline;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import fr.registre.ocr.OcrOptions;
import fr.registre.ocr.PageRecognizer;

/**
 * One {@link PageRecognizer} per worker thread, created on the thread's first page: Tesseract is
 * not thread-safe, and loading its model once per worker rather than once per page is what makes
 * OCR fast. Close the pool after its threads have stopped.
 */
final class RecognizerPool implements AutoCloseable {

    private final Queue<PageRecognizer> created = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<PageRecognizer> local;

    RecognizerPool(OcrOptions options) {
        this.local = ThreadLocal.withInitial(() -> {
            PageRecognizer recognizer = new PageRecognizer(options);
            created.add(recognizer);
            return recognizer;
        });
    }

    PageRecognizer get() {
        return local.get();
    }

    @Override
    public void close() {
        for (PageRecognizer r; (r = created.poll()) != null; ) {
            r.close();
        }
    }
}
