package fr.registre.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.registre.correct.CorrectorOptions;
import fr.registre.correct.OcrCorrector;
import fr.registre.correct.Roster;
import fr.registre.io.AtomicFiles;
import fr.registre.export.DocumentJson;
import fr.registre.model.CorrectedText;

/** {@code registre correct}: repairs the OCR errors of a text file and prints the corrected text. */
final class CorrectCommand implements Command {

    @Override
    public String name() {
        return "correct";
    }

    @Override
    public String synopsis() {
        return "FILE.txt [--report corrections.json] [--threshold 0.5] [--roster names.txt] [--no-typography]";
    }

    @Override
    public String summary() {
        return "repair French OCR errors in a text; every change is reported";
    }

    @Override
    public Options options() {
        return CorrectionOptions.addTo(new Options())
                .addOption(Option.builder().longOpt("report").hasArg().argName("FILE")
                        .desc("write the changes and suggestions as JSON").build())
                .addOption(Option.builder("h").longOpt("help").build());
    }

    @Override
    public int run(CommandLine line) throws Exception {
        if (line.getArgList().size() != 1) {
            throw new UsageException("exactly one FILE.txt expected");
        }
        Path file = Path.of(line.getArgList().get(0));
        String raw = readText(file);
        CorrectedText corrected = new OcrCorrector(CorrectionOptions.from(line)).correct(raw);
        if (line.hasOption("report")) {
            ObjectNode report = DocumentJson.MAPPER.createObjectNode();
            report.put("source", file.toString());
            DocumentJson.putCorrections(report, corrected);
            AtomicFiles.write(Path.of(line.getOptionValue("report")), out -> DocumentJson.write(report, out));
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(corrected.text());
        out.flush();
        System.err.printf("%d corrections applied, %d suggested%n", corrected.corrections().size(),
                corrected.suggestions().size());
        return OK;
    }

    static String readText(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** The correction options shared by {@code correct} and {@code ingest}. */
    static final class CorrectionOptions {

        private CorrectionOptions() {
        }

        static Options addTo(Options options) {
            return options
                    .addOption(Option.builder().longOpt("threshold").hasArg().argName("0..1")
                            .desc("apply changes at least this confident, suggest the others (default 0.5)").build())
                    .addOption(Option.builder().longOpt("roster").hasArg().argName("FILE")
                            .desc("known member names, one per line, to repair misread names").build())
                    .addOption(Option.builder().longOpt("no-typography")
                            .desc("leave typography (bullets read as letters) as it is").build());
        }

        static CorrectorOptions from(CommandLine line) throws UsageException, IOException {
            CorrectorOptions options = CorrectorOptions.defaults().withTypography(!line.hasOption("no-typography"));
            if (line.hasOption("threshold")) {
                options = options.withThreshold(Args.doubleValue(line, "threshold", 0, 1));
            }
            if (line.hasOption("roster")) {
                options = options.withRoster(Roster.read(Path.of(line.getOptionValue("roster"))));
            }
            return options;
        }
    }
}
