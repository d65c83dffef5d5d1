package fr.registre.nlp;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import fr.registre.model.Entity;
import fr.registre.model.EntityType;
import fr.registre.text.Fold;
import fr.registre.text.FrenchNames;
import fr.registre.text.Words;

/**
 * Persons in enumerations, the way attendance lists and named votes are written in every decade:
 * "ETORE, LASSERRE D., PUJADE", "LE COARER Raymond, AVRIL Florence", "E. Février, J.-C. Bourgade",
 * "CAULE – GRANDGIRARD – PEIRETTI GARNIER". A name alone in such a list is too short for the
 * statistical model, but the list as a whole is plain: when most of its items have the shape of a
 * name (capitalised words, particles, initials, a surname in capitals or after an initial), every
 * such item is a person. A list counts when an earlier finder already found a person among its items
 * or an earlier list named one of its surnames, or when it holds enough surnames in capitals that are no common words and a name with a first name
 * or an initial; a list touching an organisation is left alone. A heading glued to the last name
 * ("ROUSSEAU Philippe Absents") is cut off.
 */
final class ListNames implements EntityFinder {

    private static final Set<String> SEPARATORS = Set.of(",", ";", "-", "–", "—", "et", "/");
    private static final Set<String> LIST_ENDS = Set.of(":", ".", "(", ")");
    private static final Pattern INITIAL = Pattern.compile(FrenchNames.INITIAL);
    private static final Pattern BULLET = Pattern.compile("\\n\\s*[•▪◦*·‣⁃]");
    private static final int MIN_ITEMS = 3;
    private static final int MIN_UNSEEDED_SURNAMES = 3;
    private static final int MAX_NAME_WORDS = 5;

    private final NameBounds bounds;

    ListNames(NameBounds bounds) {
        this.bounds = bounds;
    }

    @Override
    public List<Entity> find(String text, List<Sentence> sentences, List<Entity> earlier) {
        Known known = new Known(earlier);
        List<Entity> found = new ArrayList<>();
        for (Sentence sentence : sentences) {
            String[] w = sentence.words();
            int from = 0;
            for (int i = 0; i <= w.length; i++) {
                if (i == w.length || LIST_ENDS.contains(w[i])) {
                    found.addAll(list(text, sentence, items(text, sentence, from, i), known));
                    from = i + 1;
                }
            }
        }
        return found;
    }

    /**
     * What the document already tells: where the earlier finders found persons and bodies, and the
     * surnames of the lists read so far, so that a later list of the same members ("Etaient absents :
     * DUPONT ⏎ MARTIN procuration à DURAND") counts too.
     */
    private static final class Known {
        private final BitSet persons = new BitSet();
        private final BitSet bodies = new BitSet();
        private final Set<String> surnames = new HashSet<>();

        Known(List<Entity> earlier) {
            for (Entity e : earlier) {
                (e.type() == EntityType.PERSON ? persons : bodies).set(e.start(), e.end());
            }
        }

        static boolean any(BitSet set, int start, int end) {
            int next = set.nextSetBit(start);
            return next >= 0 && next < end;
        }
    }

