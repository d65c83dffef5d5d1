package fr.registre.ingest;

import java.io.IOException;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDPage;

/**
 * An open input document that yields its pages one at a time, so that only the pages being
 * processed are held in memory. Implementations are safe to call from several threads.
 */
public interface DocumentSource extends AutoCloseable {

    /** Number of pages (at least 1). */
    int pageCount();

    /**
     * Why the file as a whole is damaged (it ends early, so pages may be missing that no page count
     * shows), or empty when it is whole.
     */
    default Optional<String> damage() {
        return Optional.empty();
    }

    /**
     * Reads page {@code number} (1-based): its text layer when usable under the options, otherwise
     * its image.
     *
     * @throws BadInputException when this page cannot be read
     */
    PageContent page(int number) throws IOException;

    /**
     * The original PDF page, for outputs that copy typed pages unchanged; empty for images.
     * The page is valid until the source is closed.
     */
    default Optional<PDPage> pdfPage(int number) {
        return Optional.empty();
    }

    @Override
    void close() throws IOException;
}
