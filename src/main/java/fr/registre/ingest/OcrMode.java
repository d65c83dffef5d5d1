package fr.registre.ingest;

/** When pages are sent to OCR. */
public enum OcrMode {
    /** OCR a page only when its text layer is missing or poor. */
    AUTO,
    /** OCR every page, ignoring any text layer. */
    ALWAYS,
    /** Never OCR: use the text layer as it is, even when empty. */
    NEVER
}
