package fr.registre.ingest;

import java.io.IOException;

/** An input that cannot be read, with a one-line reason meant for the user. */
public class BadInputException extends IOException {

    private static final long serialVersionUID = 1L;

    public BadInputException(String reason) {
        super(reason);
    }

    public BadInputException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
