package fr.registre.nlp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import fr.registre.io.ListFile;

/**
 * How to tag.
 *
 * @param knownNames persons known from outside the document ("Prénom NOM", one per entry), e.g. the
 *                   members of a council; found wherever they occur, as the document's own
 *                   attendance names are
 */
public record TaggerOptions(List<String> knownNames) {

    public TaggerOptions {
        knownNames = List.copyOf(knownNames);
    }

    public static TaggerOptions defaults() {
        return new TaggerOptions(List.of());
    }

    /** Options with the names of {@code file}, one per line; '#' starts a comment. */
    public static TaggerOptions withRoster(Path file) throws IOException {
        return new TaggerOptions(ListFile.read(file));
    }
}
