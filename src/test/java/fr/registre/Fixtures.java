package fr.registre;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The bundled sample scans and their ground truth. */
public final class Fixtures {

    public static final Path SCANS = Path.of("scans");

    private Fixtures() {
    }

    public static Path scan(String file) {
        return SCANS.resolve(file);
    }

    /** Ground-truth pages of a sample, in order. */
    public static List<String> groundTruth(String file) {
        int dot = file.lastIndexOf('.');
        Path gt = SCANS.resolve(file.substring(0, dot) + ".gt.txt");
        try {
            return List.of(Files.readString(gt, StandardCharsets.UTF_8).strip().split("\f"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
