package fr.registre.pipeline;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import fr.registre.export.OutputFormat;
import fr.registre.ingest.InputFile;

/**
 * Gives each input of a batch output names of its own. An input an earlier run into the same
 * directory recorded keeps the name it had, so a run resumes it; any other input takes its
 * collected name (its path relative to the walked directory) unless one of that name's files would
 * be another input's ({@code a.pdf} writes {@code a.raw.txt}, which {@code a.raw.pdf} would also
 * write as its text; a file of the same name from another directory, in this run or an earlier
 * one), in which case the input's extension, then a number, is added. File names are compared
 * without case, as some file systems do.
 */
final class OutputNames {

    private final Map<String, String> nameBySource = new HashMap<>();
    private final Map<String, String> sourceByFile = new HashMap<>();

    /** @param manifest what earlier runs into the output directory recorded */
    OutputNames(Manifest manifest) {
        for (DocumentRecord r : manifest.records()) {
            String source = key(Path.of(r.source()));
            nameBySource.put(source, r.name());
            files(r.name()).forEach(f -> sourceByFile.put(f, source));
        }
    }

    /** The input under the name its outputs take in this batch. */
    InputFile assign(InputFile input) {
        String source = key(input.path());
        String earlier = nameBySource.get(source);
        if (earlier != null && freeFor(earlier, source)) {
            return claim(input, earlier, source);
        }
        String extension = input.extension();
        String withExtension = extension.isEmpty() ? input.name() : input.name() + "." + extension;
        String candidate = input.name();
        for (int i = 1; !freeFor(candidate, source); i++) {
            candidate = i == 1 && !extension.isEmpty() ? withExtension : withExtension + "-" + i;
        }
        return claim(input, candidate, source);
    }

    private InputFile claim(InputFile input, String name, String source) {
        nameBySource.put(source, name);
        files(name).forEach(f -> sourceByFile.put(f, source));
        return new InputFile(input.path(), name, input.source());
    }

    private boolean freeFor(String name, String source) {
        return files(name).stream().allMatch(f -> sourceByFile.getOrDefault(f, source).equals(source));
    }

    private static Set<String> files(String name) {
        Set<String> files = new HashSet<>();
        for (OutputFormat f : OutputFormat.values()) {
            files.add((name + f.suffix()).toLowerCase(Locale.ROOT));
        }
        return files;
    }

    private static String key(Path source) {
        return source.toAbsolutePath().normalize().toString();
    }
}
