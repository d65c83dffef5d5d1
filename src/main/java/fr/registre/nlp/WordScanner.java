package fr.registre.nlp;

import java.util.ArrayList;
import java.util.List;

import fr.registre.model.Entity;

/**
 * A finder whose rule starts at one word (a civility, a body's head noun, a legal form) and may take
 * the words after it: it looks at each word of each sentence in turn, going on after what it took.
 */
abstract class WordScanner implements EntityFinder {

    @Override
    public final List<Entity> find(String text, List<Sentence> sentences, List<Entity> earlier) {
        List<Entity> found = new ArrayList<>();
        for (Sentence sentence : sentences) {
            int i = 0;
            while (i < sentence.size()) {
                i = Math.max(i + 1, scan(text, sentence, i, found));
            }
        }
        return found;
    }

    /**
     * Adds to {@code found} what starts at word {@code i} of the sentence, if anything; returns the
     * word to go on from (the next one when it is not past {@code i}).
     */
    abstract int scan(String text, Sentence sentence, int i, List<Entity> found);
}
