package fr.registre.model;

/** How the text of a page was obtained. */
public enum PageMethod {
    /** The PDF's own text layer was good enough to use as is. */
    TEXT_LAYER("text-layer"),
    /** The page was rendered (or read as an image) and recognised by OCR. */
    OCR("ocr"),
    /** Neither worked; the page carries an error and no text. */
    FAILED("failed");

    private final String label;

    PageMethod(String label) {
        this.label = label;
    }

    /** The name used in JSON outputs and reports. */
    public String label() {
        return label;
    }
}
