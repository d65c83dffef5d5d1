package fr.registre.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the command-line inputs into files: files are taken as given (whatever their extension,
 * so that a mislabelled file is reported rather than silently skipped); directories are walked
 * recursively for PDFs and page images, in a stable order.
 */
public final class InputCollector {

    private static final Set<String> EXTENSIONS = Set.of("pdf", "png", "jpg", "jpeg", "tif", "tiff", "gif", "bmp");

    private InputCollector() {
    }

    public static List<InputFile> collect(List<Path> inputs) throws IOException {
        List<InputFile> files = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> found;
                try (Stream<Path> walk = Files.walk(input)) {
                    found = walk.filter(p -> !Files.isDirectory(p) && isDocument(p) && !isHidden(input, p))
                            .sorted().toList();
                }
                for (Path p : found) {
                    files.add(new InputFile(p, unique(names, stripExtension(input.relativize(p)), p)));
                }
            } else {
                files.add(new InputFile(input, unique(names, stripExtension(input.getFileName()), input)));
            }
        }
        return files;
    }

    /** Name clashes (x.pdf beside x.png) keep the extension in the output name. */
    private static String unique(Set<String> taken, String name, Path file) {
        String candidate = name;
        if (!taken.add(candidate)) {
            candidate = name + "." + extension(file);
            for (int i = 2; !taken.add(candidate); i++) {
                candidate = name + "." + extension(file) + "-" + i;
            }
        }
        return candidate;
    }

    private static boolean isDocument(Path p) {
        return EXTENSIONS.contains(extension(p));
    }

    private static boolean isHidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String stripExtension(Path relative) {
        String s = relative.toString().replace('\\', '/');
        int dot = s.lastIndexOf('.');
        int slash = s.lastIndexOf('/');
        return dot > slash + 1 ? s.substring(0, dot) : s;
    }
}
