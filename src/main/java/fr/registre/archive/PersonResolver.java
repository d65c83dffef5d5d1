package fr.registre.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import fr.registre.correct.ConfusionModel;
import fr.registre.text.Fold;
import fr.registre.text.FrenchNames;
import fr.registre.text.Words;

/**
 * Which written names are one person across the documents of an archive: "Jean-Pierre BERTRAND",
 * "M. BERTRAND", "BERTRAND J.-P." and, misread, "BERTRANO Jean-Pierre". Names are compared within
 * one authority only, and only when the years they are written in lie close: case, accents,
 * civilities and order do not count; a surname may differ by the OCR confusions the corrector knows
 * (and by one other letter when the first names agree); an initial matches the first names it
 * abbreviates; a surname alone joins a person only when that authority has a single person of that
 * surname. Every merge gives its reason, and a name kept apart by a reviewer is its own person.
 */
public final class PersonResolver {

    /** How many years apart two writings of one name may be, as members sit for a few terms. */
    static final int YEARS_APART = 18;
    /** Cost of one letter edit that is not a known OCR confusion. */
    private static final double OTHER_EDIT = 1.0;

    /** A name as one document writes it, with the document's authority and session year (null when unknown). */
    public record Mention(String written, String authority, Integer year) {
    }

    /** A person of one authority: the fullest name written, and every variant. */
    public record Person(String authority, String name, List<Variant> variants) implements Resolved {
    }

    /** What a name is made of, case and accents folded: surnames, full first names, initials. */
    private record Parts(String written, List<String> surnames, List<String> given, Set<Character> initials) {

        static Parts of(String written) {
            List<String> caps = new ArrayList<>();
            List<String> other = new ArrayList<>();
            Set<Character> initials = new LinkedHashSet<>();
            for (String token : written.trim().split("[\\s,]+")) {
                if (token.isEmpty() || FrenchNames.isTitle(token)) {
                    continue;
                }
                if (token.matches(FrenchNames.INITIAL + "(?:-?" + FrenchNames.INITIAL + ")*")) {
                    for (String part : token.split("[.-]+")) {
                        if (!part.isEmpty()) {
                            initials.add(Fold.fold(part).charAt(0));
                        }
                    }
                } else if (Words.isAllCaps(token) && token.length() > 1 || FrenchNames.isParticle(token)) {
                    caps.add(Fold.fold(token));
                } else {
                    other.add(Fold.fold(token));
                }
            }
            if (caps.stream().allMatch(FrenchNames::isParticle) && !other.isEmpty()) {
                // no surname in capitals ("Michel Teyssedou"): the last word is the surname
                caps.add(other.remove(other.size() - 1));
            }
            String surname = String.join(" ", caps.stream().filter(c -> !FrenchNames.isParticle(c)).toList());
            List<String> given = other.stream().flatMap(g -> List.of(g.split("-")).stream()).toList();
            return new Parts(written, surname.isEmpty() ? List.of() : List.of(surname), given, initials);
        }

        String surname() {
            return surnames.isEmpty() ? "" : surnames.get(0);
        }

        boolean surnameOnly() {
            return given.isEmpty() && initials.isEmpty();
        }
    }

    /**
     * The persons the mentions name, by authority then name.
     *
     * @param keptApart written names a reviewer separated ("authority\twritten"): each stays a person of its own
     */
    public List<Person> resolve(List<Mention> mentions, Set<String> keptApart) {
        Map<String, List<Mention>> byAuthority = new TreeMap<>();
        for (Mention m : mentions) {
            byAuthority.computeIfAbsent(m.authority() == null ? "" : m.authority(), a -> new ArrayList<>()).add(m);
        }
        List<Person> persons = new ArrayList<>();
        byAuthority.forEach((authority, list) -> persons.addAll(resolve(authority, list, keptApart)));
        return persons;
    }

