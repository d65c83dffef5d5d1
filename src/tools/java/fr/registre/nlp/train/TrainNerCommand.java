package fr.registre.nlp.train;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import fr.registre.cli.Command;
import fr.registre.cli.ExitCode;
import fr.registre.cli.Invocation;
import fr.registre.cli.UsageException;
import fr.registre.io.AtomicFiles;
import fr.registre.nlp.NameFinderModels;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * {@code registre train-ner}: trains the person and organisation model into {@code models/ner/} and
 * writes its evaluation on the held-out sets next to it.
 */
public final class TrainNerCommand implements Command {

    private static final Spec SPEC = new Spec("train-ner", "[--models models] [--import ner-data] [--evaluate-only]",
            "train the French person/organisation model and report P/R/F1 on held-out text",
            List.of(Opt.value("models", "DIR", "the models directory (default: models)"),
                    Opt.value("import", "DIR", "first convert the general corpora of DIR (europeana-ner-fr/, hipe2022-newseye-fr/)"),
                    Opt.flag("evaluate-only", "evaluate the shipped model, do not train")));

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public ExitCode run(Invocation call) throws Exception {
        Path models = Path.of(call.value("models", "models"));
        Path ner = models.resolve("ner");
        if (!Files.isDirectory(ner.resolve("domain"))) {
            throw new UsageException(ner.resolve("domain") + " not found: run from the project directory or give --models");
        }
        if (call.has("import")) {
            GeneralCorpora.importAll(Path.of(call.value("import", null)), ner.resolve("corpus"));
            call.info("registre train-ner: converted the general corpora into " + ner.resolve("corpus"));
        }
        Path modelFile = ner.resolve(NameFinderModels.FILE_NAME);
        TokenNameFinderModel model;
        if (call.has("evaluate-only")) {
            model = new TokenNameFinderModel(modelFile);
        } else {
            long start = System.nanoTime();
            model = new NerTrainer(ner).train();
            NerTrainer.save(model, modelFile);
            call.info(String.format(Locale.ROOT, "registre train-ner: trained %s in %.0f s", modelFile, (System.nanoTime() - start) / 1e9));
        }
        List<NerEvaluation.Score> scores = new NerEvaluation(ner).evaluate(model);
        String report = NerEvaluation.HEADER + "\n"
                + scores.stream().map(Object::toString).collect(Collectors.joining("\n")) + "\n";
        AtomicFiles.writeString(ner.resolve("evaluation.md"), report);
        call.out().print(report);
        return ExitCode.OK;
    }
}
