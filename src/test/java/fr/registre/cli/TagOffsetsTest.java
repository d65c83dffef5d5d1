package fr.registre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code registre tag} tags the corrected text and gives each name's offsets in both texts. */
class TagOffsetsTest {

    @TempDir
    Path dir;

    @Test
    void namesPointIntoTheCorrectedTextAndIntoTheFile() throws Exception {
        String raw = "Le conseil a examiné la délibé-\nration proposée, en présence de Mme Odile FERRANDIS, adjointe.\n";
        Path file = dir.resolve("extrait.txt");
        Files.writeString(file, raw);
        Console.Run run = Console.run("", "tag", file.toString(), "-q");
        assertEquals(0, run.status(), run.err());
        JsonNode person = null;
        for (JsonNode e : new ObjectMapper().readTree(run.out())) {
            if (e.path("text").asText().equals("Odile FERRANDIS")) {
                person = e;
            }
        }
        assertNotEquals(null, person, run.out());
        int rawStart = person.path("rawStart").asInt();
        assertEquals("Odile FERRANDIS", raw.substring(rawStart, person.path("rawEnd").asInt()));
        assertEquals(rawStart - 2, person.path("start").asInt(), "the joined line break moved the name by two characters");
    }
}
