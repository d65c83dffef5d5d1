package fr.registre.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import fr.registre.ingest.PageContent;
import fr.registre.model.Box;
import fr.registre.model.Page;
import fr.registre.model.PageMethod;
import fr.registre.text.Lexicon;

/**
 * Reads one page image, deciding from evidence how. The recogniser first reads the page as decoded,
 * as Tesseract alone would. Only when that reading is doubtful (low confidence, unknown words, ink
 * outside every recognised line) is the cleaned page (deskewed, binarised with a window sized from
 * the text, despeckled) read too. Two alike readings are combined word by word, each word taken
 * from the reading the recogniser was surer of; of two far apart, the better is kept. A clean page
 * costs one recognition. When the file gives no resolution, or an absurd one, the height of the
 * letters gives it; a page scanned finer than 300 dpi is read reduced to 300. On a colour page
 * whose coloured ink is a small part of its ink (a stamp, a signature over black text), the page
 * cleaned for the second reading has its coloured ink lightened to paper ({@link ColourDropout}). A
 * reading that is mostly no text at all asks the engine which way the page lies (or, when it cannot
 * tell, tries the three other ways): a page scanned sideways or upside down is turned upright and
 * read again.
 * <p>
 * Holds a {@link Recognizer}, so it is confined to one thread at a time like the engine.
 */
public final class PageRecognizer implements AutoCloseable {

    /** The resolution of archive scans, assumed unless the letters clearly say otherwise. */
    private static final int FALLBACK_DPI = 300;
    /** The binarisation window used only to measure the letters of a page of unknown resolution. */
    private static final int PROBE_DPI = 200;
    /** Two readings whose scores differ by less than this factor are combined; otherwise the better is kept. */
    private static final double ALIKE = 1.25;
    /**
     * Pages scanned finer than this by more than a tenth are read reduced to it: the recogniser gains
     * nothing from the extra pixels and pays for each (the real 400-dpi pages of 1984 read at 300 dpi:
     * CER 2.38% against 2.50%, in 30% less CPU time).
     */
    private static final int READ_DPI = 300;

    private final Recognizer engine;
    private final Preprocessor preprocessor;
    private final Readability readability;
    private final ReadingMerger merger;

    /**
     * @param engine       the OCR engine, owned from now on (closed with this)
     * @param preprocessor how the page is cleaned for the second reading
     * @param lexicon      tells known words, to judge readings
     */
    public PageRecognizer(Recognizer engine, Preprocessor preprocessor, Lexicon lexicon) {
        this.engine = engine;
        this.preprocessor = preprocessor;
        this.readability = new Readability(lexicon);
        this.merger = new ReadingMerger(readability);
    }

    /**
     * A recognised page and the grey image its word boxes refer to.
     *
     * @param page  the page record
     * @param image the page image, for the searchable PDF
     */
    public record Recognized(Page page, GrayImage image) {
    }

    public Recognized recognize(PageContent.Raster raster) {
        Sheet sheet = Sheet.of(raster.image(), raster.dpi());
        int dpi = readingDpi(raster.dpi());
        if (dpi <= 0) {
            TextScale scale = TextScale.measure(preprocessor.binarize(sheet.gray(), PROBE_DPI));
            int measured = scale.measured() ? scale.resolution(FALLBACK_DPI) : FALLBACK_DPI;
            sheet = sheet.atReadingResolution(measured);
            dpi = readingDpi(measured);
        }
        BufferedImage decoded = sheet.colour();
        GrayImage gray = sheet.gray();
        // colour goes to the engine as decoded; a grey page as the grey image already made
        OcrResult reading = decoded != null ? engine.recognize(decoded, dpi) : engine.recognize(gray, dpi);
        // the page binarised, made only for a page that is garbled or doubtful
        GrayImage binary = null;
        // a page scanned sideways or upside down reads as garbage: set it upright when the engine can tell how
        int turned = 0;
        if (readability.garbled(reading)) {
            binary = preprocessor.enabled() ? preprocessor.binarize(gray, dpi) : null;
            int told = engine.quartersToUpright(binary != null ? binary : gray, dpi);
            // when the engine cannot tell (too few letters it knows upside down), each other way is tried
            for (int quarters : told != 0 ? List.of(told) : List.of(2, 1, 3)) {
                GrayImage uprightPage = gray.turned(quarters);
                OcrResult upright = engine.recognize(uprightPage, dpi);
                if (readability.score(upright) > ALIKE * Math.max(0, readability.score(reading))) {
                    reading = upright;
                    gray = uprightPage;
                    binary = binary == null ? null : binary.turned(quarters);
                    turned = quarters;
                    break;
                }
            }
        }
        GrayImage image = gray;
        double skew = 0;
        if (preprocessor.enabled() && readability.doubtful(reading, inkCovered(gray, dpi, reading))) {
            binary = binary != null ? binary : preprocessor.binarize(gray, dpi);
            // coloured ink over black text (a stamp, a signature) is dropped from the page to clean
            int quarters = turned;
            Optional<GrayImage> dropped = decoded == null ? Optional.empty()
                    : ColourDropout.of(decoded, gray.turned(-quarters), binary.turned(-quarters)).map(page -> page.turned(quarters));
            Preprocessor.Prepared cleaned = dropped.isPresent()
                    ? preprocessor.prepare(dropped.get(), preprocessor.binarize(dropped.get(), dpi), dpi)
                    : preprocessor.prepare(gray, binary, dpi);
            OcrResult second = engine.recognize(cleaned.forOcr(), dpi);
            double plainScore = Math.max(0, readability.score(reading));
            double cleanedScore = Math.max(0, readability.score(second));
            if (dropped.isPresent()) {
                // The page without its coloured ink is the reading to trust unless far worse (the
                // coloured ink was text after all): the plain reading, whose lines under a stamp are
                // torn, only brings back what the other lacks, on the cleaned page's geometry.
                if (plainScore <= ALIKE * cleanedScore) {
                    skew = cleaned.skewDegrees();
                    reading = merger.merge(second, reading, rotation(gray, skew));
                    // the page is kept as scanned, stamps included, only straightened
                    image = skew == 0 ? gray : Deskewer.rotate(gray, -skew);
                }
            } else if (cleanedScore > ALIKE * plainScore) {
                // of two readings far apart (a page half lost to a global threshold) the better is kept alone
                reading = second;
                image = cleaned.upright();
                skew = cleaned.skewDegrees();
            } else if (plainScore <= ALIKE * cleanedScore) {
                // two alike readings are combined word by word on the plain one's lines and geometry
                reading = merger.merge(reading, second, rotation(gray, -cleaned.skewDegrees()));
            }
        }
        // a page where nothing was read is as doubtful as a page can be: it heads the review list
        double confidence = reading.confidence() == null ? 0 : reading.confidence();
        Page page = new Page(raster.number(), PageMethod.OCR, confidence, gray.width(), gray.height(),
                dpi, reading.text(), reading.blocks(), skew, raster.damage());
        return new Recognized(page, image);
    }

