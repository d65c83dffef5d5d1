package fr.registre.cli;

/** The exit status of a {@code registre} command, documented in the README. */
public enum ExitCode {
    /** Everything asked for was done. */
    OK(0),
    /** The run finished, but at least one input failed or is partial (each has its line on stderr). */
    INPUT_FAILED(1),
    /** The command line is wrong. */
    USAGE(2),
    /** Tesseract, a Tesseract language or a model is not installed; nothing was read. */
    MISSING_DEPENDENCY(3),
    /** The output directory cannot be written, or another run is writing it. */
    OUTPUT_ERROR(4),
    /** A defect of registre itself; the message is worth reporting. */
    INTERNAL_ERROR(5);

    private final int status;

    ExitCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
