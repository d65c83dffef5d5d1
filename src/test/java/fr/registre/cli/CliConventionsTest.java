package fr.registre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.registre.Fixtures;

/** The command line behaves as users of Unix tools expect. */
class CliConventionsTest {

    private static final String TEXT = "Etaient présents : Mme Aurélie FONTANEL - M. Basile ORSINI\n"
            + "Le conseil municipal, à l'unanimité, accorde une subvention de 1 200 euros au Comité des Fêtes.\n";

    private static Console.Run run(String stdin, String... args) {
        return Console.run(stdin, args);
    }

    @Test
    void versionComesFromTheBuild() {
        Console.Run r = run("", "--version");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("registre "), r.out());
    }

    @Test
    void everyCommandHasHelp() {
        Console.Run overview = run("", "--help");
        List<String> commands = overview.out().lines().filter(l -> l.startsWith("  ")).map(l -> l.strip().split("\\s+")[0]).toList();
        assertTrue(commands.containsAll(List.of("ingest", "correct", "tag", "extract", "export", "bench", "scans", "train-ner")),
                commands.toString());
        for (String command : commands) {
            Console.Run r = run("", command, "--help");
            assertEquals(0, r.status(), command);
            assertTrue(r.out().startsWith("usage: registre " + command), command + ": " + r.out());
            assertTrue(r.out().contains("--quiet") && r.out().contains("--verbose"), command);
        }
        assertEquals(ExitCode.USAGE.status(), run("", "frobnicate").status());
    }

    @Test
    void textCommandsReadStandardInput() throws Exception {
        Console.Run tag = run(TEXT, "tag", "-");
        assertEquals(0, tag.status(), tag.err());
        JsonNode entities = new ObjectMapper().readTree(tag.out());
        assertTrue(entities.toString().contains("Aurélie FONTANEL"), tag.out());

        Console.Run correct = run("Le conseil a approuvé la délibération.\n", "correct", "-");
        assertEquals("Le conseil a approuvé la délibération.\n", correct.out());
    }

    @Test
    void severalInputsInOneCallAndABadOneDoesNotStopTheOthers(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), TEXT);
        Path b = Files.writeString(dir.resolve("b.txt"), TEXT.replace("FONTANEL", "VERNIER"));
        Console.Run r = run("", "extract", a.toString(), dir.resolve("missing.txt").toString(), b.toString());
        assertEquals(ExitCode.INPUT_FAILED.status(), r.status());
        assertEquals(1, r.err().lines().filter(l -> l.contains("missing.txt")).count(), r.err());
        JsonNode array = new ObjectMapper().readTree(r.out());
        assertEquals(2, array.size());
        assertEquals(a.toString(), array.get(0).get("source").asText());
        assertTrue(array.get(1).get("deliberation").get("attendance").toString().contains("Basile ORSINI"));

        Path out = dir.resolve("out");
        assertEquals(0, run("", "correct", a.toString(), b.toString(), "--out", out.toString(), "-q").status());
        assertTrue(Files.exists(out.resolve("a.txt")) && Files.exists(out.resolve("b.corrections.json")));
        assertEquals(ExitCode.USAGE.status(), run("", "correct", a.toString(), b.toString()).status());
    }

    @Test
    void aMissingLanguageFailsBeforeAnyDocumentIsOpened(@TempDir Path dir) {
        Path out = dir.resolve("out");
        Console.Run r = run("", "ingest", Fixtures.SCANS.toString(), "--out", out.toString(), "--lang", "xyz");
        assertEquals(ExitCode.MISSING_DEPENDENCY.status(), r.status());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("apt-get install tesseract-ocr-xyz"), r.err());
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void anUnwritableOutputIsItsOwnFailure(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        Console.Run r = run("", "ingest", Fixtures.scan("bureau-2025-born-digital.pdf").toString(), "--out", file.toString());
        assertEquals(ExitCode.OUTPUT_ERROR.status(), r.status(), r.err());
    }

    @Test
    void quietLeavesOnlyResultsAndErrors(@TempDir Path dir) {
        Console.Run r = run("", "ingest", Fixtures.scan("bureau-2025-born-digital.pdf").toString(), "--out", dir.toString(), "-q");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.out());
        assertEquals("", r.err());
        assertTrue(Files.exists(dir.resolve("bureau-2025-born-digital.json")));
    }
}
