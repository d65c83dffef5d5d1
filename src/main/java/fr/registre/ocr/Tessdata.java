package fr.registre.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the directory holding Tesseract's language models before any engine starts, so that a missing
 * language is one actionable message (the Debian package to install) instead of Tesseract's own
 * diagnostics for every page.
 */
public final class Tessdata {

    /** Where Debian, Ubuntu and source builds put the models, newest first. */
    private static final List<String> SYSTEM_DIRS = List.of("/usr/share/tesseract-ocr/5/tessdata",
            "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/local/share/tessdata", "/usr/share/tessdata");

    private Tessdata() {
    }

    /**
     * The options with {@code tessdataPath} set to a directory holding every language they name.
     *
     * @throws MissingDependencyException when no such directory exists, naming the package to install
     */
    public static OcrOptions resolve(OcrOptions options) {
        Set<String> candidates = new LinkedHashSet<>();
        if (options.tessdataPath() != null) {
            candidates.add(options.tessdataPath());
        } else {
            String prefix = System.getenv("TESSDATA_PREFIX");
            if (prefix != null && !prefix.isBlank()) {
                candidates.add(prefix);
                candidates.add(Path.of(prefix, "tessdata").toString());
            }
            candidates.addAll(SYSTEM_DIRS);
        }
        List<String> languages = List.of(options.language().split("\\+"));
        for (String dir : candidates) {
            if (languages.stream().allMatch(l -> Files.isRegularFile(Path.of(dir, l + ".traineddata")))) {
                return options.withTessdataPath(dir);
            }
        }
        List<String> missing = new ArrayList<>();
        for (String l : languages) {
            missing.add("tesseract-ocr-" + l.toLowerCase().replace('_', '-'));
        }
        throw new MissingDependencyException("Tesseract language '" + options.language() + "' is not installed (no "
                + languages.get(0) + ".traineddata in " + String.join(", ", candidates) + "): apt-get install "
                + String.join(" ", missing) + (options.tessdataPath() != null ? ", or check --tessdata" : ""));
    }
}
