package fr.registre.ocr;

/**
 * A native library or model that the requested work needs is not installed. Raised before any
 * document is opened, with the package that provides it.
 */
public final class MissingDependencyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MissingDependencyException(String message) {
        super(message);
    }
}
