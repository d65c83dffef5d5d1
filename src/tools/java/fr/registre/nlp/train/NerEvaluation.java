package fr.registre.nlp.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import fr.registre.model.Entity;
import fr.registre.model.EntityType;
import fr.registre.nlp.EntityTagger;
import fr.registre.nlp.SentenceSplitter;
import fr.registre.text.Lexicon;
import fr.registre.nlp.TaggerOptions;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderEvaluator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.eval.FMeasure;

/**
 * Precision, recall and F1 per type on the held-out sets, never trained on: real registers annotated
 * by hand ({@code models/ner/heldout/}), generated documents with names the training never drew, and
 * the held-out share of the general corpora. The statistical model alone is scored with OpenNLP's
 * {@link TokenNameFinderEvaluator} on tokens; the whole tagger (model, roster, acronyms) on
 * character spans of the texts.
 */
public final class NerEvaluation {

    /** One line of the report. */
    public record Score(String set, String scorer, EntityType type, int names, double precision, double recall, double f1) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "| %-10s | %-6s | %-12s | %5d | %.3f | %.3f | %.3f |",
                    set, scorer, type.label(), names, precision, recall, f1);
        }
    }

    public static final String HEADER = "| held-out   | scorer | type         | names | precision | recall | F1 |\n"
            + "|------------|--------|--------------|-------|-----------|--------|----|";

    private final Path nerDir;
    private final SentenceSplitter splitter = new SentenceSplitter(SentenceSplitter.loadFrenchModel());
    private final NameSamples samples = new NameSamples(splitter);

    /** @param nerDir the {@code models/ner} directory */
    public NerEvaluation(Path nerDir) {
        this.nerDir = nerDir;
    }

    /** Every score of the report, registers first. */
    public List<Score> evaluate(TokenNameFinderModel model) throws IOException {
        List<Score> scores = new ArrayList<>();
        EntityTagger tagger = new EntityTagger(model, splitter, Lexicon.load(), TaggerOptions.defaults());
        List<AnnotatedText> registers = registers();
        List<AnnotatedText> domain = DomainCorpus.read(nerDir.resolve("domain"), true)
                .generate(NerTrainer.DOMAIN_HELD_OUT, NerTrainer.HELD_OUT_SEED);
        scores.addAll(tagger(tagger, "registers", registers));
        scores.addAll(model(model, "registers", registers));
        scores.addAll(tagger(tagger, "generated", domain));
        scores.addAll(model(model, "generated", domain));
        for (String corpus : List.of(GeneralCorpora.EUROPEANA, GeneralCorpora.NEWSEYE)) {
            scores.addAll(model(model, corpus.replace("-fr", ""),
                    CorpusFiles.read(nerDir.resolve("corpus").resolve(corpus + ".eval.txt"))));
        }
        return scores;
    }

    /** The hand-annotated registers of {@code models/ner/heldout/}, one per file. */
    public List<AnnotatedText> registers() throws IOException {
        return List.copyOf(registersByName().values());
    }

    /** The hand-annotated registers by file name without its extension, in name order. */
    public Map<String, AnnotatedText> registersByName() throws IOException {
        try (Stream<Path> files = Files.list(nerDir.resolve("heldout"))) {
            Map<String, AnnotatedText> docs = new LinkedHashMap<>();
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                docs.put(f.getFileName().toString().replaceFirst("\\.txt$", ""),
                        AnnotatedText.parse(Files.readString(f, StandardCharsets.UTF_8)));
            }
            return docs;
        }
    }

    /** The whole tagger, on character spans; each document is tagged once for both types. */
    public static List<Score> tagger(EntityTagger tagger, String set, List<AnnotatedText> docs) {
        Map<EntityType, FMeasure> measures = new EnumMap<>(EntityType.class);
        Map<EntityType, Integer> names = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            measures.put(type, new FMeasure());
            names.put(type, 0);
        }
        for (AnnotatedText doc : docs) {
            List<Entity> found = tagger.tag(doc.text());
            for (EntityType type : EntityType.values()) {
                Span[] gold = doc.names(type.label()).toArray(Span[]::new);
                Span[] tagged = found.stream().filter(e -> e.type() == type)
                        .map(e -> new Span(e.start(), e.end(), type.label())).toArray(Span[]::new);
                measures.get(type).updateScores(gold, tagged);
                names.merge(type, gold.length, Integer::sum);
            }
        }
        List<Score> scores = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            scores.add(score(set, "tagger", type, names.get(type), measures.get(type)));
        }
        return scores;
    }

    /** The statistical model alone, with OpenNLP's evaluator, one type at a time. */
    private List<Score> model(TokenNameFinderModel model, String set, List<AnnotatedText> docs) throws IOException {
        List<NameSample> all = new ArrayList<>();
        for (AnnotatedText doc : docs) {
            all.addAll(samples.of(doc));
        }
        List<Score> scores = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            List<NameSample> ofType = all.stream().map(s -> new NameSample(s.getSentence(),
                    only(s.getNames(), type), s.isClearAdaptiveDataSet())).toList();
            TokenNameFinderEvaluator evaluator = new TokenNameFinderEvaluator(new OfType(new NameFinderME(model), type));
            evaluator.evaluate(new CollectionObjectStream<>(ofType));
            int names = ofType.stream().mapToInt(s -> s.getNames().length).sum();
            scores.add(score(set, "model", type, names, evaluator.getFMeasure()));
        }
        return scores;
    }

    private static Score score(String set, String scorer, EntityType type, int names, FMeasure f) {
        return new Score(set, scorer, type, names, f.getPrecisionScore(), f.getRecallScore(), f.getFMeasure());
    }

    private static Span[] only(Span[] spans, EntityType type) {
        return Arrays.stream(spans).filter(s -> type.label().equals(s.getType())).toArray(Span[]::new);
    }

    /** A name finder that reports one type only, so the evaluator scores that type. */
    private record OfType(NameFinderME finder, EntityType type) implements TokenNameFinder {
        @Override
        public Span[] find(String[] tokens) {
            return only(finder.find(tokens), type);
        }

        @Override
        public void clearAdaptiveData() {
            finder.clearAdaptiveData();
        }
    }
}
