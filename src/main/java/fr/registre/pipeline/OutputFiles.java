package fr.registre.pipeline;

import java.nio.file.Path;

/** Where the outputs of one input go: {@code DIR/NAME.*}. */
public record OutputFiles(Path dir, String name) {

    public Path rawText() {
        return file(".raw.txt");
    }

    public Path text() {
        return file(".txt");
    }

    public Path json() {
        return file(".json");
    }

    public Path alto() {
        return file(".alto.xml");
    }

    public Path searchablePdf() {
        return file(".ocr.pdf");
    }

    private Path file(String suffix) {
        return dir.resolve(name + suffix);
    }
}
