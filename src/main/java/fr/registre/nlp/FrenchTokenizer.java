package fr.registre.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.Span;

/**
 * Splits French text into tokens the way the name finder and its training data expect: elided
 * articles and pronouns are tokens of their own ("l'", "D’", "qu'"), hyphenated words and names stay
 * whole ("Jean-Pierre", "Aix-Marseille-Provence", "PADOVANI-FAURE-BRAC"), numbers keep their thousands
 * spaces ("20 000"), identifiers their dashes and slashes ("ECOR-020-17755/25/BM"), and the usual
 * abbreviations their full stop ("M.", "MM."). Marks that OCR makes of specks and rules ("|", "■",
 * "+") are skipped. Stateless and thread-safe.
 */
public final class FrenchTokenizer implements Tokenizer {

    private static final String APOSTROPHE = "['’ʼ]";
    private static final String WORD = "[\\p{L}\\p{M}]+";
    /** Tried in order at each position; the first that matches wins. */
    private static final Pattern TOKEN = Pattern.compile(String.join("|",
            "(?<url>(?:https?://|www\\.)[^\\s<>\"]+[^\\s<>\".,;:!?)»])",
            "(?<mail>[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)",
            // an elision only at the start of a word: "aujourd'hui" and "prud'hommes" stay whole
            "(?<elision>(?<![\\p{L}\\p{M}])(?i:jusqu|lorsqu|puisqu|quoiqu|qu|[cdjlmnst])" + APOSTROPHE + "(?=[\\p{L}\\d]))",
            "(?<number>\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?!\\d)(?:,\\d+)?|\\d+(?:[.,]\\d+)*(?:er|re|e|ème)?(?![\\p{L}\\d-]))",
            "(?<ordinal>[nN]°)",
            // codes with at least one digit: "ECOR-020-17755/25/BM", "2030-2040", "B12"
            "(?<identifier>(?=[\\p{L}\\d/_°-]*\\d)[\\p{L}\\d]+(?:[-/_°][\\p{L}\\d]+)*)",
            "(?<word>" + WORD + "(?:(?:-|" + APOSTROPHE + ")" + WORD + ")*\\.?)",
            // marks OCR reads out of specks and rules are not tokens: "François | BERNARDINI" is one name
            "(?<other>[^\\s|¦■□▪•+~^*_])"));
    /** Abbreviations whose full stop belongs to them; any other word gives its full stop back. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "m.", "mm.", "mme.", "mmes.", "mlle.", "mlles.", "dr.", "me.", "st.", "ste.", "cf.",
            "etc.", "av.", "bd.", "vol.", "p.", "n.", "ex.", "env.", "tél.", "min.");
    private static final Pattern SINGLE_CAPITAL = Pattern.compile("\\p{Lu}\\.");

    @Override
    public String[] tokenize(String text) {
        return Span.spansToStrings(tokenizePos(text), text);
    }

    @Override
    public Span[] tokenizePos(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (m.group("word") != null && text.charAt(end - 1) == '.' && !keepsFullStop(m.group())) {
                spans.add(new Span(start, end - 1));
                spans.add(new Span(end - 1, end));
            } else {
                spans.add(new Span(start, end));
            }
        }
        return spans.toArray(Span[]::new);
    }

    /** "M." and initials ("J. DUPONT") keep their full stop; "fin." does not. */
    private static boolean keepsFullStop(String word) {
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.FRENCH)) || SINGLE_CAPITAL.matcher(word).matches();
    }
}
