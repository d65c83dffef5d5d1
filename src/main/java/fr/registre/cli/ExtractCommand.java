package fr.registre.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import fr.registre.correct.OcrCorrector;
import fr.registre.export.DocumentJson;
import fr.registre.extract.DeliberationExtractor;
import fr.registre.model.AnalysedDocument;
import fr.registre.model.Deliberation;
import fr.registre.pipeline.IngestRunner;

/**
 * {@code registre extract}: the deliberation record of one text, PDF or image, as JSON. A text file
 * is corrected first, unless {@code --no-correct}; PDFs and images go through the whole pipeline.
 */
final class ExtractCommand implements Command {

    @Override
    public String name() {
        return "extract";
    }

    @Override
    public String synopsis() {
        return "FILE(.txt|.pdf|image) [--no-correct] [ingest options]";
    }

    @Override
    public String summary() {
        return "print the deliberation record (attendance, votes, beneficiaries...) as JSON";
    }

    @Override
    public Options options() {
        Options options = new Options();
        new IngestCommand().options().getOptions().stream()
                .filter(o -> !"out".equals(o.getLongOpt())).forEach(options::addOption);
        return options.addOption(Option.builder().longOpt("no-correct").desc("extract from a text file as it is").build());
    }

    @Override
    public int run(CommandLine line) throws Exception {
        if (line.getArgList().size() != 1) {
            throw new UsageException("exactly one FILE expected");
        }
        Path file = Path.of(line.getArgList().get(0));
        Deliberation record;
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
            String text = CorrectCommand.readText(file);
            if (!line.hasOption("no-correct")) {
                text = new OcrCorrector(CorrectCommand.CorrectionOptions.from(line)).correct(text).text();
            }
            record = new DeliberationExtractor().extract(text);
        } else {
            try (IngestRunner runner = new IngestRunner(IngestCommand.options(line))) {
                AnalysedDocument analysed = runner.read(file);
                record = analysed.deliberation();
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println(DocumentJson.MAPPER.writeValueAsString(DocumentJson.deliberation(record)));
        return OK;
    }
}
