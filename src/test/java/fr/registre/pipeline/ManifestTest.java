package fr.registre.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    @TempDir
    Path dir;

    private static DocumentRecord record(String name, DocumentOutcome.Status status) {
        return new DocumentRecord(name, "in/" + name + ".pdf", "ab12", status,
                List.of(new DocumentRecord.PageRecord(1, "ocr", 0.9, null)), Map.of("lexicon", 3), 2, 1,
                List.of(name + ".json"), 1200, null, "settings", false);
    }

    @Test
    void theLineAKilledRunWasWritingIsCutOffAndTheRestKept() throws IOException {
        try (Manifest m = Manifest.open(dir)) {
            m.append(record("a", DocumentOutcome.Status.DONE));
        }
        Files.writeString(dir.resolve(Manifest.FILE_NAME), "{\"name\":\"b\",\"sour", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        try (Manifest m = Manifest.open(dir)) {
            assertEquals(record("a", DocumentOutcome.Status.DONE), m.last("a").orElseThrow());
            assertTrue(m.last("b").isEmpty());
            m.append(record("b", DocumentOutcome.Status.FAILED));
        }
        List<String> lines = Files.readAllLines(dir.resolve(Manifest.FILE_NAME));
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).startsWith("{\"name\":\"b\""), lines.get(1));
    }

    @Test
    void theLastLineOfAnInputWins() throws IOException {
        try (Manifest m = Manifest.open(dir)) {
            m.append(record("a", DocumentOutcome.Status.FAILED));
            m.append(record("a", DocumentOutcome.Status.DONE));
        }
        try (Manifest m = Manifest.open(dir)) {
            assertEquals(DocumentOutcome.Status.DONE, m.last("a").orElseThrow().status());
        }
    }
}
