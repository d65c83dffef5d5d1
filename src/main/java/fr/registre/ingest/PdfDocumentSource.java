package fr.registre.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.text.PDFTextStripper;

import fr.registre.text.Dehyphenator;

/**
 * A PDF read with PDFBox. Each page is judged on its own, so a register that mixes typed and
 * scanned pages is handled page by page. A page that is one scan stored at a lower resolution than
 * pages are drawn at is read as that image ({@link StoredScan}); any other page to recognise is drawn.
 * PDFBox documents are not thread-safe: page access is serialised, and callers parallelise the OCR
 * that follows.
 *
 * <p>PDFBox reads damaged files leniently: it rebuilds a missing cross-reference table and draws a
 * page whose image is gone as a blank page, logging the fault. Both are caught here, so that a
 * damaged file is never taken for a complete one: a file without its end-of-file marker, or that a
 * strict parse of every object cannot read, is damaged as a whole, and a page whose content could
 * not all be drawn or read is damaged.
 */
final class PdfDocumentSource implements DocumentSource {

    private final PDDocument document;
    private final PDFRenderer renderer;
    private final PDFTextStripper stripper;
    private final IngestOptions options;
    private final TextLayerQuality quality;
    private final Dehyphenator dehyphenator;
    private final String fileDamage;
    /** The first fault met while drawing or reading the current page; pages are read one at a time. */
    private String pageDamage;

    private PdfDocumentSource(PDDocument document, IngestOptions options, TextLayerQuality quality,
                              Dehyphenator dehyphenator, String fileDamage) throws IOException {
        this.document = document;
        this.renderer = new FaultRecordingRenderer(document);
        this.options = options;
        this.quality = quality;
        this.dehyphenator = dehyphenator;
        this.fileDamage = fileDamage;
        this.stripper = new PDFTextStripper() {
            @Override
            protected void operatorException(Operator operator, List<COSBase> operands, IOException e) {
                recordFault(e);
            }
        };
        stripper.setSortByPosition(true);
        stripper.setPageEnd("");
    }

