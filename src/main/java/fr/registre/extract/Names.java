package fr.registre.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import fr.registre.text.FrenchNames;

/** Person names as deliberations write them, and the lists they come in. */
final class Names {

    /** "Prénom NOM", "Jean-Pierre GIORGI", "Éric LE DISSES", "Maryse JOISSAINS MASINI", "Alain D'ESTIENNES D'ORVES". */
    static final String PERSON = "\\p{Lu}[\\p{Ll}'’]+(?:[- ]\\p{Lu}[\\p{Ll}'’]+)*\\s+(?:" + FrenchNames.PARTICLE + "?"
            + "\\p{Lu}{2,}(?:['’ -]+\\p{Lu}{2,})*)";
    /** "NOM Prénom", as registers of small communes write their members: "DELPERIER Max", "PRIDO Pascal". */
    static final String PERSON_SURNAME_FIRST = "(?:" + FrenchNames.PARTICLE + ")?\\p{Lu}{2,}(?:['’ -]+\\p{Lu}{2,})*\\s+"
            + "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?";
    /** A person named in either order, or by the surname alone in capitals ("M. BRARD, Maire"). */
    static final String PERSON_ANY = "(?:" + PERSON + "|" + PERSON_SURNAME_FIRST + "|\\p{Lu}{2,}(?:[' -]\\p{Lu}{2,})*)\\b";
    static final Pattern PERSON_LINE = Pattern.compile("^\\s*(?:" + FrenchNames.CIVILITY + "\\s+)?(" + PERSON + ")\\s*$");
    /** Civilities before a name, several when a list heads its lines so ("Mmes et Mrs. Catherine X"). */
    private static final Pattern CIVILITY = Pattern.compile("^(?:" + FrenchNames.CIVILITY + "\\s+(?:et\\s+)?)+");
    /**
     * What joins a member to the one who holds their proxy: "représenté(e) par", "procuration à",
     * "(qui) avait donné pouvoir à", "délégation de vote à", tolerant of OCR slips ("ieprésenté pai").
     */
    static final String PROXY_CUE = "(?:\\p{Ll}{0,2}pr[ée]sent[ée]e?s?\\s+p[ae][rit]?"
            + "|(?:qui\\s+)?(?:(?:avait|a|ayant)\\s+)?(?:donn[ée]e?\\s+)?(?:sa\\s+|son\\s+)?(?:procuration|pouvoir|d[ée]l[ée]gation(?:\\s+de\\s+vote)?)\\s+[àa])";
    /** A proxy phrase and the name it leads to, opening an entry: "représentée par Jeanne X". */
    private static final Pattern PROXY_LEAD = Pattern.compile(PROXY_CUE + "\\s+(?-i:\\p{Lu})", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_PHRASES = Pattern.compile("(?i)" + PROXY_CUE + "|\\b" + FrenchNames.CIVILITY);
    /** Small words a list of names holds: particles, "et", and "par", "à" between a member and their proxy. */
    private static final Set<String> LIST_WORDS = Set.of("de", "d'", "d’", "du", "des", "le", "la", "van", "von", "di", "da",
            "dit", "dite", "et", "par", "à");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*-{2,}\\s*|\\s+[-–]\\s+|\\s*;\\s*|\\s*,\\s*|^\\s*[-–•]\\s+|\\s+[-–]$"
            + "|\\s+et\\s+(?=\\p{Lu})"
            // a sentence per member: "M. X a donné procuration à M. Y. Mme Z a donné procuration à ..."
            + "|(?<=\\p{L}{2})\\.\\s+(?=" + FrenchNames.CIVILITY + "\\s)");

