package fr.registre.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import fr.registre.model.DisjointSpans;
import fr.registre.model.Entity;
import fr.registre.model.EntityType;
import fr.registre.text.Lexicon;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Tags persons and organisations in French text by running {@link EntityFinder}s in order: the
 * statistical name finder (OpenNLP maximum entropy, trained by {@code train-ner}); the roster, the
 * persons the model found with first name and surname (plus any known from outside) found again
 * everywhere, OCR near-misses included; names after civilities ("MM. MEÏ, BONNET"); bodies named in
 * capital headings; companies by their legal form; bodies by their kind ("Comité des Fêtes") or as
 * an acronym after an article ("la CCIMP"); bodies named as grants name them (in quotes after
 * "association", alone before their amount); the names of enumerations ("ETORE, LASSERRE D.,
 * PUJADE"). Acronyms are then linked to the organisations they abbreviate. Where finds overlap the
 * longer name wins.
 * <p>
 * Thread-safe: build one with the loaded models and share it.
 */
public final class EntityTagger {

    private final SentenceSplitter splitter;
    private final FrenchTokenizer tokenizer = new FrenchTokenizer();
    private final List<EntityFinder> finders;

    public EntityTagger(TokenNameFinderModel model, SentenceSplitter splitter, Lexicon lexicon, TaggerOptions options) {
        this.splitter = splitter;
        NameBounds bounds = new NameBounds(lexicon);
        this.finders = List.of(new ModelNames(model, bounds), new RosterNames(options.knownNames(), tokenizer),
                new CivilityLists(bounds), new CapitalBodies(), new CompanyForms(), new NamedBodies(), new GrantedBodies(),
                new ListNames(bounds));
    }

    /** The persons and organisations of {@code text}, in text order, not overlapping. */
    public List<Entity> tag(String text) {
        List<Sentence> sentences = Sentence.of(text, splitter, tokenizer);
        List<Entity> found = new ArrayList<>();
        for (EntityFinder finder : finders) {
            found.addAll(finder.find(text, sentences, Collections.unmodifiableList(found)));
        }
        List<Entity> organisations = new ArrayList<>(found.stream().filter(e -> e.type() == EntityType.ORGANIZATION).toList());
        List<Entity> acronyms = AcronymLinker.link(text, organisations);
        found.removeIf(e -> e.type() == EntityType.ORGANIZATION);
        found.addAll(organisations);
        found.addAll(acronyms);
        return resolve(found);
    }

    /** Keeps, of overlapping entities, the longest; at equal length a linked acronym, then any acronym, then the model's. */
    private static List<Entity> resolve(List<Entity> entities) {
        List<Entity> byPreference = new ArrayList<>(entities);
        byPreference.sort(Comparator.comparingInt(Entity::length).reversed().thenComparingInt(EntityTagger::rank));
        DisjointSpans<Entity> kept = new DisjointSpans<>();
        byPreference.forEach(kept::offer);
        return kept.inOrder();
    }

    private static int rank(Entity e) {
        return switch (e.source()) {
            case Entity.ACRONYM -> e.longForm() != null ? 0 : 1;
            case Entity.MODEL -> 2;
            case Entity.ROSTER -> 3;
            default -> 4;
        };
    }
}
