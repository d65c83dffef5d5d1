package fr.registre.ocr;

/**
 * Which French model Tesseract reads with. {@link #BEST} is {@code tessdata_best} in its integer
 * form, shipped with registre: fewer errors on real and damaged pages at the same speed. {@link
 * #FAST} is the system's model (Debian's {@code tesseract-ocr-fra}, from {@code tessdata_fast}), and
 * serves every language registre does not ship.
 */
public enum OcrModel {
    BEST, FAST
}
