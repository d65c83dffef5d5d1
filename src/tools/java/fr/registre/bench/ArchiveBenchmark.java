package fr.registre.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.registre.archive.Archive;
import fr.registre.export.DocumentJson;
import fr.registre.io.Hashes;
import fr.registre.pipeline.Registre;
import fr.registre.pipeline.RegistreConfig;

/**
 * The archive at the size the issue names: 1 000 documents made from the samples' analyses, each
 * naming a member of its own, indexed into SQLite, indexed again unchanged, then searched.
 */
final class ArchiveBenchmark {

    private static final int DOCUMENTS = 1_000;
    private static final int SEARCHES = 200;
    private static final List<String> SAMPLES = List.of("bureau-2025", "bureau-2019", "territoire-2022", "convention-2016");
    private static final List<String> SURNAMES = List.of("BERTRAND", "MOREL", "FERRAND", "ORSINI", "DUCRET", "LAMARQUE",
            "SAUVAN", "TEULIER", "AUBRAC", "VIGNEAU");

    private final Path work;

    ArchiveBenchmark(Path work) {
        this.work = work;
    }

    String run() throws IOException, SQLException {
        Path out = ToolRun.emptyDirectory(work.resolve("archive"));
        List<ObjectNode> analyses = new ArrayList<>();
        try (Registre registre = Registre.open(RegistreConfig.defaults().withoutOcr())) {
            for (String sample : SAMPLES) {
                analyses.add(registre.json().of(registre.analyse(ScanSet.text(sample), sample + ".txt")));
            }
        }
        for (int i = 0; i < DOCUMENTS; i++) {
            ObjectNode doc = analyses.get(i % analyses.size()).deepCopy();
            String member = "Jean " + SURNAMES.get(i % SURNAMES.size()) + "-" + i;
            doc.put("sha256", Hashes.sha256(member.getBytes(StandardCharsets.UTF_8)));
            doc.put("text", doc.get("text").asText() + "\nMembre présent : " + member);
            if (doc.get("deliberation").has("attendance")) {
                ((ArrayNode) doc.get("deliberation").get("attendance").get("present")).add(member);
            }
            Files.writeString(out.resolve(String.format("doc%04d.json", i)), doc.toString());
        }
        Path db = work.resolve("archive.db");
        Files.deleteIfExists(db);
        long start = System.nanoTime();
        Archive.Indexed first;
        Archive.Indexed again;
        double indexSeconds;
        double reindexSeconds;
        double searchMillis;
        int hits = 0;
        try (Archive archive = Archive.open(db.toString(), new DocumentJson().mapper())) {
            first = archive.index(out);
            indexSeconds = seconds(start);
            start = System.nanoTime();
            again = archive.index(out);
            reindexSeconds = seconds(start);
            start = System.nanoTime();
            for (int i = 0; i < SEARCHES; i++) {
                int member = i * 5 % DOCUMENTS; // the member of one document, asked in lower case
                hits += archive.search(SURNAMES.get(member % SURNAMES.size()).toLowerCase(Locale.ROOT) + " " + member, 20)
                        .size();
            }
            searchMillis = seconds(start) * 1000 / SEARCHES;
        }
        StringBuilder md = new StringBuilder("# registre archive benchmark\n\n");
        md.append(String.format(Locale.ROOT, "%s. %d documents made from the analyses of %s, each naming a member of "
                + "its own, in an SQLite archive (%d MB).%n%n", LocalDate.now(), DOCUMENTS, String.join(", ", SAMPLES),
                Files.size(db) >> 20));
        md.append("| step | result | time | target |\n|---|---|---:|---:|\n");
        md.append(String.format(Locale.ROOT, "| index | %d added | %.2f s | 60 s |%n", first.added(), indexSeconds));
        md.append(String.format(Locale.ROOT, "| index again, unchanged | %d unchanged | %.2f s | 5 s |%n", again.unchanged(),
                reindexSeconds));
        md.append(String.format(Locale.ROOT, "| search (one member's name in lower case, %d queries) | %d documents found | %.1f ms each | 100 ms |%n",
                SEARCHES, hits, searchMillis));
        md.append("\n## the review app\n\nWhat users see (`./registre serve`), as `ReviewAppTest` leaves it in a real browser: "
                + "[search](review/search.png), [a document](review/document.png), [a person](review/person.png), "
                + "[the queue](review/queue.png).\n\n![a document in the review app](review/document.png)\n");
        return md.toString();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
