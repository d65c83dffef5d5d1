package fr.registre.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import fr.registre.archive.Archive;
import fr.registre.export.DocumentJson;
import fr.registre.ingest.DocumentSources;
import fr.registre.ingest.IngestOptions;
import fr.registre.ingest.OcrMode;
import fr.registre.review.ReviewServer;
import fr.registre.text.Lexicon;

/**
 * {@code registre serve}: indexes an ingest directory (only what changed) and serves the review app
 * over it until interrupted.
 */
final class ServeCommand implements Command {

    /** Pages are shown at screen resolution, not at OCR's. */
    private static final int SCREEN_DPI = 100;

    private static final Spec SPEC = new Spec("serve", "OUTDIR [--db FILE|JDBC-URL] [--port 8080] [--bind ADDRESS] [--reviewer NAME]",
            "index an ingest directory and serve the review web app on it",
            List.of(Opt.value("db", "FILE|URL", "the archive (default OUTDIR/registre.db)"),
                    Opt.value("port", "N", "port to listen on (default 8080; 0 for any free port)"),
                    Opt.value("bind", "ADDRESS", "address to listen on (default 127.0.0.1: this machine only)"),
                    Opt.value("reviewer", "NAME", "the name reviews are recorded under (default the system user)")));

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public ExitCode run(Invocation call) throws Exception {
        if (call.args().size() != 1) {
            throw new UsageException("serve takes one OUTDIR, the --out of an ingest run");
        }
        Path outDir = Path.of(call.args().get(0));
        if (!Files.isDirectory(outDir)) {
            throw new UsageException(outDir + " is not a directory of ingest outputs");
        }
        int port = call.intValue("port", 8080, 0, 65_535);
        InetSocketAddress address = call.has("bind")
                ? new InetSocketAddress(InetAddress.getByName(call.value("bind", null)), port) : ReviewServer.local(port);
        DocumentJson json = new DocumentJson();
        try (Archive archive = Archive.open(SearchCommand.database(call), json.mapper())) {
            Archive.Indexed indexed = archive.index(outDir);
            indexed.errors().forEach(e -> call.inputError(outDir.toString(), e));
            call.info(String.format("%s: %d added, %d replaced, %d unchanged", outDir, indexed.added(), indexed.replaced(),
                    indexed.unchanged()));
            DocumentSources sources = new DocumentSources(IngestOptions.defaults().withOcrMode(OcrMode.ALWAYS).withDpi(SCREEN_DPI),
                    Lexicon.load());
            ReviewServer server;
            try {
                server = new ReviewServer(archive, outDir, json.mapper(), sources,
                        call.value("reviewer", System.getProperty("user.name")), address, Clock.systemUTC());
            } catch (BindException e) {
                call.err().println("registre serve: cannot listen on " + address + ": " + e.getMessage());
                return ExitCode.OUTPUT_ERROR;
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }));
            server.start();
            call.out().println("serving http://" + address.getAddress().getHostAddress() + ":" + server.port() + "/ (Ctrl-C to stop)");
            call.out().flush();
            stopped.await();
        } catch (IOException e) {
            call.err().println("registre serve: " + e.getMessage());
            return ExitCode.OUTPUT_ERROR;
        }
        return ExitCode.OK;
    }
}
