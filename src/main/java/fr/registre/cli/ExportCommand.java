package fr.registre.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import com.fasterxml.jackson.databind.JsonNode;

import fr.registre.export.DocumentJson;
import fr.registre.export.ScdlConfig;
import fr.registre.export.ScdlExporter;
import fr.registre.model.Deliberation;

/** {@code registre export}: the deliberation records of ingest outputs as SCDL CSV. */
final class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String synopsis() {
        return "--scdl deliberations|subventions OUTDIR... [--config scdl.properties] [--csv FILE]";
    }

    @Override
    public String summary() {
        return "write the records of ingest outputs as SCDL open-data CSV";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("scdl").hasArg().argName("SCHEMA")
                        .desc("deliberations or subventions").build())
                .addOption(Option.builder().longOpt("config").hasArg().argName("FILE")
                        .desc("properties giving COLL_NOM, COLL_SIRET, PREF_ID, DELIB_MATIERE_CODE ...").build())
                .addOption(Option.builder().longOpt("csv").hasArg().argName("FILE")
                        .desc("output file (default OUTDIR/scdl-SCHEMA.csv)").build())
                .addOption(Option.builder("h").longOpt("help").build());
    }

    @Override
    public int run(CommandLine line) throws Exception {
        String schema = line.getOptionValue("scdl");
        if (!"deliberations".equals(schema) && !"subventions".equals(schema)) {
            throw new UsageException("--scdl takes deliberations or subventions");
        }
        if (line.getArgList().isEmpty()) {
            throw new UsageException("no OUTDIR given");
        }
        List<ScdlExporter.Source> sources = new ArrayList<>();
        for (String dir : line.getArgList()) {
            sources.addAll(read(Path.of(dir)));
        }
        ScdlConfig config = line.hasOption("config") ? ScdlConfig.read(Path.of(line.getOptionValue("config")))
                : ScdlConfig.empty();
        Path csv = Path.of(line.getOptionValue("csv", Path.of(line.getArgList().get(0), "scdl-" + schema + ".csv").toString()));
        ScdlExporter exporter = new ScdlExporter(config);
        if (schema.equals("deliberations")) {
            exporter.writeDeliberations(sources, csv);
        } else {
            exporter.writeSubsidies(sources, csv);
        }
        exporter.warnings().forEach(w -> System.err.println("warning " + w));
        System.out.println(sources.size() + " records read, " + csv + " written");
        return OK;
    }

    private static List<ScdlExporter.Source> read(Path dir) throws IOException {
        List<ScdlExporter.Source> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode node = DocumentJson.MAPPER.readTree(f.toFile()).get("deliberation");
                if (node != null && !node.isNull()) {
                    out.add(new ScdlExporter.Source(f.getFileName().toString(),
                            DocumentJson.MAPPER.treeToValue(node, Deliberation.class)));
                }
            }
        }
        return out;
    }
}
