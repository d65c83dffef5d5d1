package fr.registre.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import fr.registre.model.Entity;
import fr.registre.model.EntityType;
import fr.registre.nlp.train.AnnotatedText;
import fr.registre.nlp.train.NerEvaluation;
import fr.registre.pipeline.Registre;
import fr.registre.pipeline.RegistreConfig;
import fr.registre.text.Fold;

/**
 * How well {@code registre tag} finds persons and organisations. On the project's samples, annotated
 * by hand ({@code models/ner/heldout/}): precision, recall and F1 per type, on character spans. On
 * real texts from other authorities: recall of the persons their gold records name (attendance,
 * proxies, substitutes, named votes, president, secretary) and of the grant beneficiaries, found as a
 * person or an organisation, after correction as {@code registre extract} tags them. The gold records
 * do not list every name of a text (third parties, staff), so precision is only measured on the samples.
 */
public final class EntityBenchmark {

    private final Path texts;
    private final Path nerDir;

    /**
     * @param texts  a directory of {@code NAME.txt} and {@code NAME.gold.json}
     * @param nerDir the {@code models/ner} directory, for the annotated samples
     */
    public EntityBenchmark(Path texts, Path nerDir) {
        this.texts = texts;
        this.nerDir = nerDir;
    }

    /** Recall on one real text: the gold's names, those found, and those missed. */
    public record Recall(String text, int persons, List<String> missedPersons, int beneficiaries, List<String> missedBeneficiaries) {

        int personsFound() {
            return persons - missedPersons.size();
        }

        int beneficiariesFound() {
            return beneficiaries - missedBeneficiaries.size();
        }
    }

    /** Every score: the samples per file and in all, then the real texts' recall. */
    public record Scores(List<NerEvaluation.Score> samples, List<Recall> texts) {

        /** The samples' score of one type over all files. */
        public NerEvaluation.Score samples(EntityType type) {
            return samples.stream().filter(s -> s.set().equals(ALL) && s.type() == type).findFirst().orElseThrow();
        }

        public double personRecall() {
            return ratio(texts.stream().mapToInt(Recall::personsFound).sum(), texts.stream().mapToInt(Recall::persons).sum());
        }

        public double beneficiaryRecall() {
            return ratio(texts.stream().mapToInt(Recall::beneficiariesFound).sum(),
                    texts.stream().mapToInt(Recall::beneficiaries).sum());
        }
    }

    private static final String ALL = "all";

    public Scores scores() throws IOException {
        List<Recall> recalls = new ArrayList<>();
        List<NerEvaluation.Score> samples = new ArrayList<>();
        try (Registre registre = Registre.open(RegistreConfig.defaults().withoutOcr())) {
            for (GoldText g : GoldText.in(texts)) {
                recalls.add(recall(g, registre.analyse(g.text(), g.name()).entities()));
            }
            Map<String, AnnotatedText> annotated = new NerEvaluation(nerDir).registersByName();
            annotated.forEach((name, doc) -> samples.addAll(NerEvaluation.tagger(registre.tagger(), name, List.of(doc))));
            samples.addAll(NerEvaluation.tagger(registre.tagger(), ALL, List.copyOf(annotated.values())));
        }
        return new Scores(samples, recalls);
    }

