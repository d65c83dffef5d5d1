package fr.registre.cli;

/** The output place cannot be written; no input is at fault. */
final class OutputException extends Exception {

    private static final long serialVersionUID = 1L;

    OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
