package fr.registre.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import fr.registre.archive.Archive;
import fr.registre.cli.Command.Opt;
import fr.registre.export.DocumentJson;

/** {@code registre search}: the documents of the archive that hold every word asked, case and accents aside. */
final class SearchCommand implements Command {

    private static final Spec SPEC = new Spec("search", "WORDS... --db FILE|JDBC-URL [--limit N]",
            "search the archive's texts, titles and names",
            List.of(Opt.value("db", "FILE|URL", "the archive database made by registre index"),
                    Opt.value("limit", "N", "at most N documents (default 20)")));

    @Override
    public Spec spec() {
        return SPEC;
    }

    /** The archive a command works on: --db, or registre.db in its first OUTDIR argument. */
    static String database(Invocation call) throws UsageException {
        if (call.has("db")) {
            return call.value("db", null);
        }
        if (call.args().isEmpty()) {
            throw new UsageException("--db FILE is required");
        }
        return Path.of(call.args().get(0), "registre.db").toString();
    }

    @Override
    public ExitCode run(Invocation call) throws Exception {
        if (!call.has("db")) {
            throw new UsageException("--db FILE is required");
        }
        if (call.args().isEmpty()) {
            throw new UsageException("no words to search");
        }
        String db = call.value("db", null);
        if (!db.startsWith("jdbc:") && !Files.isRegularFile(Path.of(db))) {
            throw new UsageException("no archive at " + db + " (make it with registre index OUTDIR --db " + db + ")");
        }
        int limit = call.intValue("limit", 20, 1, 10_000);
        try (Archive archive = Archive.open(db, new DocumentJson().mapper())) {
            List<Archive.Hit> hits = archive.search(String.join(" ", call.args()), limit);
            for (Archive.Hit h : hits) {
                call.out().printf("%s\t%s\t%s\t%s%n", h.output(), h.sessionDate() == null ? "-" : h.sessionDate(),
                        h.authority() == null ? "-" : h.authority(), h.snippet().replaceAll("\\s+", " "));
            }
            call.out().flush();
            call.info(hits.size() + " documents");
        }
        return ExitCode.OK;
    }
}
