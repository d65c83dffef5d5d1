package fr.registre.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Files of one entry per line, such as rosters and word lists: blank lines and '#' comments are skipped. */
public final class ListFile {

    private ListFile() {
    }

    /** The entries of a UTF-8 list file, stripped, in order. */
    public static List<String> read(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