    /**
     * The token ranges of a list's items between separators; a dash between initials ("J.-C.")
     * separates nothing. A line break that a bullet follows separates, and in a list written one
     * entry per line (no separator at all) every line break does, and so do the lower-case words
     * between names ("X procuration à Y", "X par Y").
     */
    private static List<int[]> items(String text, Sentence sentence, int from, int to) {
        String[] w = sentence.words();
        boolean byLines = onePerLine(text, sentence, from, to);
        List<int[]> items = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            boolean separator = i == to || SEPARATORS.contains(Fold.fold(w[i])) && !joinsInitials(sentence, i)
                    || byLines && isLowerCaseWord(w[i]);
            if (separator || i > start && lineBreakBefore(text, sentence, i, byLines)) {
                if (i > start) {
                    items.add(new int[] {start, i});
                }
                start = separator ? i + 1 : i;
            }
        }
        return items;
    }

    /** True when three lines or more of the list hold no separator: one entry per line. */
    private static boolean onePerLine(String text, Sentence sentence, int from, int to) {
        int breaks = 0;
        for (int i = from; i < to; i++) {
            if (SEPARATORS.contains(Fold.fold(sentence.words()[i])) && !joinsInitials(sentence, i)) {
                return false;
            }
            breaks += i > from && gap(text, sentence, i).indexOf('\n') >= 0 ? 1 : 0;
        }
        return breaks >= 2;
    }

    private static boolean lineBreakBefore(String text, Sentence sentence, int i, boolean byLines) {
        String gap = gap(text, sentence, i);
        return gap.indexOf('\n') >= 0 && (byLines || BULLET.matcher(gap).find());
    }

    /** The text between token {@code i} and the one before it. */
    private static String gap(String text, Sentence sentence, int i) {
        return text.substring(sentence.tokens()[i - 1].getEnd(), sentence.tokens()[i].getStart());
    }

    private static boolean isLowerCaseWord(String word) {
        return Character.isLowerCase(word.charAt(0)) && !FrenchNames.isParticle(word);
    }

    private static boolean joinsInitials(Sentence sentence, int i) {
        String[] w = sentence.words();
        opennlp.tools.util.Span[] t = sentence.tokens();
        return w[i].equals("-") && i > 0 && i + 1 < w.length && INITIAL.matcher(w[i - 1]).matches()
                && t[i - 1].getEnd() == t[i].getStart() && t[i].getEnd() == t[i + 1].getStart();
    }

    private List<Entity> list(String text, Sentence sentence, List<int[]> items, Known known) {
        if (items.size() < MIN_ITEMS) {
            return List.of();
        }
        String[] w = sentence.words();
        boolean firstNameFirst = firstNameFirst(w, items);
        List<int[]> names = new ArrayList<>();
        int others = 0;
        int seeds = 0;
        int surnames = 0;
        boolean withFirstName = false;
        for (int[] item : items) {
            int start = sentence.tokens()[item[0]].getStart();
            int end = sentence.tokens()[item[1] - 1].getEnd();
            if (Known.any(known.bodies, start, end)) {
                return List.of();
            }
            int[] name = name(w, item[0], item[1]);
            if (name == null) {
                others += isOffice(w, item) ? 0 : 1;
                continue;
            }
            boolean listedBefore = false;
            for (int i = name[0]; i < name[1]; i++) {
                listedBefore |= Words.isAllCaps(w[i]) && known.surnames.contains(Fold.fold(w[i]));
            }
            seeds += Known.any(known.persons, start, end) || listedBefore ? 1 : 0;
            for (int[] one : NameBounds.runOn(w, name[0], name[1], firstNameFirst)) {
                names.add(one);
                surnames += hasUncommonSurname(w, one) ? 1 : 0;
                withFirstName |= hasFirstName(w, one);
            }
        }
        boolean listOfNames = names.size() >= 2 && names.size() > others
                && (seeds > 0 || others == 0 && surnames >= MIN_UNSEEDED_SURNAMES && withFirstName);
        if (!listOfNames) {
            return List.of();
        }
        for (int[] n : names) {
            for (int i = n[0]; i < n[1]; i++) {
                if (Words.isAllCaps(w[i]) && !FrenchNames.isParticle(w[i])) {
                    known.surnames.add(Fold.fold(w[i]));
                }
            }
        }
        return names.stream().map(n -> sentence.entity(text, n[0], n[1], EntityType.PERSON, Entity.LIST)).toList();
    }

    /** True when the list's names of two words or more mostly start with a first name ("Jean DUPONT"), not a surname. */
    private static boolean firstNameFirst(String[] w, List<int[]> items) {
        int first = 0;
        int last = 0;
        for (int[] item : items) {
            if (item[1] - item[0] >= 2 && Words.isAllCaps(w[item[1] - 1]) != Words.isAllCaps(w[item[0]])) {
                first += FrenchNames.isFirstName(w[item[0]]) ? 1 : 0;
                last += FrenchNames.isFirstName(w[item[1] - 1]) ? 1 : 0;
            }
        }
        return first >= last;
    }

    /**
     * The name an item holds, as a token range: civilities and offices before it and common words
     * after it left out; null when the item is no name.
     */
    private int[] name(String[] w, int from, int to) {
        // "M.-P. Cassagne": an initial, not a civility, when a dash joins it to the next
        while (from < to && FrenchNames.isTitle(w[from]) && !(from + 1 < to && w[from + 1].equals("-"))) {
            from++;
        }
        // a surname after an initial may be a common word: "E. Février", "P. Mas"
        while (to - from > 1 && bounds.isCommonWord(w[to - 1]) && !FrenchNames.isParticle(w[to - 1])
                && !INITIAL.matcher(w[to - 2]).matches()) {
            to--;
        }
        if (from >= to || to - from > MAX_NAME_WORDS || FrenchNames.isParticle(w[from]) && !Words.startsUpper(w[from])) {
            return null;
        }
        boolean surname = false;
        for (int i = from; i < to; i++) {
            boolean initial = INITIAL.matcher(w[i]).matches() || w[i].equals("-");
            if (!initial && !FrenchNames.isParticle(w[i]) && !(isWord(w[i]) && Words.startsUpper(w[i]) && !FrenchNames.isTitle(w[i]))) {
                return null;
            }
            surname |= w[i].length() > 1 && Words.isAllCaps(w[i]) && isWord(w[i]) && !FrenchNames.isParticle(w[i])
                    || !initial && i > from && INITIAL.matcher(w[i - 1]).matches();
        }
        return surname ? new int[] {from, to} : null;
    }

    /** A first name or an initial beside the surname: "Jean DUPONT", "DUPONT J.", not "LA CIOTAT". */
    private static boolean hasFirstName(String[] w, int[] name) {
        for (int i = name[0]; i < name[1]; i++) {
            if (FrenchNames.isFirstName(w[i]) || INITIAL.matcher(w[i]).matches()) {
                return true;
            }
        }
        return false;
    }

    /** An item that is an office or a civility alone ("Président", "Vice-Présidents"), which a list of names may hold. */
    private static boolean isOffice(String[] w, int[] item) {
        for (int i = item[0]; i < item[1]; i++) {
            if (!FrenchNames.isTitle(w[i]) && !FrenchNames.isTitle(w[i].replace("Vice-", ""))) {
                return false;
            }
        }
        return true;
    }

    private boolean hasUncommonSurname(String[] w, int[] name) {
        for (int i = name[0]; i < name[1]; i++) {
            if (w[i].length() > 2 && Words.isAllCaps(w[i]) && isWord(w[i]) && !bounds.isCommonWord(w[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWord(String token) {
        return token.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’');
    }
}
