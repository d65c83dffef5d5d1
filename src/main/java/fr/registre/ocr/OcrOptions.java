package fr.registre.ocr;

import java.time.Duration;

/**
 * Tesseract settings.
 *
 * @param language     traineddata name(s), e.g. "fra" or "fra+eng"
 * @param tessdataPath directory holding the traineddata, or null for Tesseract's compiled-in default
 * @param pageSegMode  Tesseract page segmentation mode (3 = fully automatic)
 * @param pageTimeout  longest a single page may take before it is abandoned
 * @param preprocess   cleaning applied to page images before the second reading of a doubtful page
 * @param thresholding how Tesseract binarises the page for the first reading
 * @param model        the model read with when {@code tessdataPath} does not name one
 */
public record OcrOptions(String language, String tessdataPath, int pageSegMode, Duration pageTimeout,
                         PreprocessOptions preprocess, Thresholding thresholding, OcrModel model) {

    public static OcrOptions defaults() {
        return new OcrOptions("fra", null, 3, Duration.ofSeconds(120), PreprocessOptions.defaults(), Thresholding.OTSU,
                OcrModel.BEST);
    }

    public OcrOptions withTessdataPath(String path) {
        return new OcrOptions(language, path, pageSegMode, pageTimeout, preprocess, thresholding, model);
    }

    public OcrOptions withModel(OcrModel other) {
        return new OcrOptions(language, tessdataPath, pageSegMode, pageTimeout, preprocess, thresholding, other);
    }
}
