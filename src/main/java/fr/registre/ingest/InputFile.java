package fr.registre.ingest;

import java.nio.file.Path;

/**
 * An input to process and the name its outputs take.
 *
 * @param path the file
 * @param name output base name, relative to the output directory (mirrors sub-directories of a
 *             walked input directory), without extension
 */
public record InputFile(Path path, String name) {

    /** The file's extension in lower case ("pdf"), or "" when it has none. */
    public String extension() {
        return InputCollector.extension(path);
    }
}
