package fr.registre.nlp.train;

import fr.registre.nlp.SentenceSplitter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.registre.io.AtomicFiles;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the person and organisation model from the corpora of {@code models/ner/}: the general
 * corpora's training files and the generated domain documents. Fixed parameters and seeds, one
 * training thread: the same data gives the same model.
 */
public final class NerTrainer {

    /** Documents generated for training, and for the held-out evaluation. */
    public static final int DOMAIN_DOCUMENTS = 1500;
    public static final int DOMAIN_HELD_OUT = 200;
    public static final long TRAIN_SEED = 20251;
    public static final long HELD_OUT_SEED = 77003;

    private final Path nerDir;
    private final NameSamples samples = new NameSamples(new SentenceSplitter(SentenceSplitter.loadFrenchModel()));

    /** @param nerDir the {@code models/ner} directory */
    public NerTrainer(Path nerDir) {
        this.nerDir = nerDir;
    }

    public TokenNameFinderModel train() throws IOException {
        List<NameSample> training = new ArrayList<>();
        for (String corpus : List.of(GeneralCorpora.EUROPEANA, GeneralCorpora.NEWSEYE)) {
            for (AnnotatedText doc : CorpusFiles.read(nerDir.resolve("corpus").resolve(corpus + ".train.txt"))) {
                training.addAll(samples.of(doc));
            }
        }
        for (AnnotatedText doc : DomainCorpus.read(nerDir.resolve("domain"), false).generate(DOMAIN_DOCUMENTS, TRAIN_SEED)) {
            training.addAll(samples.of(doc));
        }
        return train(training);
    }

    /** A model trained on {@code samples} with registre's fixed parameters. */
    public static TokenNameFinderModel train(List<NameSample> samples) throws IOException {
        return NameFinderME.train("fr", null, new CollectionObjectStream<>(samples), parameters(), new TokenNameFinderFactory());
    }

    public static void save(TokenNameFinderModel model, Path file) throws IOException {
        AtomicFiles.write(file, (OutputStream out) -> model.serialize(out));
    }

    private static TrainingParameters parameters() {
        return new TrainingParameters(Map.of(
                TrainingParameters.ALGORITHM_PARAM, "MAXENT",
                TrainingParameters.ITERATIONS_PARAM, 120,
                TrainingParameters.CUTOFF_PARAM, 2,
                TrainingParameters.THREADS_PARAM, 1));
    }
}
