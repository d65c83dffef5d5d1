package fr.registre.ocr;

/** OCR could not run or could not finish a page. */
public class OcrException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OcrException(String message) {
        super(message);
    }
}