    private List<Person> resolve(String authority, List<Mention> mentions, Set<String> keptApart) {
        Map<String, int[]> years = new LinkedHashMap<>();
        for (Mention m : mentions) {
            String written = m.written().replaceAll("\\s+", " ").strip();
            int[] span = years.computeIfAbsent(written, w -> new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE});
            if (m.year() != null) {
                span[0] = Math.min(span[0], m.year());
                span[1] = Math.max(span[1], m.year());
            }
        }
        List<Parts> names = years.keySet().stream().map(Parts::of).filter(p -> !p.surname().isEmpty()).toList();
        int[] parent = new int[names.size()];
        String[] reason = new String[names.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        // full names first; a surname alone afterwards, when it can only be one of them
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                Parts a = names.get(i);
                Parts b = names.get(j);
                if (a.surnameOnly() || b.surnameOnly() || apart(authority, a, b, keptApart)
                        || !close(years.get(a.written()), years.get(b.written()))) {
                    continue;
                }
                String why = same(a, b);
                if (why != null && find(parent, i) != find(parent, j)) {
                    parent[find(parent, j)] = find(parent, i);
                    reason[j] = why + " as " + a.written();
                }
            }
        }
        for (int i = 0; i < names.size(); i++) {
            Parts alone = names.get(i);
            if (!alone.surnameOnly() || keptApart.contains(authority + "\t" + alone.written())) {
                continue;
            }
            Set<Integer> candidates = new LinkedHashSet<>();
            for (int j = 0; j < names.size(); j++) {
                Parts full = names.get(j);
                if (!full.surnameOnly() && surnameCost(alone.surname(), full.surname()) < OTHER_EDIT
                        && close(years.get(alone.written()), years.get(full.written()))) {
                    candidates.add(find(parent, j));
                }
            }
            if (candidates.size() == 1) {
                int root = candidates.iterator().next();
                parent[i] = root;
                reason[i] = "the one person of this authority with surname " + alone.surname().toUpperCase() + ": "
                        + names.get(root).written();
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            groups.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
        }
        List<Person> persons = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            List<Variant> variants = new ArrayList<>();
            for (int i : group) {
                variants.add(new Variant(names.get(i).written(), reason[i] == null ? "same name" : reason[i]));
            }
            String name = group.stream().map(names::get)
                    .max(Comparator.comparingInt((Parts p) -> p.given().size()).thenComparingInt(p -> p.written().length()))
                    .orElseThrow().written();
            persons.add(new Person(authority, name, variants));
        }
        return persons;
    }

    private static boolean apart(String authority, Parts a, Parts b, Set<String> keptApart) {
        return keptApart.contains(authority + "\t" + a.written()) || keptApart.contains(authority + "\t" + b.written());
    }

    /** Why two names with first names or initials are one person, or null when they are not. */
    private static String same(Parts a, Parts b) {
        double cost = surnameCost(a.surname(), b.surname());
        if (cost > OTHER_EDIT) {
            return null;
        }
        boolean bothFull = !a.given().isEmpty() && !b.given().isEmpty();
        if (bothFull) {
            if (!a.given().equals(b.given())) {
                return null;
            }
            return cost == 0 ? "same first names and surname" : "same first names, surname misread";
        }
        if (cost >= OTHER_EDIT) {
            return null; // an unknown slip needs the full first names to agree
        }
        Parts withInitials = a.given().isEmpty() ? a : b;
        Parts other = withInitials == a ? b : a;
        Set<Character> letters = new LinkedHashSet<>();
        other.given().forEach(g -> letters.add(g.charAt(0)));
        letters.addAll(other.initials());
        if (!letters.containsAll(withInitials.initials()) || other.given().isEmpty() && !other.initials().equals(withInitials.initials())) {
            return null;
        }
        return "initials " + withInitials.initials() + " of the first names" + (cost == 0 ? "" : ", surname misread");
    }

    /** Weighted edit distance between two folded surnames: a known OCR confusion costs its weight, any other edit 1. */
    static double surnameCost(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if (Math.min(a.length(), b.length()) < 5) {
            return Double.MAX_VALUE; // short names differ by one letter between people
        }
        double[] previous = new double[b.length() + 1];
        double[] current = new double[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j * OTHER_EDIT;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i * OTHER_EDIT;
            for (int j = 1; j <= b.length(); j++) {
                char x = a.charAt(i - 1);
                char y = b.charAt(j - 1);
                double substitution = x == y ? 0 : Math.min(ConfusionModel.letterCost(x, y), OTHER_EDIT);
                current[j] = Math.min(previous[j - 1] + substitution, Math.min(previous[j], current[j - 1]) + OTHER_EDIT);
            }
            double[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static boolean close(int[] a, int[] b) {
        if (a[0] == Integer.MAX_VALUE || b[0] == Integer.MAX_VALUE) {
            return true;
        }
        return Math.max(a[0], b[0]) - Math.min(a[1], b[1]) <= YEARS_APART;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
