package fr.registre.correct;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.registre.model.Correction;
import fr.registre.text.Dehyphenator;
import fr.registre.text.Fold;
import fr.registre.text.FrenchNames;
import fr.registre.text.Words;

/**
 * Keeps the corrector's hands off what is most likely right as written: proper names and the
 * author's own spelling. A proposal is only suggested, never applied, when it
 * <ul>
 * <li>only swaps "oe" and "œ" ("coeur" → "cœur"): the author's choice;</li>
 * <li>adds an accent to a word that already carries one ("consideré", "sevère", as many typists
 * wrote), unless the document writes the accented form elsewhere: a reader that saw one accent of
 * a word did not miss the other;</li>
 * <li>removes an accent or a diaeresis from a capitalised word ("Kheïra" → "Kheira") that the
 * document does not itself write without it: a name keeps its marks unless the text shows
 * otherwise ("Märseille" → "Marseille" where "Marseille" is written elsewhere). In lower case,
 * a spurious accent is OCR's ("pôur" → "pour") and goes;</li>
 * <li>changes a first name: a capitalised word after a civility or beside a surname in capitals
 * ("Lisete PERRIN", "Maite DUBOIS"), unless the document's own roster backs the change;</li>
 * <li>turns a symbol between names into a word ("l'IoT &amp; l'industrie", not "à");</li>
 * <li>changes the letters of a capitalised word that the text also writes in another case ("Le
 * Foeil" under the letterhead "COMMUNE DE LE FŒIL"): two renderings agree on a name no lexicon
 * knows;</li>
 * <li>changes half of a word broken across lines ("Armen-⏎tières", "Poin-⏎caré"): neither half is a
 * word, and "tières" is not "tiers".</li>
 * </ul>
 */
final class NameGuard {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}'’-]+");
    private static final Pattern LETTERS = Pattern.compile("[\\p{L}\\p{M}]+");
    /** A hyphen ending a line, before the second half of a broken word. */
    private static final Pattern BREAK_BEFORE = Pattern.compile(Dehyphenator.LINE_END_HYPHEN
            + "[ \\t]*(?:\\r?\\n[ \\t]*)+$");
    /** A hyphen ending a line, after the first half of a broken word. */
    private static final Pattern BREAK_AFTER = Pattern.compile("^" + Dehyphenator.LINE_END_HYPHEN + "[ \\t]*\\r?\\n");

    private final String raw;
    /** The words {@code raw} writes, gathered on first need: a text of any length is read once. */
    private Set<String> words;
    /** The same words by their folded form, gathered on first need. */
    private Map<String, Set<String>> byFolding;

    /** A guard over the corrections proposed for {@code raw}. */
    NameGuard(String raw) {
        this.raw = raw;
    }

    /** True when {@code c}, proposed for the text, may only be suggested. */
    boolean holdsBack(Correction c) {
        String from = c.original();
        String to = c.replacement();
        if (isWordHalf(c.start(), c.end())) {
            return true;
        }
        if (!from.isEmpty() && from.codePoints().noneMatch(Character::isLetter) && to.codePoints().anyMatch(Character::isLetter)) {
            // "l'IoT & l'industrie", "DUPONT & FILS": a symbol joining names; after "2022" it is a misread "à"
            String before = lastWord(raw.substring(Math.max(0, c.start() - 40), c.start()));
            return before != null && before.codePoints().anyMatch(Character::isUpperCase);
        }
        if (Fold.fold(from).equals(Fold.fold(to))) {
            if (ligatures(to) != ligatures(from)) {
                return true;
            }
            long had = marks(from);
            long has = marks(to);
            if (has < had && Words.startsUpper(from) && !writtenAsWord(to)) {
                return true;
            }
            if (has > had && had > 0 && !writtenAsWord(to)) {
                return true; // the reader saw this word's accents: the one it lacks, the author left out
            }
        }
        // capitals drop accents, so they back the letters of a name, not its marks
        if (Words.startsUpper(from) && !Fold.fold(from).equals(Fold.fold(to)) && writtenInAnotherCase(from)) {
            return true;
        }
        return !c.rule().equals(RosterRule.NAME) && isFirstName(c.start(), c.end());
    }

    /** True when the text writes {@code word}, folded, in another case too: "FŒIL" for "Foeil". */
    private boolean writtenInAnotherCase(String word) {
        if (!LETTERS.matcher(word).matches()) {
            return false;
        }
        if (byFolding == null) {
            byFolding = new HashMap<>();
            words().forEach(w -> byFolding.computeIfAbsent(Fold.fold(w), f -> new HashSet<>()).add(w));
        }
        return byFolding.getOrDefault(Fold.fold(word), Set.of()).stream()
                .anyMatch(w -> Words.isAllCaps(w) != Words.isAllCaps(word));
    }

    private boolean isWordHalf(int start, int end) {
        return BREAK_BEFORE.matcher(raw.substring(Math.max(0, start - 8), start)).find()
                || BREAK_AFTER.matcher(raw.substring(end, Math.min(raw.length(), end + 8))).find();
    }

    private boolean isFirstName(int start, int end) {
        if (!FrenchNames.isFirstName(raw.substring(start, end).strip())) {
            return false;
        }
        String before = lastWord(raw.substring(Math.max(0, start - 40), start));
        String after = firstWord(raw.substring(end, Math.min(raw.length(), end + 40)));
        return before != null && (FrenchNames.isCivility(before) || isSurname(before)) || after != null && isSurname(after);
    }

    /** A surname in capitals: "PERRIN", "D'ORVES" (not a lone initial). */
    private static boolean isSurname(String word) {
        return word.length() >= 2 && Words.isAllCaps(word);
    }

    /** True when the text writes {@code word} as a word of its own somewhere. */
    private boolean writtenAsWord(String word) {
        if (!LETTERS.matcher(word).matches()) {
            return Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(word) + "(?![\\p{L}\\p{M}])").matcher(raw).find();
        }
        return words().contains(word);
    }

    private Set<String> words() {
        if (words == null) {
            words = new HashSet<>();
            LETTERS.matcher(raw).results().forEach(m -> words.add(m.group()));
        }
        return words;
    }

    private static String lastWord(String text) {
        String last = null;
        for (Matcher m = WORD.matcher(text); m.find(); ) {
            last = m.end() == text.stripTrailing().length() ? m.group() : null;
        }
        return last;
    }

    private static String firstWord(String text) {
        Matcher m = WORD.matcher(text);
        return m.find() && text.substring(0, m.start()).isBlank() ? m.group() : null;
    }

    private static long marks(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).results().count();
    }

    private static long ligatures(String s) {
        return s.chars().filter(ch -> ch == 'œ' || ch == 'Œ' || ch == 'æ' || ch == 'Æ').count();
    }
}
