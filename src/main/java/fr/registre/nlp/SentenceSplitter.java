package fr.registre.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits French text into sentences: first at blank lines (registers set headings, lists and
 * articles apart that way), then with OpenNLP's French sentence model (Universal Dependencies GSD),
 * rejoining the splits it makes after a civility or an initial ("M. DUPONT", "J. MARTIN"), which
 * would cut a name in two. Thread-safe.
 */
public final class SentenceSplitter {

    private static final String MODEL = "/opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin";
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\f\\r]*\\n\\s*");
    /** What ends a paragraph that goes on across a blank line: a capitalised word, as a first name. */
    private static final Pattern FIRST_NAME_END = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?[ \\t]*$");
    /** What starts a paragraph that goes on after a first name: a lone word in capitals, as a surname. */
    private static final Pattern LONE_SURNAME = Pattern.compile("\\p{Lu}[\\p{Lu}'’-]+[ \\t]*(?:\\n|$)");
    private static final Pattern CUT_BEFORE_NAME = Pattern.compile(
            "(?:\\b(?:M|MM|Mme|Mmes|Mlle|Dr|Me|St|Ste)\\.|(?<![\\p{L}\\p{N}])\\p{Lu}\\.)\\s*$");

    private final ThreadSafeSentenceDetectorME detector;

    public SentenceSplitter(SentenceModel model) {
        this.detector = new ThreadSafeSentenceDetectorME(model);
    }

    /** Sentence spans of {@code text}, in order, trimmed of surrounding white space. */
    public List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        Matcher blank = BLANK_LINE.matcher(text);
        int from = 0;
        while (from < text.length()) {
            boolean more = findBoundary(blank, text);
            String part = text.substring(from, more ? blank.start() : text.length());
            int offset = from;
            from = more ? blank.end() : text.length();
            Span previous = null;
            for (Span s : detector.sentPosDetect(part)) {
                Span sentence = new Span(s.getStart() + offset, s.getEnd() + offset);
                if (previous != null && CUT_BEFORE_NAME.matcher(text.substring(previous.getStart(), previous.getEnd())).find()) {
                    previous = new Span(previous.getStart(), sentence.getEnd());
                    sentences.set(sentences.size() - 1, previous);
                } else {
                    sentences.add(sentence);
                    previous = sentence;
                }
            }
        }
        return sentences;
    }

    /**
     * The next blank line that ends a paragraph. Text flattened from positioned layouts puts blank
     * lines inside a sentence ("Monsieur Jean" ⏎⏎ "JAROSZ" ⏎⏎ ", doyen d'âge"): a blank line followed by
     * a comma, or between a first name and a lone surname in capitals, is no boundary.
     */
    private static boolean findBoundary(Matcher blank, String text) {
        while (blank.find()) {
            boolean comma = blank.end() < text.length() && ",;)".indexOf(text.charAt(blank.end())) >= 0;
            boolean name = FIRST_NAME_END.matcher(text.substring(Math.max(0, blank.start() - 40), blank.start())).find()
                    && LONE_SURNAME.matcher(text).region(blank.end(), text.length()).lookingAt();
            if (!comma && !name) {
                return true;
            }
        }
        return false;
    }

    /** Reads OpenNLP's French sentence model from the class path (thread-safe once loaded: share it). */
    public static SentenceModel loadFrenchModel() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("French sentence model " + MODEL + " is not on the class path");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
