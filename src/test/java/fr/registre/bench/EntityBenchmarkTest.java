package fr.registre.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import fr.registre.Fixtures;
import fr.registre.model.EntityType;
import fr.registre.nlp.train.NerEvaluation;

/** The entity benchmark on the annotated samples and the shared real texts, with the floors. */
class EntityBenchmarkTest {

    @Test
    void personsAndBeneficiariesOfOtherAuthoritiesAreFound() throws IOException {
        EntityBenchmark.Scores scores = new EntityBenchmark(Fixtures.REAL_TEXTS, Path.of("models", "ner")).scores();
        assertEquals(18, scores.texts().size());
        assertTrue(scores.personRecall() >= 0.95, "person recall on the real texts: " + scores.personRecall());
        assertEquals(1.0, scores.beneficiaryRecall(), "every grant beneficiary found: " + scores.texts());
        NerEvaluation.Score persons = scores.samples(EntityType.PERSON);
        assertTrue(persons.precision() >= 0.97 && persons.recall() >= 0.97, persons.toString());
        NerEvaluation.Score bodies = scores.samples(EntityType.ORGANIZATION);
        assertTrue(bodies.recall() >= 0.85, bodies.toString());
    }
}