    /** Capitalised words, particles between them; a proxy phrase may join two names. */
    private static final Pattern ENTRY = Pattern.compile("^\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|[Dd]['’]\\p{Lu}[\\p{L}'’-]*"
            + "|de|du|des|le|la|van|von|di|da|" + PROXY_CUE + "))+$");
    /** A surname alone, in capitals, as lists after a civility write them ("Mmes CAULE – QUENET"). */
    private static final Pattern SURNAME = Pattern.compile("^\\p{Lu}[\\p{Lu}'’-]*\\p{Lu}(?:\\s+\\p{Lu}[\\p{Lu}'’-]*\\p{Lu})*$");
    /** One capitalised word, a surname when a civility stands before it. */
    private static final Pattern LONE_SURNAME = Pattern.compile("^\\p{Lu}[\\p{Ll}'’-]{2,}$");
    /** An office's rank among the names of a list: "1er Adjoint", "2ème Adjoint". */
    private static final Pattern ORDINAL = Pattern.compile("\\d+(?:er|ère|re|e|ème|eme)");
    /** An aside in parentheses, unless it names a proxy ("X (pouvoir à Y)"). */
    private static final Pattern ASIDE = Pattern.compile("\\((?!\\s*" + PROXY_CUE + ")[^()\\n]{1,60}\\)", Pattern.CASE_INSENSITIVE);

    private Names() {
    }

    /** The office of whoever presides, standing for their name: "M. le Maire", "la Présidente". */
    private static final Pattern PRESIDING = Pattern.compile("(?iu)^(?:" + FrenchNames.CIVILITY + "\\s+)?(?:le|la)\\s+"
            + "(?:maire|pr[ée]sidente?)$");

    /** {@code name}, or the president's name when it is the presiding office ("le Maire") and that name is known. */
    static String naming(String name, String president) {
        return president != null && name != null && PRESIDING.matcher(name.strip()).matches() ? president : name;
    }

