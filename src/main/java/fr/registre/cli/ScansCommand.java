package fr.registre.cli;

import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import fr.registre.bench.ScanSet;

/** {@code registre scans}: regenerates the synthetic sample scans and their ground truth. */
final class ScansCommand implements Command {

    @Override
    public String name() {
        return "scans";
    }

    @Override
    public String synopsis() {
        return "[--out DIR]";
    }

    @Override
    public String summary() {
        return "regenerate the sample scans and ground truth (default into scans/)";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("out").hasArg().argName("DIR").desc("target directory (default scans)").build())
                .addOption(Option.builder("h").longOpt("help").build());
    }

    @Override
    public int run(CommandLine line) throws Exception {
        for (Path p : ScanSet.generate(Path.of(line.getOptionValue("out", "scans")))) {
            System.out.println("wrote " + p);
        }
        return OK;
    }
}
