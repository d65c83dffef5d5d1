package fr.registre.nlp.train;

import java.util.ArrayList;
import java.util.List;

import fr.registre.nlp.FrenchTokenizer;
import fr.registre.nlp.Sentence;
import fr.registre.nlp.SentenceSplitter;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/** Turns annotated texts into OpenNLP training samples, split and tokenised as the tagger does. */
public final class NameSamples {

    private final SentenceSplitter splitter;
    private final FrenchTokenizer tokenizer = new FrenchTokenizer();

    public NameSamples(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    /** One sample per sentence; the first clears the adaptive data, as a new document does. */
    public List<NameSample> of(AnnotatedText document) {
        List<Span> sentences = keepNamesWhole(splitter.split(document.text()), document.names());
        List<NameSample> samples = new ArrayList<>();
        for (Sentence sentence : Sentence.of(document.text(), sentences, tokenizer)) {
            List<Span> names = new ArrayList<>();
            for (Span name : document.names()) {
                Span tokens = tokenRange(sentence, name);
                // a name that shares a token with the previous one (corpus text glued by OCR) is left out
                if (tokens != null && (names.isEmpty() || !names.get(names.size() - 1).intersects(tokens))) {
                    names.add(tokens);
                }
            }
            samples.add(new NameSample(sentence.words(), names.toArray(Span[]::new), samples.isEmpty()));
        }
        return samples;
    }

    /** Joins consecutive sentences when a name runs across their boundary. */
    private static List<Span> keepNamesWhole(List<Span> sentences, List<Span> names) {
        List<Span> merged = new ArrayList<>();
        for (Span sentence : sentences) {
            Span previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            boolean crossed = previous != null && names.stream()
                    .anyMatch(n -> n.getStart() < previous.getEnd() && n.getEnd() > sentence.getStart());
            if (crossed) {
                merged.set(merged.size() - 1, new Span(previous.getStart(), sentence.getEnd()));
            } else {
                merged.add(sentence);
            }
        }
        return merged;
    }

    /** The tokens of the sentence that a character span covers, typed, or null if none. */
    private static Span tokenRange(Sentence sentence, Span name) {
        int from = -1;
        int to = -1;
        for (int i = 0; i < sentence.size(); i++) {
            Span token = sentence.tokens()[i];
            if (token.getEnd() > name.getStart() && token.getStart() < name.getEnd()) {
                if (from < 0) {
                    from = i;
                }
                to = i + 1;
            }
        }
        return from < 0 ? null : new Span(from, to, name.getType());
    }
}