    /** Collapses white space and drops civilities and final punctuation. */
    static String clean(String name) {
        String n = name.replaceAll("\\s+", " ").strip();
        n = CIVILITY.matcher(n).replaceFirst("");
        // a stop after a word ("MARTIN, Paul") goes, not the one of a civility a proxy may name ("à M. Paul X")
        n = n.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "").replaceAll("(?<=\\p{L}{2})[.,](?=\\s+\\p{Lu})", "").strip();
        // a speck or a margin rule read as a letter after a surname in capitals: "Alain ROUSSET I"
        n = n.replaceAll("(?<=\\p{Lu}{2})\\s+[Il|]$", "");
        if (!n.isEmpty() && Character.isLowerCase(n.charAt(0)) && n.matches("\\p{Ll}+\\s+\\p{Lu}{2,}.*")) {
            n = Character.toUpperCase(n.charAt(0)) + n.substring(1); // "yves MESNARD", a capital lost to OCR
        }
        return n;
    }

    /** "Mesdames et Messieurs", "Mmes & MM.": civilities that head a list, no name. */
    private static boolean civilitiesOnly(String text) {
        return Arrays.stream(text.strip().split("[\\s&]+")).allMatch(w -> w.equalsIgnoreCase("et")
                || FrenchNames.isCivility(w.endsWith(".") ? w.substring(0, w.length() - 1) : w));
    }

    /** True when a line reads as (part of) a list of names rather than prose or a code. */
    static boolean isListLine(String line) {
        int colon = line.indexOf(':');
        String label = colon > 0 ? line.substring(0, colon).replaceAll("[^\\p{L}\\s.]", " ").strip() : "";
        // "Secrétaire de séance :", "Secrétaire :", "INVITÉS PERMANENTS :" head another field
        boolean field = label.matches(".*\\b\\p{Ll}{3,}.*|\\p{Lu}\\p{Ll}{4,}")
                || label.contains(" ") && label.equals(label.toUpperCase(Locale.ROOT));
        if (field && !civilitiesOnly(label) && line.substring(colon + 1).matches(".*\\p{L}.*")) {
            return false;
        }
        // OCR specks come out as stray marks between names: they do not make a line prose
        String rest = LIST_PHRASES.matcher(line).replaceAll(" ").replaceAll("[^\\p{L}\\p{N}'’/\\s]", " ").strip();
        if (rest.isEmpty()) {
            return true;
        }
        String[] words = rest.split("\\s+");
        int lower = 0;
        boolean surname = false;
        for (String word : words) {
            if (!ORDINAL.matcher(word).matches() && word.chars().anyMatch(c -> Character.isDigit(c) || c == '/')) {
                return false;
            }
            surname |= word.length() >= 3 && word.equals(word.toUpperCase()) && Character.isLetter(word.charAt(0));
            if (!Character.isUpperCase(word.codePointAt(0)) && !LIST_WORDS.contains(word.toLowerCase())
                    && !word.startsWith("d'") && !word.startsWith("d’")) {
                lower++;
            }
        }
        // a first name OCR'd in lower case ("yves MESNARD") does not turn a list of names into prose
        return lower == 0 || surname && lower * 5 <= words.length;
    }

    /** Joins the lines of a separated list; a line opening with a civility starts a new entry. */
    private static String joinLines(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            if (!sb.isEmpty()) {
                sb.append(CIVILITY.matcher(line.strip()).lookingAt() ? " ; " : " ");
            }
            sb.append(line.strip());
        }
        return sb.toString();
    }

    /**
     * Splits a list section into entries: on " - ", ";" or "," when the list uses them (names may
     * then run across lines), otherwise one entry per line.
     */
    static List<String> split(List<String> lines) {
        List<String> entries = new ArrayList<>();
        boolean separated = lines.stream().anyMatch(l -> l.contains(";") || l.contains(",")
                || l.matches(".*\\s[-–](\\s.*|$)"));
        List<String> chunks = separated ? List.of(joinLines(lines)) : lines;
        for (String chunk : chunks) {
            // a parenthesis says where a member comes from or what they do: "Pierre MARTY (SAINT-ANDRÉ)"
            for (String part : SEPARATORS.split(ASIDE.matcher(chunk).replaceAll(" ").replaceAll("[|+”“\"‘`()]", " "))) {
                String name = clean(part);
                // after a civility a surname stands alone: "M. Teyssedou" in a list of initials and names
                boolean named = CIVILITY.matcher(part.strip()).lookingAt() && LONE_SURNAME.matcher(name).matches();
                // "représentée par Y" alone on a line: the proxy of the member the line before names
                boolean continuation = PROXY_LEAD.matcher(name).lookingAt();
                if ((named || continuation || ENTRY.matcher(name).matches() || SURNAME.matcher(name).matches())
                        && !civilitiesOnly(name)) {
                    entries.add(name);
                }
            }
        }
        return entries;
    }

    /**
     * Entries that hold several of the persons the tagger found, split into them: a scan that lost
     * the dashes between names runs them together ("Catherine CHAZEAU Gérard CHENOZ Alain CHOPIN").
     * An entry is split only when the persons found in it cover almost all of its letters.
     */
    static List<String> splitByPersons(List<String> entries, List<String> persons) {
        if (persons.isEmpty()) {
            return entries;
        }
        List<String> byLength = persons.stream().distinct().sorted((a, b) -> b.length() - a.length()).toList();
        List<String> out = new ArrayList<>();
        for (String entry : entries) {
            boolean[] taken = new boolean[entry.length()];
            TreeMap<Integer, String> found = new TreeMap<>();
            for (String person : byLength) {
                for (int at = entry.indexOf(person); at >= 0; at = entry.indexOf(person, at + 1)) {
                    int end = at + person.length();
                    boolean free = (at == 0 || !Character.isLetter(entry.charAt(at - 1)))
                            && (end == entry.length() || !Character.isLetter(entry.charAt(end)));
                    for (int i = at; free && i < end; i++) {
                        free = !taken[i];
                    }
                    if (free) {
                        Arrays.fill(taken, at, end, true);
                        found.put(at, person);
                    }
                }
            }
            long letters = entry.chars().filter(Character::isLetter).count();
            long covered = 0;
            for (int i = 0; i < entry.length(); i++) {
                if (taken[i] && Character.isLetter(entry.charAt(i))) {
                    covered++;
                }
            }
            if (found.size() >= 2 && covered >= 0.8 * letters) {
                out.addAll(found.values());
            } else {
                out.add(entry);
            }
        }
        return out;
    }
}
