package fr.registre.nlp;

import java.util.ArrayList;
import java.util.List;

import fr.registre.model.Entity;
import fr.registre.model.EntityType;
import opennlp.tools.namefind.ThreadSafeNameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/** The statistical name finder (trained by {@code train-ner}), with name edges fixed by {@link NameBounds}. */
final class ModelNames implements EntityFinder {

    private final ThreadSafeNameFinderME finder;
    private final NameBounds bounds;

    ModelNames(TokenNameFinderModel model, NameBounds bounds) {
        this.finder = new ThreadSafeNameFinderME(model);
        this.bounds = bounds;
    }

    @Override
    public List<Entity> find(String text, List<Sentence> sentences, List<Entity> earlier) {
        List<Entity> found = new ArrayList<>();
        try {
            for (Sentence sentence : sentences) {
                for (Span name : finder.find(sentence.words())) {
                    EntityType type = EntityType.ofLabel(name.getType());
                    int[] range = type == null ? null : bounds.fix(sentence, name.getStart(), name.getEnd(), type);
                    if (range == null) {
                        continue;
                    }
                    List<int[]> names = type == EntityType.PERSON
                            ? NameBounds.splitLines(sentence, text, range[0], range[1]) : List.of(range);
                    for (int[] n : names) {
                        found.add(sentence.entity(text, n[0], n[1], type, Entity.MODEL));
                    }
                }
            }
        } finally {
            // the model's adaptive features describe one document
            finder.clearAdaptiveData();
        }
        return found;
    }
}
