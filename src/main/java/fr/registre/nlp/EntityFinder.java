package fr.registre.nlp;

import java.util.List;

import fr.registre.model.Entity;

/**
 * One way of finding persons and organisations in a text, as OpenNLP's {@code TokenNameFinder} but
 * over a whole document: the statistical model, the roster, civility lists, capital headings, legal
 * forms. The {@link EntityTagger} runs its finders in order and keeps, of overlapping finds, the
 * longest. Implementations are thread-safe.
 */
public interface EntityFinder {

    /**
     * The entities of {@code text}, which may overlap those of other finders.
     *
     * @param sentences the text's sentences, tokenized
     * @param earlier   what the finders run before this one found (read-only)
     */
    List<Entity> find(String text, List<Sentence> sentences, List<Entity> earlier);
}
