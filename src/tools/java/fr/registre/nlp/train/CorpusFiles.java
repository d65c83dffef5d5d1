package fr.registre.nlp.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import fr.registre.io.AtomicFiles;

/**
 * Files of annotated documents ({@link AnnotatedText}), one after another, each ended by a line
 * holding only {@code <DOC>}.
 */
public final class CorpusFiles {

    private static final String END = "<DOC>";
    private static final Pattern SEPARATOR = Pattern.compile("\\n?^" + END + "$\\n?", Pattern.MULTILINE);

    private CorpusFiles() {
    }

    public static List<AnnotatedText> read(Path file) throws IOException {
        List<AnnotatedText> documents = new ArrayList<>();
        for (String marked : SEPARATOR.split(Files.readString(file, StandardCharsets.UTF_8))) {
            if (!marked.isBlank()) {
                documents.add(AnnotatedText.parse(marked));
            }
        }
        return documents;
    }

    /** Writes marked documents (text with inline markers), atomically. */
    public static void write(Path file, List<String> markedDocuments) throws IOException {
        StringBuilder out = new StringBuilder();
        for (String marked : markedDocuments) {
            out.append(marked.strip()).append('\n').append(END).append('\n');
        }
        AtomicFiles.writeString(file, out.toString());
    }
}
