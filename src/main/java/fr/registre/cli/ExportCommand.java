package fr.registre.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.registre.archive.Archive;
import fr.registre.archive.ReviewedDocument;
import fr.registre.cli.Command.Opt;
import fr.registre.export.DocumentJson;
import fr.registre.export.ScdlConfig;
import fr.registre.export.ScdlExporter;
import fr.registre.model.Deliberation;

/**
 * {@code registre export}: the deliberation records of ingest outputs as SCDL CSV, with the reviews
 * made in {@code registre serve} applied when the directory has an archive.
 */
final class ExportCommand implements Command {

    private static final Spec SPEC = new Spec("export",
            "--scdl deliberations|subventions OUTDIR... [--config scdl.properties] [--csv FILE|-] [--db FILE|URL]",
            "write the records of ingest outputs as SCDL open-data CSV",
            List.of(Opt.value("scdl", "SCHEMA", "deliberations or subventions"),
                    Opt.value("config", "FILE", "properties giving COLL_NOM, COLL_SIRET, PREF_ID, DELIB_MATIERE_CODE ..."),
                    Opt.value("csv", "FILE", "output file, '-' for standard output (default OUTDIR/scdl-SCHEMA.csv)"),
                    Opt.value("db", "FILE|URL", "the archive whose reviews are applied (default OUTDIR/registre.db when it exists)")));

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public ExitCode run(Invocation call) throws Exception {
        String schema = call.value("scdl", null);
        if (!"deliberations".equals(schema) && !"subventions".equals(schema)) {
            throw new UsageException("--scdl takes deliberations or subventions");
        }
        if (call.args().isEmpty()) {
            throw new UsageException("no OUTDIR given");
        }
        DocumentJson json = new DocumentJson();
        List<ScdlExporter.Source> sources = new ArrayList<>();
        for (String dir : call.args()) {
            String db = call.value("db", Path.of(dir, "registre.db").toString());
            if (db.startsWith("jdbc:") || Files.isRegularFile(Path.of(db))) {
                try (Archive archive = Archive.open(db, json.mapper())) {
                    sources.addAll(read(json, Path.of(dir), archive));
                }
            } else {
                sources.addAll(read(json, Path.of(dir), null));
            }
        }
        ScdlConfig config = call.has("config") ? ScdlConfig.read(Path.of(call.value("config", null))) : ScdlConfig.empty();
        String target = call.value("csv", Path.of(call.args().get(0), "scdl-" + schema + ".csv").toString());
        boolean toStdout = Invocation.STDIO.equals(target);
        Path csv = toStdout ? Files.createTempFile("registre-", ".csv") : Path.of(target);
        try {
            ScdlExporter exporter = new ScdlExporter(config);
            if (schema.equals("deliberations")) {
                exporter.writeDeliberations(sources, csv);
            } else {
                exporter.writeSubsidies(sources, csv);
            }
            exporter.warnings().forEach(w -> call.err().println("warning " + w));
            if (toStdout) {
                Files.copy(csv, call.out());
                call.out().flush();
            }
        } finally {
            if (toStdout) {
                Files.deleteIfExists(csv);
            }
        }
        call.info(sources.size() + " records read, " + (toStdout ? "standard output" : csv) + " written");
        return ExitCode.OK;
    }

    /** The records of a directory's documents, each with its reviews applied when there is an archive. */
    private static List<ScdlExporter.Source> read(DocumentJson json, Path dir, Archive archive) throws IOException, SQLException {
        List<ScdlExporter.Source> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode root = json.mapper().readTree(f.toFile());
                if (archive != null && root instanceof ObjectNode document) {
                    root = ReviewedDocument.apply(document, archive.reviews(dir.relativize(f).toString().replace('\\', '/')));
                }
                JsonNode node = root == null ? null : root.get("deliberation");
                if (node != null && !node.isNull()) {
                    out.add(new ScdlExporter.Source(f.getFileName().toString(),
                            json.mapper().treeToValue(node, Deliberation.class)));
                }
            }
        }
        return out;
    }
}
