package fr.registre.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
