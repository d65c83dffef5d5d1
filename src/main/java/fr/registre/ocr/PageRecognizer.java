package fr.registre.ocr;

import fr.registre.ingest.PageContent;
import fr.registre.model.Page;
import fr.registre.model.PageMethod;

/**
 * Preprocessing plus recognition for one page image. Holds a {@link TesseractEngine}, so it is
 * confined to one thread like the engine.
 */
public final class PageRecognizer implements AutoCloseable {

    private final TesseractEngine engine;
    private final Preprocessor preprocessor;

    public PageRecognizer(OcrOptions options) {
        this.engine = new TesseractEngine(options);
        this.preprocessor = new Preprocessor(options.preprocess());
    }

    /**
     * A recognised page and the upright grey image its word boxes refer to.
     *
     * @param page  the page record
     * @param image the deskewed page image, for the searchable PDF
     */
    public record Recognized(Page page, GrayImage image) {
    }

    public Recognized recognize(PageContent.Raster raster) {
        GrayImage gray = GrayImage.of(raster.image());
        Preprocessor.Prepared prepared = preprocessor.prepare(gray, raster.dpi());
        OcrResult result = engine.recognize(prepared.forOcr(), raster.dpi());
        Page page = new Page(raster.number(), PageMethod.OCR, result.confidence(), gray.width(), gray.height(),
                raster.dpi(), result.text(), result.blocks(), prepared.skewDegrees(), null);
        return new Recognized(page, prepared.upright());
    }

    @Override
    public void close() {
        engine.close();
    }
}
