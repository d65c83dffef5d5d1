package fr.registre.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reviews applied to a document's JSON: the text rebuilt from the raw text, entities moved with it, fields set. */
class ReviewedDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRejectedCorrectionAndAnAcceptedSuggestionRebuildTheTextAndMoveTheEntities() throws Exception {
        // raw: "Le Consei1 de Marseile ; présent : Odile FERRANT"
        ObjectNode doc = (ObjectNode) JSON.readTree("""
                {"rawText": "Le Consei1 de Marseile ; présent : Odile FERRANT",
                 "text": "Le Conseil de Marseille ; présent : Odile FERRANT",
                 "corrections": [
                   {"start": 3, "end": 10, "original": "Consei1", "replacement": "Conseil", "rule": "glyph", "confidence": 0.9},
                   {"start": 14, "end": 22, "original": "Marseile", "replacement": "Marseille", "rule": "lexicon", "confidence": 0.9}],
                 "suggestions": [
                   {"start": 25, "end": 32, "original": "présent", "replacement": "présente", "rule": "lexicon", "confidence": 0.5}],
                 "entities": [{"type": "person", "text": "Odile FERRANT", "start": 36, "end": 49, "source": "model"}],
                 "deliberation": {"attendance": {"present": ["Odile FERRANT"]}}}
                """);
        Instant t = Instant.parse("2026-01-05T10:00:00Z");
        ObjectNode reviewed = ReviewedDocument.apply(doc, List.of(
                new Review("a.json", Review.CORRECTION, "14:22", Review.REJECTED, "clerc", t),
                new Review("a.json", Review.CORRECTION, "25:32", Review.ACCEPTED, "clerc", t.plusSeconds(1)),
                new Review("a.json", Review.FIELD, "/attendance/present/0", "Odile FERRAND", "clerc", t.plusSeconds(2)),
                new Review("a.json", Review.FIELD, "/attendance/present/0", "Odile FERRANDI", "clerc", t.plusSeconds(3))));
        assertEquals("Le Conseil de Marseile ; présente : Odile FERRANT", reviewed.path("text").asText());
        assertEquals("Odile FERRANT", reviewed.at("/entities/0/text").asText());
        assertEquals(36, reviewed.at("/entities/0/start").asInt());
        assertEquals("Odile FERRANDI", reviewed.at("/deliberation/attendance/present/0").asText(), "the latest decision wins");
        assertEquals(3, reviewed.path("reviews").size());
        assertEquals("Le Conseil de Marseille ; présent : Odile FERRANT", doc.path("text").asText(), "the machine output stays");
    }

    @Test
    void countsAndAmountsStayNumbersAndTheRecordStillReads() throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree("""
                {"rawText": "x", "text": "x", "corrections": [], "suggestions": [], "entities": [],
                 "deliberation": {"votes": [{"for": null, "against": 2, "unanimous": false, "abstainers": [],
                                             "againstNames": [], "notVotingNames": []}],
                                  "beneficiaries": [{"name": "Comité des Fêtes", "amount": 1500, "currency": "EUR"}]}}
                """);
        Instant t = Instant.parse("2026-01-05T10:00:00Z");
        ObjectNode reviewed = ReviewedDocument.apply(doc, List.of(
                new Review("a.json", Review.FIELD, "/votes/0/for", "12", "clerc", t),
                new Review("a.json", Review.FIELD, "/votes/0/against", " ", "clerc", t),
                new Review("a.json", Review.FIELD, "/beneficiaries/0/amount", "1 500,50", "clerc", t),
                new Review("a.json", Review.FIELD, "/beneficiaries/0/amount", "1600,50", "clerc", t.plusSeconds(1))));
        assertEquals(12, reviewed.at("/deliberation/votes/0/for").asInt());
        assertEquals(true, reviewed.at("/deliberation/votes/0/for").isIntegralNumber());
        assertEquals(true, reviewed.at("/deliberation/votes/0/against").isNull(), "a blank value clears the field");
        assertEquals(new java.math.BigDecimal("1600.50"), reviewed.at("/deliberation/beneficiaries/0/amount").decimalValue());
        fr.registre.model.Deliberation.Vote vote = new fr.registre.export.DocumentJson().mapper()
                .treeToValue(reviewed.at("/deliberation/votes/0"), fr.registre.model.Deliberation.Vote.class);
        assertEquals(12, vote.forCount());
    }

    @Test
    void aFixReachesEveryCopyOfTheVoteOrGrantInTheRecord() throws Exception {
        String vote = """
                {"item": "Tarifs", "for": 9, "against": 1, "unanimous": false, "abstainers": [], "againstNames": [], "notVotingNames": []}""";
        String other = """
                {"item": "Budget", "for": 5, "against": 5, "unanimous": false, "abstainers": [], "againstNames": [], "notVotingNames": []}""";
        String grant = """
                {"name": "Comité des Fêtes", "amount": 1500, "currency": "EUR"}""";
        ObjectNode doc = (ObjectNode) JSON.readTree("{\"rawText\": \"x\", \"text\": \"x\", \"corrections\": [], \"suggestions\": [],"
                + " \"entities\": [], \"deliberation\": {\"vote\": " + vote + ", \"votes\": [" + vote + ", " + other + "],"
                + " \"beneficiaries\": [" + grant + "], \"items\": [{\"title\": \"Tarifs\", \"votes\": [" + vote + "],"
                + " \"beneficiaries\": []}, {\"title\": \"Budget\", \"votes\": [" + other + "], \"beneficiaries\": [" + grant + "]}]}}");
        Instant t = Instant.parse("2026-01-05T10:00:00Z");
        ObjectNode reviewed = ReviewedDocument.apply(doc, List.of(
                new Review("a.json", Review.FIELD, "/votes/0/for", "10", "clerc", t),
                new Review("a.json", Review.FIELD, "/votes/1/against", "4", "clerc", t),
                new Review("a.json", Review.FIELD, "/beneficiaries/0/name", "Comité des Fêtes de Valbrune", "clerc", t)));
        assertEquals(10, reviewed.at("/deliberation/vote/for").asInt(), "the first vote's copy");
        assertEquals(10, reviewed.at("/deliberation/items/0/votes/0/for").asInt());
        assertEquals(4, reviewed.at("/deliberation/items/1/votes/0/against").asInt());
        assertEquals(1, reviewed.at("/deliberation/vote/against").asInt(), "the second vote's fix leaves the first alone");
        assertEquals("Comité des Fêtes de Valbrune", reviewed.at("/deliberation/items/1/beneficiaries/0/name").asText());
    }
}
