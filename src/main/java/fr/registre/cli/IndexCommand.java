package fr.registre.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import fr.registre.archive.Archive;
import fr.registre.cli.Command.Opt;
import fr.registre.export.DocumentJson;

/**
 * {@code registre index}: fills the archive database from ingest outputs, again and again as
 * batches grow; unchanged documents cost nothing.
 */
final class IndexCommand implements Command {

    private static final Spec SPEC = new Spec("index", "OUTDIR... [--db FILE|JDBC-URL]",
            "fill the archive database (sessions, attendance, votes, grants, full text) from ingest outputs",
            List.of(Opt.value("db", "FILE|URL", "an SQLite file or any JDBC URL (default OUTDIR/registre.db)")));

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public ExitCode run(Invocation call) throws Exception {
        if (call.args().isEmpty()) {
            throw new UsageException("no OUTDIR given");
        }
        String db = SearchCommand.database(call);
        boolean failed = false;
        try (Archive archive = Archive.open(db, new DocumentJson().mapper())) {
            for (String dir : call.args()) {
                if (!Files.isDirectory(Path.of(dir))) {
                    call.inputError(dir, "not a directory of ingest outputs");
                    failed = true;
                    continue;
                }
                Archive.Indexed done = archive.index(Path.of(dir));
                done.errors().forEach(e -> call.inputError(dir, e));
                failed |= !done.errors().isEmpty();
                call.info(String.format("%s: %d added, %d replaced, %d unchanged", dir, done.added(), done.replaced(),
                        done.unchanged()));
            }
        }
        return failed ? ExitCode.INPUT_FAILED : ExitCode.OK;
    }
}
