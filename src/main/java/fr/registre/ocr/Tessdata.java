package fr.registre.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the directory holding Tesseract's language models before any engine starts, so that a missing
 * language is one actionable message (the Debian package to install) instead of Tesseract's own
 * diagnostics for every page. The French {@code tessdata_best} model registre ships is read unless
 * another model is asked for.
 */
public final class Tessdata {

    /** Where Debian, Ubuntu and source builds put the models, newest first. */
    private static final List<String> SYSTEM_DIRS = List.of("/usr/share/tesseract-ocr/5/tessdata",
            "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/local/share/tessdata", "/usr/share/tessdata");

    /** The languages registre ships a {@code tessdata_best} model of, in {@code models/tessdata/}. */
    private static final Set<String> SHIPPED = Set.of("fra");
    private static final String SHIPPED_RESOURCE = "/models/tessdata/";

    private Tessdata() {
    }

    /** Where the system's models may be: {@code TESSDATA_PREFIX} first, then the usual directories. */
    private static List<String> systemDirs() {
        List<String> dirs = new ArrayList<>();
        String prefix = System.getenv("TESSDATA_PREFIX");
        if (prefix != null && !prefix.isBlank()) {
            dirs.add(prefix);
            dirs.add(Path.of(prefix, "tessdata").toString());
        }
        dirs.addAll(SYSTEM_DIRS);
        return dirs;
    }

    /**
     * A directory holding {@code language}'s model: {@code preferred} when it does, else the system's;
     * null when none does (the orientation model {@code osd} comes with Tesseract, not with registre).
     */
    static String holding(String language, String preferred) {
        List<String> dirs = new ArrayList<>();
        if (preferred != null) {
            dirs.add(preferred);
        }
        dirs.addAll(systemDirs());
        return firstHolding(dirs, List.of(language));
    }

    /** The first of {@code dirs} that holds a model for every one of {@code languages}, or null. */
    private static String firstHolding(Iterable<String> dirs, List<String> languages) {
        for (String dir : dirs) {
            if (languages.stream().allMatch(l -> Files.isRegularFile(Path.of(dir, l + ".traineddata")))) {
                return dir;
            }
        }
        return null;
    }

    /**
     * The shipped models unpacked where Tesseract can read them: a directory of the temporary
     * directory named by the models' digest, written once (to a temporary name, then renamed, so
     * that concurrent runs never read half a file) and reused by every later run.
     */
    private static Path shipped() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Map<String, byte[]> models = new LinkedHashMap<>();
            for (String language : SHIPPED.stream().sorted().toList()) {
                try (InputStream in = Tessdata.class.getResourceAsStream(SHIPPED_RESOURCE + language + ".traineddata")) {
                    if (in == null) {
                        throw new MissingDependencyException("the shipped " + language + " model is missing from the jar;"
                                + " rebuild registre, or read with --ocr-model fast");
                    }
                    byte[] bytes = in.readAllBytes();
                    digest.update(bytes);
                    models.put(language, bytes);
                }
            }
            Path dir = Path.of(System.getProperty("java.io.tmpdir"),
                    "registre-tessdata-" + HexFormat.of().formatHex(digest.digest()).substring(0, 16));
            Files.createDirectories(dir);
            for (Map.Entry<String, byte[]> model : models.entrySet()) {
                Path file = dir.resolve(model.getKey() + ".traineddata");
                if (!Files.isRegularFile(file) || Files.size(file) != model.getValue().length) {
                    Path part = Files.createTempFile(dir, model.getKey(), ".part");
                    Files.write(part, model.getValue());
                    Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            return dir;
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new MissingDependencyException("cannot unpack the shipped Tesseract model into "
                    + System.getProperty("java.io.tmpdir") + " (" + e.getMessage() + "); read with --ocr-model fast");
        }
    }

    /**
     * The options with {@code tessdataPath} set to a directory holding every language they name.
     *
     * @throws MissingDependencyException when no such directory exists, naming the package to install
     */
    public static OcrOptions resolve(OcrOptions options) {
        List<String> languages = List.of(options.language().split("\\+"));
        if (options.tessdataPath() == null && options.model() == OcrModel.BEST && languages.stream().allMatch(SHIPPED::contains)) {
            return options.withTessdataPath(shipped().toString());
        }
        Set<String> candidates = new LinkedHashSet<>();
        if (options.tessdataPath() != null) {
            candidates.add(options.tessdataPath());
        } else {
            candidates.addAll(systemDirs());
        }
        String dir = firstHolding(candidates, languages);
        if (dir != null) {
            return options.withTessdataPath(dir);
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
