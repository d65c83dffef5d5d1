package fr.registre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.registre.Fixtures;
import fr.registre.archive.Archive;
import fr.registre.archive.Review;
import fr.registre.export.DocumentJson;

/** {@code registre export} publishes what a clerk reviewed, read from the directory's archive. */
class ExportReviewsTest {

    @TempDir
    Path dir;

    @Test
    void theScdlExportCarriesTheReviewedValues() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Fixtures.scan("bureau-2025-born-digital.pdf"), in.resolve("bureau.pdf"));
        Path out = dir.resolve("out");
        assertEquals(0, Console.run("", "ingest", in.toString(), "--out", out.toString(), "-q").status());
        assertEquals(0, Console.run("", "index", out.toString(), "-q").status());
        try (Archive archive = Archive.open(out.resolve("registre.db").toString(), new DocumentJson().mapper())) {
            archive.review(new Review("bureau.json", Review.FIELD, "/title", "Objet relu par le greffe", "greffe", Instant.now()));
        }
        Console.Run reviewed = Console.run("", "export", "--scdl", "deliberations", out.toString(), "--csv", "-", "-q");
        assertEquals(0, reviewed.status(), reviewed.err());
        assertTrue(reviewed.out().contains("Objet relu par le greffe"), reviewed.out());

        Path empty = dir.resolve("empty.db");
        try (Archive archive = Archive.open(empty.toString(), new DocumentJson().mapper())) {
            assertTrue(archive.reviews("bureau.json").isEmpty());
        }
        Console.Run machine = Console.run("", "export", "--scdl", "deliberations", out.toString(), "--csv", "-", "--db",
                empty.toString(), "-q");
        assertFalse(machine.out().contains("Objet relu par le greffe"), machine.out());
    }
}
