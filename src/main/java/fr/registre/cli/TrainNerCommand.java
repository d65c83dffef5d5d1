package fr.registre.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import fr.registre.io.AtomicFiles;
import fr.registre.nlp.NameFinderModels;
import fr.registre.nlp.train.GeneralCorpora;
import fr.registre.nlp.train.NerEvaluation;
import fr.registre.nlp.train.NerTrainer;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * {@code registre train-ner}: trains the person and organisation model into {@code models/ner/} and
 * writes its evaluation on the held-out sets next to it.
 */
final class TrainNerCommand implements Command {

    @Override
    public String name() {
        return "train-ner";
    }

    @Override
    public String synopsis() {
        return "[--models models] [--import ner-data] [--evaluate-only]";
    }

    @Override
    public String summary() {
        return "train the French person/organisation model and report P/R/F1 on held-out text";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("models").hasArg().argName("DIR")
                        .desc("the models directory (default: models)").build())
                .addOption(Option.builder().longOpt("import").hasArg().argName("DIR")
                        .desc("first convert the general corpora of DIR (europeana-ner-fr/, hipe2022-newseye-fr/)").build())
                .addOption(Option.builder().longOpt("evaluate-only").desc("evaluate the shipped model, do not train").build());
    }

    @Override
    public int run(CommandLine line) throws Exception {
        Path models = Path.of(line.getOptionValue("models", "models"));
        Path ner = models.resolve("ner");
        if (!Files.isDirectory(ner.resolve("domain"))) {
            throw new UsageException(ner.resolve("domain") + " not found: run from the project directory or give --models");
        }
        if (line.hasOption("import")) {
            GeneralCorpora.importAll(Path.of(line.getOptionValue("import")), ner.resolve("corpus"));
            System.err.println("registre train-ner: converted the general corpora into " + ner.resolve("corpus"));
        }
        Path modelFile = ner.resolve(NameFinderModels.FILE_NAME);
        TokenNameFinderModel model;
        if (line.hasOption("evaluate-only")) {
            model = new TokenNameFinderModel(modelFile);
        } else {
            long start = System.nanoTime();
            model = new NerTrainer(ner).train();
            NerTrainer.save(model, modelFile);
            System.err.printf("registre train-ner: trained %s in %.0f s%n", modelFile, (System.nanoTime() - start) / 1e9);
        }
        List<NerEvaluation.Score> scores = new NerEvaluation(ner).evaluate(model);
        String report = NerEvaluation.HEADER + "\n"
                + scores.stream().map(Object::toString).collect(Collectors.joining("\n")) + "\n";
        AtomicFiles.writeString(ner.resolve("evaluation.md"), report);
        System.out.print(report);
        return OK;
    }
}
