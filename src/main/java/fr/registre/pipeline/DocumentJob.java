package fr.registre.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

import fr.registre.io.AtomicFiles;
import fr.registre.export.DocumentJson;
import fr.registre.ingest.BadInputException;
import fr.registre.ingest.Dehyphenator;
import fr.registre.ingest.DocumentSource;
import fr.registre.ingest.PageContent;
import fr.registre.model.AnalysedDocument;
import fr.registre.model.IngestedDocument;
import fr.registre.model.Page;
import fr.registre.model.PageMethod;
import fr.registre.ocr.AltoWriter;
import fr.registre.ocr.OcrException;
import fr.registre.ocr.PageRecognizer;
import fr.registre.ocr.SearchablePdfWriter;

/**
 * One open document on its way through ingest and OCR. Pages are processed independently, on any
 * worker thread and in any order; {@link #finish} then assembles them in order and writes the
 * outputs. Only the pages being worked on are held as images.
 */
final class DocumentJob {

    private static final String SOFTWARE = "registre";

    private final String sourceName;
    private final String sha256;
    private final DocumentSource source;
    private final boolean archival;
    private final Dehyphenator dehyphenator;
    private final AtomicReferenceArray<Page> pages;
    private SearchablePdfWriter searchablePdf;

    DocumentJob(String sourceName, String sha256, DocumentSource source, boolean archival, Dehyphenator dehyphenator) {
        this.sourceName = sourceName;
        this.sha256 = sha256;
        this.source = source;
        this.archival = archival;
        this.dehyphenator = dehyphenator;
        this.pages = new AtomicReferenceArray<>(source.pageCount());
    }

    int pageCount() {
        return pages.length();
    }

    /** Reads or recognises page {@code number}; failures are recorded on the page, never thrown. */
    void processPage(int number, PageRecognizer recognizer) {
        Page page;
        try {
            PageContent content = source.page(number);
            if (content instanceof PageContent.TextLayer t) {
                page = Page.fromTextLayer(number, t.widthPt(), t.heightPt(), t.text());
            } else {
                PageRecognizer.Recognized r = recognizer.recognize((PageContent.Raster) content);
                page = r.page().withText(dehyphenator.apply(r.page().text()));
                if (archival) {
                    searchablePdf().addOcrPage(r.page(), r.image());
                }
            }
        } catch (BadInputException | OcrException e) {
            page = Page.failed(number, e.getMessage());
        } catch (IOException | RuntimeException e) {
            page = Page.failed(number, "internal error: " + e);
        }
        pages.set(number - 1, page);
    }

    private synchronized SearchablePdfWriter searchablePdf() throws IOException {
        if (searchablePdf == null) {
            searchablePdf = new SearchablePdfWriter();
        }
        return searchablePdf;
    }

    /** The document as read so far (call after every page has been processed). */
    IngestedDocument document() {
        List<Page> list = new ArrayList<>(pages.length());
        for (int i = 0; i < pages.length(); i++) {
            Page p = pages.get(i);
            list.add(p != null ? p : Page.failed(i + 1, "page was not processed"));
        }
        return new IngestedDocument(sourceName, sha256, list);
    }

    /**
     * Writes the outputs, archival ones first and the JSON last, so that a complete JSON means a
     * complete set of outputs; returns the files written.
     */
    List<Path> writeOutputs(AnalysedDocument analysis, OutputFiles out) throws IOException {
        IngestedDocument document = analysis.ingested();
        List<Path> written = new ArrayList<>(List.of(out.rawText(), out.text()));
        AtomicFiles.writeString(out.rawText(), document.rawText());
        AtomicFiles.writeString(out.text(), analysis.corrected().text());
        if (archival && document.hasOcrPages()) {
            written.add(out.alto());
            written.add(out.searchablePdf());
            AtomicFiles.write(out.alto(), o -> new AltoWriter(SOFTWARE).write(sourceName, document.pages(), o));
            SearchablePdfWriter pdf = searchablePdf();
            for (Page p : document.pages()) {
                if (p.method() != PageMethod.OCR) {
                    source.pdfPage(p.number()).ifPresent(original -> pdf.addOriginalPage(p.number(), original));
                }
            }
            AtomicFiles.write(out.searchablePdf(), pdf::save);
        }
        AtomicFiles.write(out.json(), o -> DocumentJson.write(DocumentJson.of(analysis), o));
        written.add(out.json());
        return written;
    }

    /** Releases the source and any temporary files. */
    void close() {
        try {
            if (searchablePdf != null) {
                searchablePdf.close();
            }
            source.close();
        } catch (IOException ignored) {
            // Nothing is lost: outputs are already written or the document already failed.
        }
    }
}
