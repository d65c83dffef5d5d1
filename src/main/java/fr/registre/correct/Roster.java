package fr.registre.correct;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.registre.text.FrenchNames;


/**
 * Surnames known to be right, with how often each was seen: those written after a first name or a
 * civility in a document ("Serge PEROTTINO", "M. LE DISSES"), plus any given from outside (a list
 * of council members, or the names of a whole batch).
 */
public final class Roster {

    /** A first name or civility, then a surname in capitals (particles and hyphens included). */
    private static final Pattern PERSON = Pattern.compile(
            "(?:\\b\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?|\\b" + FrenchNames.CIVILITY + ")[ \\t]+"
                    + "((?:(?:D['’]|L['’])?\\p{Lu}{2,}(?:[-'’]\\p{Lu}{2,})*[ \\t]?)+)");
    private static final Pattern SURNAME = Pattern.compile("\\p{Lu}[\\p{Lu}'’-]*\\p{Lu}");

    private final Map<String, Integer> seen;

    private Roster(Map<String, Integer> seen) {
        this.seen = Map.copyOf(seen);
    }

    public static Roster empty() {
        return new Roster(Map.of());
    }

    /** Names given from outside count as confirmed, whatever a document says. */
    public static Roster of(Collection<String> names) {
        Map<String, Integer> seen = new HashMap<>();
        for (String name : names) {
            Matcher m = SURNAME.matcher(name.toUpperCase(Locale.FRENCH));
            while (m.find()) {
                seen.merge(m.group(), Integer.MAX_VALUE / 2, Math::max);
            }
        }
        return new Roster(seen);
    }

    /** This roster plus the surnames {@code text} writes after a first name or civility. */
    Roster withNamesIn(String text) {
        Map<String, Integer> merged = new HashMap<>(seen);
        Matcher m = PERSON.matcher(text);
        while (m.find()) {
            Matcher s = SURNAME.matcher(m.group(1));
            while (s.find()) {
                merged.merge(s.group(), 1, (a, b) -> a + b);
            }
        }
        return new Roster(merged);
    }

    /** How many times the surname was seen (0 if never). */
    int count(String surname) {
        return seen.getOrDefault(surname, 0);
    }

    Set<String> surnames() {
        return seen.keySet();
    }

    /** The names, sorted: two rosters of the same names read alike. */
    @Override
    public String toString() {
        return new TreeSet<>(seen.keySet()).toString();
    }
}
