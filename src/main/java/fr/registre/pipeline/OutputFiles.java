package fr.registre.pipeline;

import java.nio.file.Path;

import fr.registre.export.OutputFormat;

/** Where the outputs of one input go: {@code DIR/NAME.*}. */
public record OutputFiles(Path dir, String name) {

    public Path file(OutputFormat format) {
        return dir.resolve(name + format.suffix());
    }
}
