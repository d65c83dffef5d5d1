package fr.registre.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import fr.registre.Fixtures;
import fr.registre.correct.CorrectorOptions;
import fr.registre.model.AnalysedDocument;
import fr.registre.model.Deliberation;
import fr.registre.pipeline.Registre;
import fr.registre.pipeline.RegistreConfig;

/** NAME.json follows docs/registre-document.schema.json; the SCDL export follows the schemas' rules. */
class DocumentSchemaTest {

    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(Path.of("docs/registre-document.schema.json").toUri());

    private static AnalysedDocument read(String sample) throws IOException {
        try (Registre registre = Registre.open(RegistreConfig.defaults())) {
            return registre.read(Fixtures.scan(sample));
        }
    }

    @Test
    void documentJsonMatchesThePublishedSchema() throws IOException {
        for (String sample : List.of("bureau-2025-born-digital.pdf", "convention-2016-mixed.pdf")) {
            JsonNode json = new DocumentJson().of(read(sample));
            Set<ValidationMessage> errors = SCHEMA.validate(json);
            assertEquals(Set.of(), errors, sample);
        }
    }

    @Test
    void theSchemaRejectsWhatItShould() throws IOException {
        var json = new DocumentJson().of(read("bureau-2025-born-digital.pdf"));
        json.withObject("/deliberation").put("sessionDate", "3 avril 2025");
        assertFalse(SCHEMA.validate(json).isEmpty());
    }

    @Test
    void scdlDeliberationsFollowTheColumnOrderAndVoteRules(@TempDir Path dir) throws IOException {
        AnalysedDocument doc = read("bureau-2025-born-digital.pdf");
        ScdlConfig config = ScdlConfig.empty();
        config.values().setProperty("COLL_SIRET", "20005480000000");
        ScdlExporter exporter = new ScdlExporter(config);
        Path csv = dir.resolve("deliberations.csv");
        Deliberation d = doc.deliberation();
        exporter.writeDeliberations(List.of(new ScdlExporter.Source("x.json", d)), csv);
        try (CSVParser parser = CSVParser.parse(Files.newBufferedReader(csv),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(ScdlExporter.DELIBERATION_COLUMNS, parser.getHeaderNames());
            CSVRecord row = parser.getRecords().get(0);
            assertEquals("Métropole Aix-Marseille-Provence", row.get("COLL_NOM"));
            assertEquals("ECOR-020-17755/25/BM", row.get("DELIB_ID"));
            assertEquals("2025-04-03", row.get("DELIB_DATE"));
            assertEquals("", row.get("VOTE_EFFECTIF"), "no counts in the document: vote columns stay empty together");
        }
        assertFalse(exporter.warnings().isEmpty(), "DELIB_MATIERE_CODE is required and unknown");
    }

    @Test
    void minutesGiveOneScdlRowPerItemWithItsVote(@TempDir Path dir) throws IOException {
        Deliberation.Vote unanimous = new Deliberation.Vote("Budget primitif", null, null, null, null, null, null, true, List.of(),
                List.of(), List.of(), List.of(), "adopted");
        Deliberation.Vote amendment = new Deliberation.Vote("Tarifs de la cantine", null, null, 3, 12, 0, null, false, List.of(),
                List.of(), List.of(), List.of(), "rejected");
        Deliberation.Vote counted = new Deliberation.Vote("Tarifs de la cantine", null, null, 12, 2, 1, null, false, List.of(),
                List.of(), List.of(), List.of(), "adopted");
        List<Deliberation.Item> items = List.of(
                new Deliberation.Item("2019-31", "Budget primitif", null, List.of(unanimous), "adopted", List.of(), List.of()),
                new Deliberation.Item("2019-32", "Tarifs de la cantine", null, List.of(amendment, counted), "adopted", List.of(),
                        List.of()),
                new Deliberation.Item(null, "Questions diverses", null, List.of(), null, List.of(), List.of()));
        Deliberation minutes = new Deliberation("minutes", "Commune de Valbrune", "Conseil municipal",
                java.time.LocalDate.of(2019, 4, 11), null, null, null, "2019-30", List.of(), "Séance du 11 avril 2019",
                new Deliberation.Attendance(null, null, null, List.of("Odile FERRAND", "Luc MASSOT"), List.of(), List.of(),
                        List.of(), List.of()), unanimous, List.of(unanimous, amendment, counted), "adopted", List.of(),
                null, null, null, List.of(), List.of(), items, List.of());
        ScdlExporter exporter = new ScdlExporter(ScdlConfig.empty());
        Path csv = dir.resolve("deliberations.csv");
        exporter.writeDeliberations(List.of(new ScdlExporter.Source("pv.json", minutes)), csv);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(Files.newBufferedReader(csv), format)) {
            List<org.apache.commons.csv.CSVRecord> rows = parser.getRecords();
            assertEquals(List.of("2019-31", "2019-32", ""), rows.stream().map(r -> r.get("DELIB_ID")).toList(),
                    "an item without a number of its own does not take the document's");
            assertEquals("Tarifs de la cantine", rows.get(1).get("DELIB_OBJET"));
            assertEquals("2", rows.get(0).get("VOTE_POUR"), "unanimity of the two members present");
            assertEquals(List.of("15", "12", "2", "1"), List.of(rows.get(1).get("VOTE_REEL"), rows.get(1).get("VOTE_POUR"),
                    rows.get(1).get("VOTE_CONTRE"), rows.get(1).get("VOTE_ABSTENTION")), "the deciding vote, after the amendment");
            assertEquals("", rows.get(2).get("VOTE_POUR"), "an item without a vote");
        }
        assertTrue(exporter.warnings().stream().anyMatch(w -> w.contains("DELIB_ID")), exporter.warnings().toString());
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreNeutralised(@TempDir Path dir) throws IOException {
        Deliberation d = new Deliberation("deliberation", "Commune de Saint-Anselme", "Conseil municipal",
                java.time.LocalDate.of(2021, 3, 4), null, null, null, "2021-07", List.of(),
                "=HYPERLINK(\"http://example.invalid\",\"ok\")\u0007", Deliberation.Attendance.NONE, Deliberation.Vote.NONE,
                List.of(), "adopted", List.of(new Deliberation.Beneficiary("@SUM(A1:A9)", new java.math.BigDecimal("1500"), "EUR"),
                        new Deliberation.Beneficiary("-2+3", new java.math.BigDecimal("200"), "EUR"),
                        new Deliberation.Beneficiary("Comité des Fêtes", new java.math.BigDecimal("300"), "EUR")),
                null, null, null, List.of(), List.of(), List.of(), List.of());
        ScdlExporter exporter = new ScdlExporter(ScdlConfig.empty());
        Path deliberations = dir.resolve("deliberations.csv");
        Path subsidies = dir.resolve("subventions.csv");
        exporter.writeDeliberations(List.of(new ScdlExporter.Source("x.json", d)), deliberations);
        exporter.writeSubsidies(List.of(new ScdlExporter.Source("x.json", d)), subsidies);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(Files.newBufferedReader(deliberations), format)) {
            assertEquals("'=HYPERLINK(\"http://example.invalid\",\"ok\") ", parser.getRecords().get(0).get("DELIB_OBJET"));
        }
        try (CSVParser parser = CSVParser.parse(Files.newBufferedReader(subsidies), format)) {
            List<String> names = parser.getRecords().stream().map(r -> r.get("nomBeneficiaire")).toList();
            assertEquals(List.of("'@SUM(A1:A9)", "'-2+3", "Comité des Fêtes"), names);
        }
    }
}
