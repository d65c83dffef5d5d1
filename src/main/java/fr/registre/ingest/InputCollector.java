package fr.registre.ingest;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Expands the command-line inputs into files: files are taken as given (whatever their extension,
 * so that a mislabelled file is reported rather than silently skipped); directories are walked
 * recursively for PDFs and page images, in a stable order, leaving out hidden files and the output
 * directory (so that a run's own outputs are never read back as inputs). Each input is named by its
 * path relative to the directory walked; the batch makes names that clash unique.
 */
public final class InputCollector {

    private static final Set<String> EXTENSIONS = Set.of("pdf", "png", "jpg", "jpeg", "tif", "tiff", "gif", "bmp", "jp2",
            "j2k", "jpx");

    private InputCollector() {
    }

    public static List<InputFile> collect(List<Path> inputs) throws IOException {
        return collect(inputs, null);
    }

    /** @param outDir the directory outputs go to, left out of every walk; null when there is none */
    public static List<InputFile> collect(List<Path> inputs, Path outDir) throws IOException {
        Path excluded = outDir == null ? null : outDir.toAbsolutePath().normalize();
        List<InputFile> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                for (Path p : walk(input, excluded)) {
                    files.add(new InputFile(p, stripExtension(input.relativize(p))));
                }
            } else {
                files.add(new InputFile(input, stripExtension(input.getFileName())));
            }
        }
        return files;
    }

    /** The documents under {@code root}, linked directories followed (each once), sorted. */
    private static List<Path> walk(Path root, Path excluded) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        boolean skip = !dir.equals(root) && (dir.getFileName().toString().startsWith(".")
                                || excluded != null && dir.toAbsolutePath().normalize().startsWith(excluded));
                        return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (isDocument(file) && !file.getFileName().toString().startsWith(".")) {
                            found.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        // a link back up the tree was walked already; an unreadable directory is no document
                        if (isDocument(file)) {
                            found.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        found.sort(null);
        return found;
    }

    /** True for a file of a kind ingest reads (PDF or image), by its extension. */
    public static boolean isDocument(Path p) {
        return EXTENSIONS.contains(extension(p));
    }

    static String extension(Path p) {
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