    /** The report as Markdown. */
    public String run() throws IOException {
        Scores scores = scores();
        StringBuilder md = new StringBuilder("# registre entity benchmark\n\n");
        md.append(String.format(Locale.ROOT, "%s. Persons and organisations as `registre tag` finds them.%n%n"
                + "## samples, annotated by hand (`models/ner/heldout/`)%n%n"
                + "| text | type | names | precision | recall | F1 |%n|---|---|---:|---:|---:|---:|%n", LocalDate.now()));
        for (NerEvaluation.Score s : scores.samples()) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %.3f | %.3f | %.3f |%n",
                    s.set(), s.type().label(), s.names(), s.precision(), s.recall(), s.f1()));
        }
        md.append(String.format(Locale.ROOT, "%n## real texts of other authorities (`%s`), corrected then tagged%n%n"
                + "Recall of the names their gold records give; a name counts as found when an entity names the same "
                + "person (case, accents, civilities and initials folded as the gold's README says).%n%n"
                + "| text | persons | beneficiaries | missed |%n|---|---:|---:|---|%n", texts));
        for (Recall r : scores.texts()) {
            List<String> missed = new ArrayList<>(r.missedPersons());
            missed.addAll(r.missedBeneficiaries());
            md.append(String.format(Locale.ROOT, "| %s | %d/%d | %d/%d | %s |%n", r.text(), r.personsFound(), r.persons(),
                    r.beneficiariesFound(), r.beneficiaries(), String.join(", ", missed)));
        }
        md.append(String.format(Locale.ROOT, "%n## totals%n%n| measure | value |%n|---|---:|%n"
                        + "| samples: person precision / recall | %.3f / %.3f |%n"
                        + "| samples: organisation precision / recall | %.3f / %.3f |%n"
                        + "| real texts: person recall | %.3f |%n| real texts: beneficiary recall | %.3f |%n",
                scores.samples(EntityType.PERSON).precision(), scores.samples(EntityType.PERSON).recall(),
                scores.samples(EntityType.ORGANIZATION).precision(), scores.samples(EntityType.ORGANIZATION).recall(),
                scores.personRecall(), scores.beneficiaryRecall()));
        return md.toString();
    }

    private static Recall recall(GoldText text, List<Entity> entities) {
        List<String> persons = entities.stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::text).toList();
        List<String> all = entities.stream().map(Entity::text).toList();
        List<String> goldPersons = persons(text.gold());
        List<String> goldBeneficiaries = new ArrayList<>();
        text.gold().path("beneficiaries").forEach(b -> goldBeneficiaries.add(b.path("name").asText()));
        List<String> distinctBeneficiaries = distinct(goldBeneficiaries);
        return new Recall(text.name(), goldPersons.size(),
                goldPersons.stream().filter(p -> persons.stream().noneMatch(f -> NameMatch.samePerson(f, p))).toList(),
                distinctBeneficiaries.size(),
                distinctBeneficiaries.stream().filter(b -> all.stream()
                        .noneMatch(f -> NameMatch.sameOrganisation(f, b) || NameMatch.samePerson(f, b))).toList());
    }

    /** The persons a gold record names, each once; a president or secretary up to the function that follows the name. */
    static List<String> persons(JsonNode gold) {
        List<String> names = new ArrayList<>();
        for (String list : List.of("present", "excused", "absent")) {
            gold.path(list).forEach(n -> names.add(n.asText()));
        }
        gold.path("represented").forEach(r -> {
            names.add(r.path("member").asText());
            names.add(r.path("proxy").asText(""));
        });
        gold.path("substitutes").forEach(s -> {
            names.add(s.path("substitute").asText());
            names.add(s.path("replaces").asText());
        });
        gold.path("votes").forEach(v -> List.of("forNames", "againstNames", "abstainers", "notVotingNames")
                .forEach(list -> v.path(list).forEach(n -> names.add(n.asText()))));
        for (String office : List.of("president", "secretary")) {
            String written = gold.path(office).asText("");
            if (!written.contains("non nomm")) {
                names.add(written.split("[,(]", 2)[0]);
            }
        }
        return distinct(names.stream().map(String::strip).filter(n -> n.chars().anyMatch(Character::isUpperCase)).toList());
    }

    private static List<String> distinct(List<String> names) {
        Map<String, String> byFold = new LinkedHashMap<>();
        names.forEach(n -> byFold.putIfAbsent(Fold.fold(n), n));
        return List.copyOf(byFold.values());
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1 : (double) part / whole;
    }
}
