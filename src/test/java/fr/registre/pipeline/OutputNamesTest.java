package fr.registre.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.registre.export.OutputFormat;
import fr.registre.ingest.InputCollector;

/**
 * Every input keeps outputs of its own and a later run finds them again: names that would share a
 * file, inputs of the same name from other directories, walked sub-directories, an output directory
 * inside the input directory, other settings, and a failure that may pass.
 */
class OutputNamesTest {

    @TempDir
    Path dir;
    private static Registre registre;

    @BeforeAll
    static void open() {
        registre = Registre.open(RegistreConfig.defaults().withoutOcr().withJobs(2));
    }

    @AfterAll
    static void close() {
        registre.close();
    }

    /** A born-digital one-page minute naming its authority, so that each file's outputs can be told apart. */
    private static Path minute(Path file, String authority) throws IOException {
        Files.createDirectories(file.getParent());
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.newLineAtOffset(60, 700);
                for (String line : List.of("Extrait du registre des deliberations du conseil municipal de " + authority,
                        "Le conseil municipal, apres en avoir delibere, approuve la convention avec la commune",
                        "et autorise le maire a signer toutes les pieces relatives a cette affaire.")) {
                    cs.showText(line);
                    cs.newLineAtOffset(0, -16);
                }
                cs.endText();
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private RunResult ingest(Path out, RunOptions options, Path... inputs) throws Exception {
        return registre.run(InputCollector.collect(List.of(inputs), out), out, options, RunListener.none());
    }

    private RunResult ingest(Path out, Path... inputs) throws Exception {
        return ingest(out, RunOptions.defaults(), inputs);
    }

    private static String sourceOf(Path json) throws IOException {
        return new ObjectMapper().readTree(json.toFile()).get("source").asText();
    }

    @Test
    void namesThatWouldShareAFileAreKeptApart() throws Exception {
        Path in = dir.resolve("in");
        minute(in.resolve("a.pdf"), "Avignon");
        minute(in.resolve("a.raw.pdf"), "Bastia");
        Path out = dir.resolve("out");
        RunResult run = ingest(out, in);
        assertEquals(2, run.processed().stream().filter(r -> !r.isFailure()).count());
        Set<String> names = run.processed().stream().map(DocumentRecord::name).collect(Collectors.toSet());
        assertEquals(2, names.size());
        for (DocumentRecord r : run.processed()) {
            String text = Files.readString(out.resolve(r.name() + ".raw.txt"));
            assertTrue(text.contains(r.source().endsWith("a.pdf") ? "Avignon" : "Bastia"), r.name() + ": " + text);
            assertTrue(sourceOf(out.resolve(r.name() + ".json")).endsWith(Path.of(r.source()).getFileName().toString()));
        }
    }

    @Test
    void aFileOfTheSameNameFromAnotherDirectoryDoesNotOverwriteTheFirst() throws Exception {
        Path first = minute(dir.resolve("2019/deliberation.pdf"), "Colmar");
        Path second = minute(dir.resolve("2020/deliberation.pdf"), "Dinan");
        Path out = dir.resolve("out");
        ingest(out, first);
        RunResult run = ingest(out, second);
        String name = run.processed().get(0).name();
        assertFalse(name.equals("deliberation"), "the second file takes a name of its own");
        assertTrue(Files.readString(out.resolve("deliberation.raw.txt")).contains("Colmar"));
        assertTrue(Files.readString(out.resolve(name + ".raw.txt")).contains("Dinan"));
        RunResult again = ingest(out, first, second);
        assertEquals(0, again.processed().size(), "each finds its own outputs again");
        assertEquals(2, again.skipped().size());
    }

    @Test
    void walkedSubDirectoriesResumeAndAnOutputDirectoryInsideIsNotRead() throws Exception {
        Path in = dir.resolve("in");
        minute(in.resolve("2021/mars/seance.pdf"), "Evreux");
        minute(in.resolve("2021/avril/seance.pdf"), "Figeac");
        Path out = in.resolve("out");
        RunResult run = ingest(out, in);
        assertEquals(2, run.processed().size());
        assertTrue(Files.isRegularFile(out.resolve("2021/mars/seance.json")));
        DocumentRecord record = run.processed().get(0);
        assertTrue(record.outputs().contains("2021/avril/seance.json"), record.outputs().toString());
        RunResult again = ingest(out, in);
        assertEquals(0, again.processed().size(), "outputs in sub-directories are found again");
        assertEquals(2, again.all().size(), "nothing of the output directory is taken as an input");
    }

    @Test
    void aLinkedSubDirectoryIsWalkedAndALinkBackUpIsNotFollowedForever() throws Exception {
        Path in = dir.resolve("in");
        minute(in.resolve("2020/a.pdf"), "Agen");
        minute(dir.resolve("elsewhere/b.pdf"), "Blois");
        Files.createSymbolicLink(in.resolve("2021"), dir.resolve("elsewhere"));
        Files.createSymbolicLink(in.resolve("2020/loop"), in);
        RunResult run = ingest(dir.resolve("out"), in);
        assertEquals(Set.of("2020/a", "2021/b"), run.processed().stream().map(DocumentRecord::name).collect(Collectors.toSet()));
    }

    @Test
    void otherSettingsRedoTheDocument() throws Exception {
        Path in = minute(dir.resolve("in/g.pdf"), "Gap");
        Path out = dir.resolve("out");
        ingest(out, RunOptions.defaults().withOutputs(EnumSet.of(OutputFormat.JSON)), in);
        assertFalse(Files.exists(out.resolve("g.raw.txt")));
        RunResult run = ingest(out, RunOptions.defaults(), in);
        assertEquals(1, run.processed().size(), "the outputs asked for now were never written");
        assertTrue(Files.isRegularFile(out.resolve("g.raw.txt")));
    }

    @Test
    void aFailureWhileWritingLeavesNoOrphanAndIsRetried() throws Exception {
        Path in = minute(dir.resolve("in/h.pdf"), "Hyeres");
        Path out = dir.resolve("out");
        Path blocker = Files.createDirectories(out.resolve("h.txt")); // the corrected text cannot take its place
        Files.writeString(blocker.resolve("keep"), "x");
        DocumentRecord failed = ingest(out, in).processed().get(0);
        assertEquals(DocumentOutcome.Status.FAILED, failed.status());
        assertTrue(failed.retry(), failed.error());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(Set.of("h.txt", Manifest.FILE_NAME, BatchReport.FILE_NAME),
                    files.map(f -> f.getFileName().toString()).filter(f -> !f.startsWith(".")).collect(Collectors.toSet()),
                    "the text written before the failure is removed");
        }
        Files.delete(blocker.resolve("keep"));
        Files.delete(blocker);
        RunResult retried = ingest(out, in);
        assertEquals(1, retried.processed().size(), "a failure that may pass is tried again");
        assertEquals(DocumentOutcome.Status.DONE, retried.processed().get(0).status());
    }
}
