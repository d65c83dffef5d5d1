package fr.registre.correct;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.registre.model.Correction;
import fr.registre.text.Words;

/**
 * Repairs tokens that are not French words: accents and glyphs through the lexicon and the
 * confusion model ("réguliérement", "dépéts", "ceuvre"), elisions ("I'Etoile", "'Agence",
 * "gu'un", "d’'une", "Lintérét"). Tokens that may be names or codes are protected: words in
 * capitals, anything with a digit, a slash, an @ or a dot inside.
 */
final class WordRule implements CorrectionRule {

    static final String LEXICON = "lexicon";
    static final String ELISION = "elision";

    private static final Pattern ELIDED = Pattern.compile("^(\\p{L}*)(['’]+)(\\p{L}.*)$");
    private static final Set<String> ELISION_PREFIXES = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu",
            "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu", "aujourd");
    /** Elision prefixes as Tesseract misreads them. */
    private static final Map<String, String> PREFIX_CONFUSIONS = Map.of("I", "l", "1", "l", "|", "l",
            "gu", "qu", "Gu", "Qu", "qn", "qu", "dl", "d");
    private static final Pattern LOST_APOSTROPHE = Pattern.compile("^(?i)(qu|[ldjnmst])(?=[aeiouyhéèêâîôûœ])(\\p{L}{3,})$");
    private static final int MIN_LENGTH = 3;

    private final WordCorrector words;

    WordRule(WordCorrector words) {
        this.words = words;
    }

    @Override
    public void propose(TokenizedText text, List<Correction> out) {
        for (Token token : text.tokens()) {
            if (isProtected(token.text())) {
                continue;
            }
            int offset = token.start();
            for (String part : token.text().split("-", -1)) {
                if (!part.isEmpty()) {
                    correctPart(part, offset, token.sentenceStart() && offset == token.start(), out);
                }
                offset += part.length() + 1;
            }
        }
    }

    private static boolean isProtected(String token) {
        return Words.isAllCaps(token) || token.chars().anyMatch(c -> Character.isDigit(c) || c == '/'
                || c == '@' || c == '.' || c == '_' || c == '=' || c == '&');
    }

    private void correctPart(String part, int start, boolean sentenceStart, List<Correction> out) {
        Matcher m = ELIDED.matcher(part);
        if (m.matches() && !words.isWord(part)) {
            String prefix = m.group(1);
            String apostrophes = m.group(2);
            String rest = m.group(3);
            int apostropheAt = start + prefix.length();
            if (apostrophes.length() > 1) {
                out.add(new Correction(apostropheAt, apostropheAt + apostrophes.length(), apostrophes,
                        apostrophes.substring(0, 1), ELISION, 0.95));
            }
            correctPrefix(prefix, start, rest, sentenceStart, out);
            correctWord(rest, apostropheAt + apostrophes.length(), out);
            return;
        }
        if (m.matches() || part.length() < MIN_LENGTH || Words.isAllCaps(part)) {
            return;
        }
        if (words.isWord(part)) {
            correctWord(part, start, out);
            return;
        }
        Optional<WordCorrector.Candidate> whole = words.correct(part);
        Optional<WordCorrector.Candidate> elided = lostApostrophe(part);
        Optional<WordCorrector.Candidate> best = whole.isPresent() && elided.isPresent()
                ? (whole.get().cost() <= elided.get().cost() ? whole : elided)
                : whole.or(() -> elided);
        best.ifPresent(c -> out.add(new Correction(start, start + part.length(), part, c.word(),
                c == elided.orElse(null) ? ELISION : LEXICON, c.confidence())));
    }

    private void correctPrefix(String prefix, int start, String rest, boolean sentenceStart, List<Correction> out) {
        String lower = prefix.toLowerCase(Locale.FRENCH);
        if (ELISION_PREFIXES.contains(lower)) {
            return;
        }
        if (prefix.isEmpty()) {
            // "'Agence": the l of an elided article lost before the apostrophe
            if (startsWithVowelSound(rest) && words.isWord(rest)) {
                out.add(new Correction(start, start, "", sentenceStart ? "L" : "l", ELISION, 0.75));
            }
            return;
        }
        String fixed = PREFIX_CONFUSIONS.get(prefix);
        if (fixed != null) {
            if (fixed.equals("l") && sentenceStart) {
                fixed = "L";
            }
            out.add(new Correction(start, start + prefix.length(), prefix, fixed, ELISION, 0.9));
        }
    }

    private void correctWord(String word, int start, List<Correction> out) {
        if (word.length() < MIN_LENGTH || Words.isAllCaps(word)) {
            return;
        }
        Optional<WordCorrector.Candidate> fix = words.isWord(word) ? words.commonerTwin(word) : words.correct(word);
        fix.ifPresent(c ->
                out.add(new Correction(start, start + word.length(), word, c.word(), LEXICON, c.confidence())));
    }

    /** "Lintérét" read for "L'intérêt": an elision whose apostrophe was lost. */
    private Optional<WordCorrector.Candidate> lostApostrophe(String part) {
        Matcher m = LOST_APOSTROPHE.matcher(part);
        if (!m.matches()) {
            return Optional.empty();
        }
        String prefix = m.group(1);
        String rest = m.group(2);
        Optional<WordCorrector.Candidate> restFixed = words.isWord(rest)
                ? Optional.of(new WordCorrector.Candidate(rest, 0, 1))
                : words.correct(rest);
        double apostropheCost = 0.35;
        return restFixed.filter(c -> words.frequency(c.word()) >= 5)
                .map(c -> new WordCorrector.Candidate(prefix + "'" + c.word(), c.cost() + apostropheCost,
                        Math.max(0, c.confidence() - 0.15)));
    }

    private static boolean startsWithVowelSound(String word) {
        return !word.isEmpty() && "aeiouyhéèêâîôûœAEIOUYHÉÈÊÂÎÔÛŒ".indexOf(word.charAt(0)) >= 0;
    }
}