    /**
     * The share of the page's ink inside the reading's lines, judged on the page halved and
     * binarised: where ink lies shows as well there, for a quarter of the work of binarising the
     * page, which a clean page is then spared.
     */
    private double inkCovered(GrayImage gray, int dpi, OcrResult reading) {
        return Readability.inkCovered(preprocessor.binarize(gray.halved(), Math.max(1, dpi / 2)), reading, 0.5);
    }

    /** The resolution a page of {@code dpi} is read at. */
    private static int readingDpi(int dpi) {
        return dpi > READ_DPI * 1.1 ? READ_DPI : dpi;
    }

    /**
     * A page as it is read: its colour image when it has colours (else null), and its grey image.
     *
     * @param colour the page in colour, or null
     * @param gray   the page in grey
     */
    private record Sheet(BufferedImage colour, GrayImage gray) {

        /**
         * A scan at {@link #READ_DPI} when it was scanned finer by more than a tenth, else as it is:
         * a colour scan is reduced before its grey copy is made, so that copy is made once.
         */
        static Sheet of(BufferedImage scan, int dpi) {
            if (!GrayImage.inColour(scan)) {
                return new Sheet(null, GrayImage.of(scan)).atReadingResolution(dpi);
            }
            BufferedImage colour = reduced(scan, dpi);
            return new Sheet(colour, GrayImage.of(colour));
        }

        /**
         * This page at {@link #READ_DPI} when it was scanned finer by more than a tenth, else this
         * page. The grey page is reduced on its bytes ({@link GrayImage#reduced}).
         */
        Sheet atReadingResolution(int dpi) {
            if (readingDpi(dpi) == dpi) {
                return this;
            }
            return colour == null ? new Sheet(null, gray.reduced((double) READ_DPI / dpi)) : of(colour, dpi);
        }

        /**
         * A colour page at {@link #READ_DPI} when scanned finer by more than a tenth: by halves, then
         * once more, each step with bilinear interpolation, so that every pixel of the scan counts.
         */
        private static BufferedImage reduced(BufferedImage page, int dpi) {
            if (readingDpi(dpi) == dpi) {
                return page;
            }
            BufferedImage out = page;
            double rest = (double) READ_DPI / dpi;
            for (; rest < 0.5; rest *= 2) {
                out = scaled(out, 0.5);
            }
            return scaled(out, rest);
        }

        private static BufferedImage scaled(BufferedImage page, double factor) {
            int w = Math.max(1, (int) Math.round(page.getWidth() * factor));
            int h = Math.max(1, (int) Math.round(page.getHeight() * factor));
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
            Graphics2D g = out.createGraphics();
            // transparent parts of the scan lie on white paper
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(page, 0, 0, w, h, null);
            g.dispose();
            return out;
        }
    }

    /**
     * Maps boxes of the page deskewed by the preprocessor onto the page as scanned: the two are the
     * same size and turn about the centre, so a rotation by {@code -skew} degrees does it.
     */
    private static UnaryOperator<Box> rotation(GrayImage page, double degrees) {
        if (degrees == 0) {
            return UnaryOperator.identity();
        }
        double rad = Math.toRadians(degrees);
        double cos = StrictMath.cos(rad);
        double sin = StrictMath.sin(rad);
        double cx = page.width() / 2.0;
        double cy = page.height() / 2.0;
        return box -> {
            if (box == null) {
                return null;
            }
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (int[] corner : new int[][] {{box.x(), box.y()}, {box.right(), box.y()}, {box.x(), box.bottom()}, {box.right(), box.bottom()}}) {
                double dx = corner[0] - cx;
                double dy = corner[1] - cy;
                double x = cx + dx * cos - dy * sin;
                double y = cy + dx * sin + dy * cos;
                minX = Math.min(minX, x);
                minY = Math.min(minY, y);
                maxX = Math.max(maxX, x);
                maxY = Math.max(maxY, y);
            }
            // a box turned near an edge may reach past the page: it is kept on it
            return Box.ofCorners(Math.max(0, (int) Math.floor(minX)), Math.max(0, (int) Math.floor(minY)),
                    Math.min(page.width(), (int) Math.ceil(maxX)), Math.min(page.height(), (int) Math.ceil(maxY)));
        };
    }

    @Override
    public void close() {
        engine.close();
    }
}
