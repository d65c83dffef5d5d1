package fr.registre.ocr;

import java.time.Duration;

/** OCR could not run or could not finish a page. */
public class OcrException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OcrException(String message) {
        super(message);
    }

    /** A page that overran its time limit, said the same wherever the limit is enforced. */
    public static OcrException timedOut(Duration limit) {
        return new OcrException("OCR timed out after " + limit.toSeconds() + " s");
    }
}
