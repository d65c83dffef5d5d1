package fr.registre.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

import fr.registre.export.DocumentWriter;
import fr.registre.export.OutputFormat;
import fr.registre.export.SearchablePdfWriter;
import fr.registre.io.AtomicFiles;
import fr.registre.ingest.BadInputException;
import fr.registre.ingest.DocumentSource;
import fr.registre.ingest.PageContent;
import fr.registre.model.AnalysedDocument;
import fr.registre.model.IngestedDocument;
import fr.registre.model.Page;
import fr.registre.model.PageMethod;
import fr.registre.ocr.OcrException;
import fr.registre.ocr.PageRecognizer;

/**
 * One open document on its way through ingest and OCR. Pages are processed independently, on any
 * worker thread and in any order; {@link #writeOutputs} then writes what was read. Only the pages
 * being worked on are held as images; the searchable PDF receives each page image as it is
 * recognised.
 */
final class DocumentJob {

    private final String sourceName;
    private final String sha256;
    private final DocumentSource source;
    private final boolean searchable;
    private final AtomicReferenceArray<Page> pages;
    private SearchablePdfWriter searchablePdf;
    /** A page failed for a reason other than its bytes (a timeout, an I/O error, the heap): another run may pass. */
    private volatile boolean mayPass;

    /** @param searchable whether a searchable PDF is written, so page images must be kept for it */
    DocumentJob(String sourceName, String sha256, DocumentSource source, boolean searchable) {
        this.sourceName = sourceName;
        this.sha256 = sha256;
        this.source = source;
        this.searchable = searchable;
        this.pages = new AtomicReferenceArray<>(source.pageCount());
    }

    int pageCount() {
        return pages.length();
    }

    /**
     * Reads or recognises page {@code number}; failures are recorded on the page, never thrown.
     *
     * @param recognizers the OCR engines, or null when this run does not OCR
     */
    void processPage(int number, RecognizerPool recognizers) {
        Page page;
        try {
            PageContent content = source.page(number);
            if (content instanceof PageContent.TextLayer t) {
                page = Page.fromTextLayer(number, t.widthPt(), t.heightPt(), t.text()).withError(t.damage());
            } else if (recognizers == null) {
                page = Page.failed(number, "the page needs OCR, which this run does not load");
            } else {
                page = recognize((PageContent.Raster) content, recognizers);
            }
        } catch (BadInputException e) {
            page = Page.failed(number, e.getMessage());
        } catch (OcrException e) {
            page = Page.failed(number, e.getMessage());
            mayPass = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            page = Page.failed(number, "interrupted");
            mayPass = true;
        } catch (IOException | RuntimeException e) {
            page = Page.failed(number, "internal error: " + e);
            mayPass = true;
        } catch (OutOfMemoryError e) {
            page = Page.failed(number, "out of memory: the page is too large for the heap (more with REGISTRE_JAVA_OPTS=-Xmx...)");
            mayPass = true;
        }
        pages.set(number - 1, page);
    }

    private Page recognize(PageContent.Raster raster, RecognizerPool recognizers) throws IOException, InterruptedException {
        PageRecognizer.Recognized r = recognizers.recognize(raster);
        if (searchable) {
            searchablePdf().addOcrPage(r.page(), r.image());
        }
        return r.page(); // words broken across lines are rejoined by correction, as recorded changes
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
        for (int number = 1; number <= pages.length(); number++) {
            list.add(page(number));
        }
        return new IngestedDocument(sourceName, sha256, list);
    }

    /** Page {@code number} as read, or a failed page when no worker read it. */
    private Page page(int number) {
        Page p = pages.get(number - 1);
        return p != null ? p : Page.failed(number, "page was not processed");
    }

    /** Pages {@code first} to {@code last} as read so far, with their images for the searchable PDF. */
    DocumentPart part(int first, int last) throws IOException {
        List<Page> read = new ArrayList<>();
        Map<Integer, byte[]> images = new HashMap<>();
        for (int number = first; number <= last; number++) {
            read.add(page(number));
            Optional<byte[]> jpeg = searchablePdf == null ? Optional.empty() : searchablePdf.jpeg(number);
            if (jpeg.isPresent()) {
                images.put(number, jpeg.get());
            }
        }
        return new DocumentPart(sha256, pages.length(), read, images, mayPass);
    }

    /** Takes the pages another worker read, as if they had been read here. */
    void add(DocumentPart part) throws IOException {
        for (Page p : part.pages()) {
            pages.set(p.number() - 1, p);
            byte[] jpeg = part.images().get(p.number());
            if (searchable && jpeg != null) {
                searchablePdf().addOcrPage(p, jpeg);
            }
        }
        mayPass |= part.mayPass();
    }

    /** The SHA-256 of the input. */
    String sha256() {
        return sha256;
    }

    /** True when a page failed for a reason that may pass on another run. */
    boolean mayPass() {
        return mayPass;
    }

    /** Why the file as a whole is damaged, or empty. */
    Optional<String> damage() {
        return source.damage();
    }

    /**
     * Writes the requested outputs in {@link OutputFormat} order, the JSON last, so that a complete
     * JSON means a complete set of outputs; returns the files written.
     */
    List<Path> writeOutputs(AnalysedDocument analysis, List<DocumentWriter> writers, Set<OutputFormat> formats,
                            OutputFiles out) throws IOException {
        boolean ocr = analysis.ingested().hasOcrPages();
        List<Path> written = new ArrayList<>();
        try {
            for (OutputFormat format : OutputFormat.values()) {
                if (!formats.contains(format) || format.ocrOnly() && !ocr) {
                    continue;
                }
                Path file = out.file(format);
                Files.createDirectories(file.getParent());
                if (format == OutputFormat.PDF) {
                    writeSearchablePdf(analysis.ingested(), file);
                } else {
                    DocumentWriter writer = writers.stream().filter(w -> w.format() == format).findFirst()
                            .orElseThrow(() -> new IllegalStateException("no writer for " + format));
                    AtomicFiles.write(file, o -> writer.write(analysis, o));
                }
                written.add(file);
            }
            return written;
        } catch (IOException | RuntimeException e) {
            // a set of outputs without its JSON would be taken for another document's: none is left
            for (Path file : written) {
                Files.deleteIfExists(file);
            }
            throw e;
        }
    }

    private void writeSearchablePdf(IngestedDocument document, Path file) throws IOException {
        SearchablePdfWriter pdf = searchablePdf();
        for (Page p : document.pages()) {
            if (p.method() != PageMethod.OCR) {
                source.pdfPage(p.number()).ifPresentOrElse(original -> pdf.addOriginalPage(p.number(), original),
                        () -> pdf.addFailedPage(p.number(), p.error()));
            }
        }
        AtomicFiles.write(file, pdf::save);
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
