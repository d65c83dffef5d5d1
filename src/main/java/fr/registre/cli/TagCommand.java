package fr.registre.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import fr.registre.export.DocumentJson;
import fr.registre.nlp.EntityTagger;
import fr.registre.nlp.TaggerOptions;

/** {@code registre tag}: the persons and organisations of a text file, as JSON, offsets into the file's text. */
final class TagCommand implements Command {

    @Override
    public String name() {
        return "tag";
    }

    @Override
    public String synopsis() {
        return "FILE.txt [--roster names.txt]";
    }

    @Override
    public String summary() {
        return "print the persons and organisations of a text as JSON";
    }

    @Override
    public Options options() {
        return new Options().addOption(Option.builder().longOpt("roster").hasArg().argName("FILE")
                .desc("known member names, one per line, found wherever they occur").build());
    }

    @Override
    public int run(CommandLine line) throws Exception {
        if (line.getArgList().size() != 1) {
            throw new UsageException("exactly one FILE.txt expected");
        }
        String text = CorrectCommand.readText(Path.of(line.getArgList().get(0)));
        TaggerOptions options = line.hasOption("roster")
                ? TaggerOptions.withRoster(Path.of(line.getOptionValue("roster"))) : TaggerOptions.defaults();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println(DocumentJson.MAPPER.writeValueAsString(DocumentJson.entities(EntityTagger.shipped(options).tag(text))));
        return OK;
    }
}