    static PdfDocumentSource open(Path file, IngestOptions options, TextLayerQuality quality,
                                  Dehyphenator dehyphenator) throws IOException {
        PDDocument document;
        try {
            // Stream data spills to a temp file rather than the heap: registers can run to hundreds of pages.
            document = Loader.loadPDF(file.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            throw new BadInputException("encrypted PDF: a password is required", e);
        } catch (IOException e) {
            throw new BadInputException("corrupt PDF: " + oneLine(e), e);
        }
        try {
            if (document.getNumberOfPages() == 0) {
                throw new BadInputException("PDF has no pages");
            }
            String damage = truncation(file);
            return new PdfDocumentSource(document, options, quality, dehyphenator,
                    damage != null ? damage : strictParseDamage(file));
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
    }

    /**
     * A whole PDF ends with {@code %%EOF} (readers allow it within the last kilobyte); a file cut
     * short does not. Said apart from other damage because it is the commonest and says most: pages
     * may be missing that no page count shows.
     */
    private static String truncation(Path file) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            int tail = (int) Math.min(1024, in.length());
            byte[] bytes = new byte[tail];
            in.seek(in.length() - tail);
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.ISO_8859_1).contains("%%EOF") ? null
                    : "the PDF is truncated (it does not end with %%EOF): pages may be missing";
        }
    }

    /**
     * What a strict parse of every object finds wrong: a cross-reference table not where
     * {@code startxref} says (bytes lost or added), a broken trailer or dictionary, a stream whose
     * length is not what it says. PDFBox reads such files leniently, rebuilding and guessing past the
     * damage, so a document that needed those guesses is reported rather than taken as whole.
     */
    private static String strictParseDamage(Path file) {
        try (RandomAccessReadBufferedFile in = new RandomAccessReadBufferedFile(file.toFile())) {
            PDFParser parser = new PDFParser(in, "", null, null, IOUtils.createTempFileOnlyStreamCache());
            try (PDDocument strict = parser.parse(false)) {
                return firstStrictFault(parser, strict.getDocument());
            }
        } catch (IOException | RuntimeException e) {
            return "the PDF is damaged and was repaired (" + oneLine(e) + "): some of it may be missing";
        }
    }

    /** Parses every object through the parser itself, which throws where a plain dereference only logs. */
    private static String firstStrictFault(PDFParser parser, COSDocument cos) throws IOException {
        for (COSObjectKey key : cos.getXrefTable().keySet()) {
            COSObject object = cos.getObjectFromPool(key);
            if (object != null && parser.dereferenceCOSObject(object) instanceof COSStream stream) {
                try (InputStream raw = stream.createRawInputStream()) {
                    raw.transferTo(OutputStream.nullOutputStream());
                }
            }
        }
        return null;
    }

    @Override
    public Optional<String> damage() {
        return Optional.ofNullable(fileDamage);
    }

    @Override
    public int pageCount() {
        return document.getNumberOfPages();
    }

    @Override
    public synchronized PageContent page(int number) throws IOException {
        PDPage page = document.getPage(number - 1);
        PDRectangle box = page.getCropBox();
        boolean rotated = page.getRotation() % 180 != 0;
        float widthPt = rotated ? box.getHeight() : box.getWidth();
        float heightPt = rotated ? box.getWidth() : box.getHeight();
        if (options.ocrMode() != OcrMode.ALWAYS) {
            pageDamage = null;
            String text = extractText(number);
            if (options.ocrMode() == OcrMode.NEVER || quality.assess(text).usable()) {
                return new PageContent.TextLayer(number, dehyphenator.apply(text),
                        Math.round(widthPt), Math.round(heightPt), pageDamage);
            }
        }
        int dpi = renderDpi(number, widthPt, heightPt);
        Optional<StoredScan> scan = StoredScan.of(page, dpi);
        if (scan.isPresent()) {
            return new PageContent.Raster(number, scan.get().image(), scan.get().dpi(), null);
        }
        try {
            pageDamage = null;
            BufferedImage image = renderer.renderImageWithDPI(number - 1, dpi, ImageType.GRAY);
            return new PageContent.Raster(number, image, dpi, pageDamage);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException("page " + number + " cannot be rendered: " + oneLine(e), e);
        }
    }

    private String extractText(int number) throws BadInputException {
        try {
            stripper.setStartPage(number);
            stripper.setEndPage(number);
            return stripper.getText(document);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException("page " + number + " text layer cannot be read: " + oneLine(e), e);
        }
    }

    /** The configured resolution, lowered for oversized pages so the image stays under the pixel cap. */
    private int renderDpi(int number, float widthPt, float heightPt) throws BadInputException {
        double inches2 = (widthPt / 72.0) * (heightPt / 72.0);
        if (!(inches2 > 0)) {
            throw new BadInputException("page " + number + " has an empty page box");
        }
        int dpi = options.dpi();
        double pixels = inches2 * dpi * dpi;
        if (pixels > options.maxPixels()) {
            dpi = (int) Math.floor(Math.sqrt(options.maxPixels() / inches2));
            if (dpi < options.minDpi()) {
                throw new BadInputException(String.format("page %d is absurdly large (%.0f x %.0f pt)",
                        number, widthPt, heightPt));
            }
        }
        return dpi;
    }

    @Override
    public synchronized Optional<PDPage> pdfPage(int number) {
        return Optional.of(document.getPage(number - 1));
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    private void recordFault(IOException e) {
        if (pageDamage == null) {
            pageDamage = "the page is damaged, part of it could not be drawn: " + oneLine(e);
        }
    }

    /** Draws pages as PDFBox does, recording the faults it would only log. */
    private final class FaultRecordingRenderer extends PDFRenderer {

        FaultRecordingRenderer(PDDocument document) {
            super(document);
        }

        @Override
        protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
            return new PageDrawer(parameters) {
                @Override
                protected void operatorException(Operator operator, List<COSBase> operands, IOException e) {
                    recordFault(e);
                }

                @Override
                public void drawImage(PDImage image) throws IOException {
                    super.drawImage(GraySamples.forDrawing(image));
                }
            };
        }
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}
