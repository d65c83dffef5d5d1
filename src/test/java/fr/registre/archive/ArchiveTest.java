package fr.registre.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.registre.Fixtures;
import fr.registre.export.DocumentJson;
import fr.registre.ingest.InputCollector;
import fr.registre.pipeline.Registre;
import fr.registre.pipeline.RegistreConfig;
import fr.registre.pipeline.RunListener;
import fr.registre.pipeline.RunOptions;

/** Ingest outputs of a real extract indexed into an SQLite archive, searched, and indexed again. */
class ArchiveTest {

    @TempDir
    Path dir;

    /** The outputs of ingest for a real born-digital extract, as {@code bureau.json}. */
    private Path ingestedExtract() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Fixtures.scan("bureau-2025-born-digital.pdf"), in.resolve("bureau.pdf"));
        Path out = dir.resolve("out");
        try (Registre registre = Registre.open(RegistreConfig.defaults().withoutOcr())) {
            registre.run(InputCollector.collect(List.of(in), out), out, RunOptions.defaults(), RunListener.none());
        }
        return out;
    }

    @Test
    void aBatchIsIndexedOnceSearchedWithoutCaseOrAccentsAndReplacedWhenItChanges() throws Exception {
        Path out = ingestedExtract();
        Path db = dir.resolve("archive.db");
        try (Archive archive = Archive.open(db.toString(), new DocumentJson().mapper())) {
            assertEquals(new Archive.Indexed(1, 0, 0, List.of()), archive.index(out));
            assertEquals(new Archive.Indexed(0, 0, 1, List.of()), archive.index(out), "nothing changed, nothing done");

            List<Archive.Hit> hits = archive.search("vassal metropole", 10);
            assertEquals(1, hits.size());
            assertEquals("bureau.json", hits.get(0).output());
            assertTrue(hits.get(0).snippet().contains("["), hits.get(0).snippet());
            assertEquals(List.of(), archive.search("introuvablemot", 10));
            assertEquals(List.of(), archive.search("\" OR * ( NEAR", 10), "query syntax is read as words");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM attendance WHERE role = 'present'")) {
                r.next();
                assertEquals(31, r.getInt(1));
            }
            try (ResultSet r = s.executeQuery("SELECT session_date, authority FROM documents")) {
                r.next();
                assertEquals("2025-04-03", r.getString(1));
                assertEquals("Métropole Aix-Marseille-Provence", r.getString(2));
            }
            // a changed document: its hash no longer matches, its rows are replaced, not added to
            s.executeUpdate("UPDATE documents SET sha256 = 'changed'");
        }
        try (Archive archive = Archive.open(db.toString(), new DocumentJson().mapper())) {
            assertEquals(new Archive.Indexed(0, 1, 0, List.of()), archive.index(out));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM attendance")) {
            r.next();
            assertEquals(36, r.getInt(1), "present, represented and excused once each");
        }
    }

    @Test
    void anArchiveOfAnOlderLayoutIsRebuiltAndKeepsItsReviews() throws Exception {
        Path out = ingestedExtract();
        Path db = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            // the first layout: votes and items without the columns that name an item
            s.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY, output TEXT NOT NULL UNIQUE, source TEXT,"
                    + " sha256 TEXT NOT NULL, document_type TEXT, authority TEXT, body TEXT, session_date TEXT,"
                    + " number TEXT, title TEXT, president TEXT, outcome TEXT)");
            s.execute("CREATE TABLE votes (document INTEGER NOT NULL, position INTEGER NOT NULL, for_count INTEGER,"
                    + " against INTEGER, abstentions INTEGER, unanimous INTEGER NOT NULL, outcome TEXT)");
            s.execute("CREATE TABLE items (document INTEGER NOT NULL, number TEXT, title TEXT)");
            s.execute("CREATE TABLE reviews (id INTEGER PRIMARY KEY, output TEXT NOT NULL, kind TEXT NOT NULL,"
                    + " target TEXT NOT NULL, value TEXT, reviewer TEXT, at TEXT NOT NULL)");
            s.execute("INSERT INTO reviews (output, kind, target, value, reviewer, at)"
                    + " VALUES ('bureau.json', 'field', '/title', 'Objet relu', 'greffe', '2026-01-05T10:00:00Z')");
        }
        try (Archive archive = Archive.open(db.toString(), new DocumentJson().mapper())) {
            assertEquals(new Archive.Indexed(1, 0, 0, List.of()), archive.index(out));
            assertEquals(1, archive.reviews("bureau.json").size(), "a reviewer's work outlives the rebuild");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT v.item, i.title FROM votes v JOIN items i ON i.document = v.document")) {
            assertTrue(r.next(), "the extract's vote and its item");
            assertEquals(r.getString(2), r.getString(1));
        }
    }

    @Test
    void theQueueListsRecordsThatWarnAndMergesThatGuess() throws Exception {
        Path out = Files.createDirectories(dir.resolve("minutes"));
        String first = """
                EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL DE VALBRUNE
                Séance du 3 mars 1987
                Présents : 4
                Etaient présents : Jean-Pierre BERTRAND, Odile FERRAND, Luc MASSOT.
                Le conseil municipal approuve le budget par 2 voix pour et 1 abstention.
                Se sont abstenus : Odile FERRAND.
                """;
        String second = first.replace("3 mars 1987", "5 mai 1988").replace("Jean-Pierre BERTRAND", "BERTRANO Jean-Pierre");
        try (Registre registre = Registre.open(RegistreConfig.defaults().withoutOcr())) {
            for (String[] doc : new String[][] {{"a", first}, {"b", second}}) {
                Files.writeString(out.resolve(doc[0] + ".json"),
                        registre.json().of(registre.analyse(doc[1], doc[0] + ".txt")).toString());
            }
        }
        try (Archive archive = Archive.open(dir.resolve("queue.db").toString(), new DocumentJson().mapper())) {
            archive.index(out);
            assertTrue(archive.recordsToReview(10).stream().anyMatch(r -> r.output().equals("a.json")
                    && r.warning().contains("4 members declared present but 3 listed")), archive.recordsToReview(10).toString());
            List<Archive.MergeToReview> merges = archive.mergesToReview(10);
            assertEquals(1, merges.size(), merges.toString());
            assertTrue(merges.get(0).reason().contains("misread"), merges.toString());
            List<Archive.NamedVote> votes = archive.namedVotes("Odile FERRAND");
            assertEquals(2, votes.size(), "named in both sessions' votes: " + votes);
            assertTrue(votes.stream().allMatch(v -> v.choice().equals("abstained")), votes.toString());
        }
    }
}
