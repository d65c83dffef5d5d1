package fr.registre.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A text and the record a careful reader makes of it: a {@code NAME.txt} with its
 * {@code NAME.gold.json} (format in {@code ../shared/real-texts/README.md}).
 */
record GoldText(String name, String text, JsonNode gold) {

    static final String SUFFIX = ".gold.json";

    /** Every text of {@code dir} that has a gold record beside it, by name; none when the directory is missing. */
    static List<GoldText> in(Path dir) throws IOException {
        List<GoldText> golds = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return golds;
        }
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path gold : files.filter(f -> f.toString().endsWith(SUFFIX)).sorted().toList()) {
                String name = gold.getFileName().toString().replace(SUFFIX, "");
                golds.add(new GoldText(name, Files.readString(gold.resolveSibling(name + ".txt"), StandardCharsets.UTF_8),
                        json.readTree(gold.toFile())));
            }
        }
        return golds;
    }

    /** The gold record of one of the project's samples, bundled with the benchmarks. */
    static GoldText sample(String sample) throws IOException {
        try (InputStream gold = GoldText.class.getResourceAsStream("texts/" + sample + SUFFIX)) {
            return new GoldText(sample, ScanSet.text(sample), new ObjectMapper().readTree(gold));
        }
    }
}
