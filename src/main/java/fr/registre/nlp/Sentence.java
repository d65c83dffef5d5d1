package fr.registre.nlp;

import java.util.ArrayList;
import java.util.List;

import fr.registre.model.Entity;
import fr.registre.model.EntityType;
import opennlp.tools.util.Span;

/**
 * One sentence of a text, tokenised.
 *
 * @param tokens the tokens' spans in the whole text
 * @param words  the tokens' strings
 */
public record Sentence(Span[] tokens, String[] words) {

    /** The sentences of {@code text}, each tokenised. */
    public static List<Sentence> of(String text, SentenceSplitter splitter, FrenchTokenizer tokenizer) {
        return of(text, splitter.split(text), tokenizer);
    }

    /** The given sentence spans of {@code text}, each tokenised. */
    public static List<Sentence> of(String text, List<Span> spans, FrenchTokenizer tokenizer) {
        List<Sentence> sentences = new ArrayList<>();
        for (Span span : spans) {
            String covered = text.substring(span.getStart(), span.getEnd());
            Span[] local = tokenizer.tokenizePos(covered);
            if (local.length == 0) {
                continue;
            }
            Span[] tokens = new Span[local.length];
            for (int i = 0; i < local.length; i++) {
                tokens[i] = new Span(local[i], span.getStart());
            }
            sentences.add(new Sentence(tokens, Span.spansToStrings(local, covered)));
        }
        return sentences;
    }

    /** The entity that tokens {@code from} (inclusive) to {@code to} (exclusive) of {@code text} name. */
    public Entity entity(String text, int from, int to, EntityType type, String source) {
        int start = tokens[from].getStart();
        int end = tokens[to - 1].getEnd();
        return new Entity(type, text.substring(start, end), start, end, source);
    }

    public int size() {
        return words.length;
    }
}
