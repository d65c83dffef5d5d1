package fr.registre.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;


import fr.registre.pipeline.Registre;
import fr.registre.pipeline.RegistreConfig;

/**
 * Scores the records {@code registre extract} gives (text corrected and tagged first, as for a
 * user) against hand-made gold records: every {@code NAME.txt} with a {@code NAME.gold.json} beside
 * it in the texts directory, and the project's own samples. Names are compared as the gold's README
 * says (case, accents and civilities folded; an initial or a missing first name still matches).
 */
public final class ExtractionBenchmark {

    private static final List<String> SAMPLES = List.of("bureau-2025", "bureau-2019", "territoire-2022");

    private final Path texts;

    /** @param texts a directory of {@code NAME.txt} and {@code NAME.gold.json} */
    public ExtractionBenchmark(Path texts) {
        this.texts = texts;
    }

    /** The scores of every text: those of the texts directory first, then the samples. */
    public List<ExtractionScore> scores() throws IOException {
        List<GoldText> golds = golds();
        List<ExtractionScore> scores = new ArrayList<>();
        try (Registre registre = Registre.open(RegistreConfig.defaults().withoutOcr())) {
            for (GoldText g : golds) {
                scores.add(ExtractionScore.of(g.name(), g.gold(), registre.analyse(g.text(), g.name()).deliberation()));
            }
        }
        return scores;
    }

    /** The report as Markdown. */
    public String run() throws IOException {
        return markdown(scores());
    }

    /** True for the score of one of the project's own samples, false for a shared real text. */
    static boolean isSample(ExtractionScore score) {
        return SAMPLES.contains(score.text());
    }

    /** The fields summed over a group of texts. */
    static ExtractionScore total(String name, List<ExtractionScore> scores) {
        List<ExtractionScore.Count> counts = new ArrayList<>();
        for (String field : ExtractionScore.FIELDS) {
            counts.add(scores.stream().map(s -> s.count(field))
                    .reduce(new ExtractionScore.Count(field, 0, 0, 0), ExtractionScore.Count::plus));
        }
        return new ExtractionScore(name, counts);
    }

    private List<GoldText> golds() throws IOException {
        List<GoldText> golds = GoldText.in(texts);
        for (String sample : SAMPLES) {
            golds.add(GoldText.sample(sample));
        }
        return golds;
    }

    private String markdown(List<ExtractionScore> scores) {
        StringBuilder md = new StringBuilder("# registre extraction benchmark\n\n");
        md.append(String.format(Locale.ROOT, "%s. `registre extract` (corrected, tagged) on %d texts: the gold records "
                + "of `%s` and the project's samples (%s). Each cell is right/found/expected.%n%n",
                LocalDate.now(), scores.size(), texts, String.join(", ", SAMPLES)));
        md.append("| text | ").append(String.join(" | ", ExtractionScore.FIELDS)).append(" |\n|---|");
        md.append("---:|".repeat(ExtractionScore.FIELDS.size())).append('\n');
        for (ExtractionScore s : scores) {
            md.append("| ").append(s.text()).append(" | ");
            md.append(String.join(" | ", s.counts().stream()
                    .map(c -> c.right() + "/" + c.found() + "/" + c.expected()).toList())).append(" |\n");
        }
        List<ExtractionScore> shared = scores.stream().filter(s -> !isSample(s)).toList();
        List<ExtractionScore> samples = scores.stream().filter(ExtractionBenchmark::isSample).toList();
        md.append("\n## totals\n\n| field | texts: P | R | F1 | samples: P | R | F1 |\n|---|---:|---:|---:|---:|---:|---:|\n");
        ExtractionScore a = total("texts", shared);
        ExtractionScore b = total("samples", samples);
        for (String field : ExtractionScore.FIELDS) {
            ExtractionScore.Count x = a.count(field);
            ExtractionScore.Count y = b.count(field);
            md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", field,
                    x.precision(), x.recall(), x.f1(), y.precision(), y.recall(), y.f1()));
        }
        return md.toString();
    }
}
