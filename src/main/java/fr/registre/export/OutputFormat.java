package fr.registre.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The files an ingest run can write for a document, in the order they are written (JSON last). */
public enum OutputFormat {
    /** {@code NAME.raw.txt}: the text before correction, pages separated by a form feed. */
    RAW_TEXT("raw", ".raw.txt", false),
    /** {@code NAME.txt}: the corrected text. */
    TEXT("txt", ".txt", false),
    /** {@code NAME.alto.xml}: ALTO 4 word boxes and confidences of the OCR'd pages. */
    ALTO("alto", ".alto.xml", true),
    /** {@code NAME.ocr.pdf}: a searchable PDF/A-2b. */
    PDF("pdf", ".ocr.pdf", true),
    /** {@code NAME.json}: everything, written last so that a complete JSON means complete outputs. */
    JSON("json", ".json", false);

    private final String label;
    private final String suffix;
    private final boolean ocrOnly;

    OutputFormat(String label, String suffix, boolean ocrOnly) {
        this.label = label;
        this.suffix = suffix;
        this.ocrOnly = ocrOnly;
    }

    /** The name used on the command line ({@code --outputs txt,json,alto,pdf}). */
    public String label() {
        return label;
    }

    /** What the file name ends with. */
    public String suffix() {
        return suffix;
    }

    /** Written only for documents with OCR'd pages. */
    public boolean ocrOnly() {
        return ocrOnly;
    }

    public static Optional<OutputFormat> ofLabel(String label) {
        return Arrays.stream(values()).filter(f -> f.label.equals(label.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
