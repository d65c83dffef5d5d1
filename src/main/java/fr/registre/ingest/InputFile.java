package fr.registre.ingest;

import java.nio.file.Path;

/**
 * An input to process and the name its outputs take.
 *
 * @param path   the file
 * @param name   output base name, relative to the output directory (mirrors sub-directories of a
 *               walked input directory), without extension
 * @param source what the outputs call the input (JSON {@code source}, ALTO {@code fileName}): its
 *               path, or the URI it was fetched from when {@code path} is a local copy
 */
public record InputFile(Path path, String name, String source) {

    /** An input the outputs call by its path. */
    public InputFile(Path path, String name) {
        this(path, name, path.toString());
    }

    /** The file's extension in lower case ("pdf"), or "" when it has none. */
    public String extension() {
        return InputCollector.extension(path);
    }
}
