package fr.registre.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import fr.registre.model.Entity;
import fr.registre.model.EntityType;
import fr.registre.text.Words;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Tags persons and organisations in French text. The statistical name finder (OpenNLP maximum
 * entropy, trained by {@code train-ner}), with name edges fixed by {@link NameBounds}; then the
 * roster, the persons the document lists with first name and surname (plus any known from outside)
 * found again everywhere, OCR near-misses included; then names after civilities ("MM. MEÏ,
 * BONNET"), bodies named in capital headings and companies by their legal form; then acronyms linked to the organisations they abbreviate. Where passes disagree the
 * longer name wins.
 * <p>
 * Thread-safe: the model is shared, each thread gets its own {@link NameFinderME}.
 */
public final class EntityTagger {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final FrenchTokenizer tokenizer = new FrenchTokenizer();
    private final ThreadLocal<NameFinderME> finder;
    private final List<List<String>> knownNames;

    public EntityTagger(TokenNameFinderModel model, TaggerOptions options) {
        this.finder = ThreadLocal.withInitial(() -> new NameFinderME(model));
        this.knownNames = options.knownNames().stream().map(n -> List.of(tokenizer.tokenize(n))).toList();
    }

    /** A tagger with the shipped model. */
    public static EntityTagger shipped(TaggerOptions options) {
        return new EntityTagger(NameFinderModels.shipped(), options);
    }

    /** The persons and organisations of {@code text}, in text order, not overlapping. */
    public List<Entity> tag(String text) {
        List<Sentence> sentences = Sentence.of(text, splitter, tokenizer);
        List<Entity> found = new ArrayList<>();
        List<List<String>> roster = new ArrayList<>(knownNames);
        NameFinderME me = finder.get();
        try {
            for (Sentence sentence : sentences) {
                for (Span name : me.find(sentence.words())) {
                    EntityType type = EntityType.ofLabel(name.getType());
                    int[] range = type == null ? null : NameBounds.fix(sentence, name.getStart(), name.getEnd(), type);
                    if (range == null) {
                        continue;
                    }
                    List<int[]> names = type == EntityType.PERSON
                            ? NameBounds.splitLines(sentence, text, range[0], range[1]) : List.of(range);
                    for (int[] n : names) {
                        found.add(sentence.entity(text, n[0], n[1], type, Entity.MODEL));
                        if (type == EntityType.PERSON && isFullName(sentence.words(), n[0], n[1])) {
                            roster.add(List.of(sentence.words()).subList(n[0], n[1]));
                        }
                    }
                }
            }
        } finally {
            me.clearAdaptiveData();
        }
        RosterMatcher matcher = new RosterMatcher(roster);
        if (!matcher.isEmpty()) {
            found.addAll(matcher.find(text, sentences));
        }
        found.addAll(CivilityLists.find(text, sentences));
        found.addAll(CapitalBodies.find(text, sentences));
        found.addAll(CompanyForms.find(text, sentences));
        List<Entity> organisations = new ArrayList<>(found.stream().filter(e -> e.type() == EntityType.ORGANIZATION).toList());
        List<Entity> acronyms = AcronymLinker.link(text, organisations);
        found.removeIf(e -> e.type() == EntityType.ORGANIZATION);
        found.addAll(organisations);
        found.addAll(acronyms);
        return resolve(found);
    }

    /** A first name and a surname, at least one of them in capitals or both capitalised. */
    private static boolean isFullName(String[] words, int from, int to) {
        if (to - from < 2 || to - from > 5) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Words.startsUpper(words[i]) && !NameBounds.isParticle(words[i])) {
                return false;
            }
        }
        return true;
    }

    /** Keeps, of overlapping entities, the longest; at equal length an acronym, then the model's. */
    private static List<Entity> resolve(List<Entity> entities) {
        List<Entity> byPreference = new ArrayList<>(entities);
        byPreference.sort(Comparator.comparingInt(Entity::length).reversed().thenComparingInt(EntityTagger::rank));
        List<Entity> kept = new ArrayList<>();
        for (Entity e : byPreference) {
            if (kept.stream().noneMatch(e::overlaps)) {
                kept.add(e);
            }
        }
        kept.sort(Comparator.comparingInt(Entity::start));
        return kept;
    }

    private static int rank(Entity e) {
        return switch (e.source()) {
            case Entity.ACRONYM -> 0;
            case Entity.MODEL -> 1;
            case Entity.ROSTER -> 2;
            default -> 3;
        };
    }
}
