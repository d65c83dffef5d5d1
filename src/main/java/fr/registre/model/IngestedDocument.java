package fr.registre.model;

import java.util.List;

/**
 * A source document turned into text, page by page: the output of ingest and OCR.
 *
 * @param source  the input path as given
 * @param sha256  hex SHA-256 of the source bytes
 * @param pages   pages in order
 */
public record IngestedDocument(String source, String sha256, List<Page> pages) {

    /** Separates pages in {@link #rawText()}, as in the {@code .raw.txt} output. */
    public static final char PAGE_SEPARATOR = '\f';

    public IngestedDocument {
        pages = List.copyOf(pages);
    }

    /** The text of all pages before any correction, pages separated by a form feed. */
    public String rawText() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            if (i > 0) {
                sb.append(PAGE_SEPARATOR);
            }
            sb.append(pages.get(i).text());
        }
        return sb.toString();
    }

    /** Where each page starts in {@link #rawText()}, in page order. */
    public int[] pageStarts() {
        int[] starts = new int[pages.size()];
        for (int i = 1; i < starts.length; i++) {
            starts[i] = starts[i - 1] + pages.get(i - 1).text().length() + 1; // the page separator
        }
        return starts;
    }

    /** True when at least one page went through OCR. */
    public boolean hasOcrPages() {
        return pages.stream().anyMatch(p -> p.method() == PageMethod.OCR);
    }
}
