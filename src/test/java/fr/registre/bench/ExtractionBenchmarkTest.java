package fr.registre.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.registre.Fixtures;

/** The extraction benchmark on the shared real texts, with floors so that a regression fails the build. */
class ExtractionBenchmarkTest {

    @Test
    void recordsOfOtherAuthoritiesStayAboveTheirFloors() throws IOException {
        assertTrue(Files.isDirectory(Fixtures.REAL_TEXTS), "the shared real texts are beside the project");
        List<ExtractionScore> scores = new ExtractionBenchmark(Fixtures.REAL_TEXTS).scores();
        List<ExtractionScore> samples = scores.stream().filter(ExtractionBenchmark::isSample).toList();
        List<ExtractionScore> shared = scores.stream().filter(s -> !ExtractionBenchmark.isSample(s)).toList();
        ExtractionScore texts = ExtractionBenchmark.total("texts", shared);
        assertEquals(18, shared.size());
        assertEquals(3, samples.size());
        floor(texts, "attendance", 0.97);
        floor(texts, "proxies", 0.95);
        floor(texts, "votes", 0.95);
        floor(texts, "vote items", 0.80);
        floor(texts, "vote names", 0.95);
        floor(texts, "date", 0.95);
        floor(texts, "declared", 0.95);
        floor(texts, "grants", 0.95);
        floor(texts, "president", 0.85);
        floor(texts, "numbers", 0.85);
        floor(texts, "substitutes", 1.0);
        floor(texts, "authority", 0.80);
        floor(texts, "secretary", 0.90);
        floor(texts, "body", 0.95);
        ExtractionScore own = ExtractionBenchmark.total("samples", samples);
        for (String field : List.of("attendance", "proxies", "declared", "votes", "vote items", "date", "grants", "numbers",
                "president", "secretary", "authority", "body")) {
            floor(own, field, 1.0);
        }
    }

    private static void floor(ExtractionScore total, String field, double f1) {
        ExtractionScore.Count c = total.count(field);
        assertTrue(c.f1() >= f1, total.text() + " " + field + ": F1 " + c.f1() + " below " + f1 + " (" + c + ")");
    }

    @Test
    void namesCompareAsTheGoldSays() {
        assertTrue(NameMatch.samePerson("L. Chapon", "CHAPON Loïc"));
        assertTrue(NameMatch.samePerson("Mme Éléonore DUPRÉ", "eleonore dupre"));
        assertTrue(NameMatch.samePerson("LAURET", "Jean LAURET"));
        assertFalse(NameMatch.samePerson("P. Chapon", "CHAPON Loïc"));
        assertFalse(NameMatch.samePerson("Jean LAURET", "Paul LAURET"));
    }
}
