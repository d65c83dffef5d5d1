package fr.registre.ocr;

/**
 * Which cleaning steps run before OCR.
 *
 * @param binarize  adaptive (Sauvola) binarisation instead of Tesseract's global Otsu threshold
 * @param sauvolaK  Sauvola sensitivity
 * @param deskew    detect and correct page rotation
 * @param despeckle remove isolated specks after binarisation
 */
public record PreprocessOptions(boolean binarize, double sauvolaK, boolean deskew, boolean despeckle) {

    public static PreprocessOptions defaults() {
        return new PreprocessOptions(true, 0.2, true, true);
    }

    /** Hand the page to Tesseract as rendered. */
    public static PreprocessOptions none() {
        return new PreprocessOptions(false, 0.2, false, false);
    }

    /** The steps as an archive's processing description: "deskew; Sauvola binarisation; despeckle; recognition". */
    public String describe() {
        StringBuilder steps = new StringBuilder();
        if (deskew) {
            steps.append("deskew; ");
        }
        if (binarize) {
            steps.append("Sauvola binarisation; ");
            if (despeckle) {
                steps.append("despeckle; ");
            }
        }
        return steps.append("recognition").toString();
    }
}
