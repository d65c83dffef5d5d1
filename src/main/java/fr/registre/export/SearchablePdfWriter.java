package fr.registre.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

import fr.registre.model.Box;
import fr.registre.model.Page;
import fr.registre.model.Word;
import fr.registre.ocr.GrayImage;

/**
 * Builds a searchable PDF: each OCR'd page is its (deskewed) image with the recognised words laid
 * over it as invisible text, so the PDF can be searched and copied from; pages that already had a
 * good text layer are copied unchanged, and a page that could not be read is an A4 sheet saying so,
 * so that page numbers still match the source. Pages may arrive in any order and from several threads;
 * their images are compressed on arrival into a temporary file, so memory does not grow with the
 * page count.
 */
public final class SearchablePdfWriter implements Closeable {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float JPEG_QUALITY = 0.8f;

    private sealed interface Entry permits OcrEntry, CopiedEntry, FailedEntry {
    }

    private record OcrEntry(Page page, PDImageXObject image) implements Entry {
    }

    private record CopiedEntry(PDPage page) implements Entry {
    }

    private record FailedEntry(int number, String reason) implements Entry {
    }

    private final PDDocument pdf;
    private final PDFont font;
    private final Map<Integer, Entry> pages = new TreeMap<>();

    public SearchablePdfWriter() throws IOException {
        this.pdf = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
        try (InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            pdf.registerTrueTypeFontForClosing(ttf);
            // The words are invisible, only found and copied: ligatures would merely cost a regular
            // expression per word (0.034 s a page of 770 words) and make "fi" one glyph.
            ttf.setEnableGsub(false);
            this.font = PDType0Font.load(pdf, ttf, true);
        } catch (IOException | RuntimeException e) {
            pdf.close();
            throw e;
        }
    }

    /** Adds an OCR'd page with the image its word boxes refer to. */
    public synchronized void addOcrPage(Page page, GrayImage image) throws IOException {
        PDImageXObject xobject = JPEGFactory.createFromImage(pdf, image.toBufferedImage(), JPEG_QUALITY, page.dpi());
        pages.put(page.number(), new OcrEntry(page, xobject));
    }

    /**
     * Adds an OCR'd page with its image as {@link #jpeg} gave it, from a writer elsewhere: the pages
     * of one document read by several workers end in one PDF, each image as it was compressed.
     */
    public synchronized void addOcrPage(Page page, byte[] jpeg) throws IOException {
        pages.put(page.number(), new OcrEntry(page, JPEGFactory.createFromByteArray(pdf, jpeg)));
    }

    /** The compressed image of OCR'd page {@code number}, if this writer holds one. */
    public synchronized Optional<byte[]> jpeg(int number) throws IOException {
        if (!(pages.get(number) instanceof OcrEntry ocr)) {
            return Optional.empty();
        }
        try (InputStream in = ocr.image().getCOSObject().createRawInputStream()) {
            return Optional.of(in.readAllBytes());
        }
    }

    /** Adds a page copied from the source PDF; the source must stay open until {@link #save}. */
    public synchronized void addOriginalPage(int number, PDPage page) {
        pages.put(number, new CopiedEntry(page));
    }

    /** Stands in for a page that could not be read, with the reason. */
    public synchronized void addFailedPage(int number, String reason) {
        pages.put(number, new FailedEntry(number, reason));
    }

    /**
     * Assembles the pages in order and writes the PDF. A document made only of OCR'd pages is
     * declared PDF/A-2b, as archives require (its fonts are embedded, its images device-gray under
     * an sRGB output intent); pages copied from a source PDF keep that source's fonts and colours,
     * which registre cannot vouch for, so such a document stays plain PDF.
     */
    public synchronized void save(OutputStream out) throws IOException {
        boolean allOcr = pages.values().stream().noneMatch(e -> e instanceof CopiedEntry);
        for (Entry entry : pages.values()) {
            if (entry instanceof OcrEntry ocr) {
                writeOcrPage(ocr.page(), ocr.image());
            } else if (entry instanceof CopiedEntry copied) {
                pdf.importPage(copied.page());
            } else if (entry instanceof FailedEntry failed) {
                writeFailedPage(failed);
            }
        }
        if (allOcr) {
            PdfA.declare(pdf);
        }
        pdf.save(out);
    }

    private void writeOcrPage(Page page, PDImageXObject image) throws IOException {
        float scale = 72f / page.dpi();
        float widthPt = page.width() * scale;
        float heightPt = page.height() * scale;
        PDPage pdfPage = new PDPage(new PDRectangle(widthPt, heightPt));
        pdf.addPage(pdfPage);
        try (PDPageContentStream cs = new PDPageContentStream(pdf, pdfPage)) {
            cs.drawImage(image, 0, 0, widthPt, heightPt);
            cs.beginText();
            cs.setRenderingMode(RenderingMode.NEITHER);
            for (Word word : page.words()) {
                placeWord(cs, word, scale, heightPt);
            }
            cs.endText();
        }
    }

    private void writeFailedPage(FailedEntry failed) throws IOException {
        PDPage pdfPage = new PDPage(PDRectangle.A4);
        pdf.addPage(pdfPage);
        try (PDPageContentStream cs = new PDPageContentStream(pdf, pdfPage)) {
            cs.beginText();
            cs.setFont(font, 11);
            cs.newLineAtOffset(56, PDRectangle.A4.getHeight() - 72);
            cs.showText(printable("Page " + failed.number() + " could not be read."));
            cs.newLineAtOffset(0, -16);
            cs.showText(printable(failed.reason().length() > 90 ? failed.reason().substring(0, 90) + "…" : failed.reason()));
            cs.endText();
        }
    }

    /** Sizes the word to its box: font size from the box height, horizontal scaling from its width. */
    private void placeWord(PDPageContentStream cs, Word word, float scale, float pageHeightPt) throws IOException {
        String text = printable(word.text());
        Box box = word.box();
        if (text.isEmpty() || box.width() == 0 || box.height() == 0) {
            return;
        }
        float fontSize = Math.max(1f, box.height() * scale);
        float naturalWidth = font.getStringWidth(text) / 1000f * fontSize;
        if (naturalWidth <= 0) {
            return;
        }
        float stretch = box.width() * scale / naturalWidth;
        cs.setFont(font, fontSize);
        cs.setTextMatrix(new Matrix(stretch, 0, 0, 1, box.x() * scale,
                pageHeightPt - box.bottom() * scale + fontSize * 0.2f));
        cs.showText(text + " ");
    }

    /** Keeps the characters the embedded font can draw; the rest would make PDFBox throw. */
    private String printable(String text) throws IOException {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String c = new String(Character.toChars(cp));
            try {
                font.encode(c);
                sb.append(c);
            } catch (IllegalArgumentException unsupported) {
                // dropped: the text stays searchable without the odd symbol
            }
        }
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        pdf.close();
    }
}
