package fr.registre.extract;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.registre.text.Fold;

/**
 * Where the deliberations of minutes begin and what heads them. A numbered heading always opens one
 * ("N°2004/04/01 : PORTE A CONNAISSANCE …", "2013-19 : Compte administratif …", "2008-06-001" on a
 * line of its own: numbers are year-based, as communes number their acts). An unnumbered heading
 * opens one when a vote follows it: the nearest line above the vote that reads as a heading (in
 * capitals, bulleted, an agenda point, "OBJET : …", ending with a colon, or standing alone between
 * two sentences, "Achat terrain de Monsieur X.") and not as prose, an attendance list or a vote;
 * with none above, the vote's own subject ("Le procès-verbal de la précédente séance est approuvé").
 */
final class ItemSplitter {

    /** A year, then one or two counters: "2013-19", "2004/04/01", "2008-06-001". */
    private static final String NUMBER = "((?:19|20)\\d{2}[-/]\\d{1,3}(?:[-/]\\d{1,4})?)";
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(?:[•*–-]\\s*)?(?:(?i:d[ée]lib[ée]ration|d[ée]lib\\.|DCM)\\s*)?"
            + "(N°\\s*|n°\\s*|(?i:no?\\.?)\\s+)?" + NUMBER
            + "\\s*(?:[:–-]\\s*(\\S.{2,}?))?\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[•■▪\\-–*\\uF0B7\\uF0A7]\\s+");
    /** A heading numbered in the agenda's order: "1. Approbation du procès-verbal", "Point 3 - Tarifs", "IV) Travaux". */
    private static final Pattern AGENDA_POINT = Pattern.compile("^\\s*(?:(?i:point|question|dossier|affaire)\\s+(?:n°\\s*)?)?"
            + "(?:\\d{1,2}|[IVX]{1,4})\\s*(?:[.)°]|\\s[-–])\\s*(\\p{Lu}.{3,})$");
    /** A heading as a field: "OBJET : BUDGET PRIMITIF 2022", "Point n° 4 : Tarifs" (group 1, the title). */
    private static final Pattern SUBJECT_FIELD = Pattern.compile("^\\s*(?iu:objet|point|question|affaire|dossier)"
            + "(?:\\s+(?:n°\\s*)?\\d{1,3})?\\s*:\\s*(\\S.{3,})$");
    /** Decisions numbered in their order ("1. Approuve la convention"), which are no headings. */
    private static final Pattern DECISION_VERB = Pattern.compile("^(?:approuve|autorise|decide|dit|charge|precise|fixe|accepte"
            + "|attribue|sollicite|donne|prend|adopte|valide|designe|confie|rappelle|demande|emet|abroge|approuvent)\\b");
    /**
     * A vote that says what it decides: "Le procès-verbal de la précédente séance est approuvé à
     * l'unanimité" (group 1, the subject), not a body ("Le Conseil") nor a bare word ("La proposition").
     */
    private static final Pattern SUBJECT = Pattern.compile("^\\s*((?:le|la|les|l['’])\\s*(?!(?:conseil|bureau|assembl|commission)\\b)"
            + "\\S+\\s+\\S.{2,120}?)\\s+(?:est|sont|a\\s+été|ont\\s+été)\\s+(?:approuv|adopt|rejet|valid)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** How prose opens (folded): articles, pronouns, civilities, legal formulas, prepositions. */
    private static final Pattern PROSE_OPENING = Pattern.compile("^(?:le|la|les|l'|il|ils|elle|elles|on|un|une|des|ce|cette|ces"
            + "|cet|vu|considerant|attendu|article|apres|avant|dans|selon|comme|pour|par|sur|en|au|aux|a|si|ainsi|mais|et|ou|or"
            + "|donc|de|du|d'|madame|monsieur|mademoiselle|mmes?|mm|mlle|mrs?|m|messieurs|mesdames|signe|fait|certifie|decide"
            + "|delibere|nous|je|qui|que|dont|puis|suite|depuis|lors|afin|notre|son|sa|ses|leur|leurs|tous|toutes|chaque)\\b"
            // and how the session itself is headed
            + "|^(?:seance|reunion|session|extrait|proces[- ]verbal de la seance|compte rendu de la seance)\\b");
    /** What ends a sentence, or a page marker ("----- page 2 -----"). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?:[.:;!?)»\"”…]|--)\\s*$");
    /** The longest line read as a heading standing alone between two sentences. */
    private static final int STANDING_ALONE = 100;

    /** Lines {@code [start, end)} of one item, its number and title (either may be null), and its votes' indexes. */
    record Part(int start, int end, String number, String title, List<Integer> votes) {
    }

    /** A numbered heading: its number, and its title when the line gives one. */
    private record Numbered(String number, String title) {
    }

    /**
     * The items of {@code lines}, in order.
     *
     * @param voteLines the line of each vote the text states, in reading order
     */
    List<Part> split(List<String> lines, List<Integer> voteLines) {
        Map<Integer, Numbered> numbered = numbered(lines);
        TreeMap<Integer, List<Integer>> heads = new TreeMap<>();
        numbered.keySet().forEach(h -> heads.put(h, new ArrayList<>()));
        Integer owner = null;
        int previous = -1;
        for (int k = 0; k < voteLines.size(); k++) {
            int v = voteLines.get(k);
            Integer floor = heads.floorKey(v);
            Integer strong = floor != null && floor > previous ? floor : null;
            // the votes after a numbered heading are its own until the next number
            boolean free = strong == null && (owner == null || !numbered.containsKey(owner));
            Integer weak = free ? headingAbove(lines, previous, v) : null;
            if (free && weak == null && SUBJECT.matcher(lines.get(v)).find()) {
                weak = v; // no heading above: the vote says what it decides
            }
            if (strong != null || weak != null) {
                owner = strong != null ? strong : weak;
            } else if (k == 0) {
                owner = floor;
            }
            if (owner != null) {
                heads.computeIfAbsent(owner, h -> new ArrayList<>()).add(k);
            }
            previous = v;
        }
        List<Part> parts = new ArrayList<>();
        List<Integer> starts = new ArrayList<>(heads.keySet());
        for (int p = 0; p < starts.size(); p++) {
            int start = starts.get(p);
            int end = p + 1 < starts.size() ? starts.get(p + 1) : lines.size();
            List<Integer> votes = heads.get(start);
            String number = null;
            String title;
            if (numbered.containsKey(start)) {
                number = numbered.get(start).number();
                title = numbered.get(start).title();
            } else {
                title = title(lines.get(start));
                // an unnumbered item ends at the next heading after its last vote ("Surtaxe eau.", no vote)
                for (int i = voteLines.get(votes.get(votes.size() - 1)) + 1; i < end; i++) {
                    if (isHeading(lines, i)) {
                        end = i;
                        break;
                    }
                }
            }
            parts.add(new Part(start, end, number, title, votes));
        }
        return parts;
    }

    /** Numbered headings by line: number and title (null when the line gives none); a number counts once. */
    private static Map<Integer, Numbered> numbered(List<String> lines) {
        Map<Integer, Numbered> found = new LinkedHashMap<>();
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = NUMBERED.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            String number = m.group(2);
            String title = m.group(3);
            // a date alone on its line ("2019-12-01") is a date, unless "N°" or a title says it is a number
            if (m.group(1) == null && title == null && isDate(number) || !numbers.add(number)) {
                continue;
            }
            found.put(i, new Numbered(number, title == null ? null : title.strip()));
        }
        return found;
    }

    /** The nearest heading above line {@code vote} and below line {@code after}, or null. */
    private static Integer headingAbove(List<String> lines, int after, int vote) {
        for (int i = vote - 1; i > after; i--) {
            if (isHeading(lines, i)) {
                return i;
            }
        }
        return null;
    }

    /** True when line {@code i} reads as the heading of an item rather than prose, a list or a vote. */
    static boolean isHeading(List<String> lines, int i) {
        String raw = lines.get(i);
        if (SUBJECT_FIELD.matcher(raw).matches()) {
            return !VoteParser.statesVote(Fold.fold(raw));
        }
        Matcher point = AGENDA_POINT.matcher(raw.strip());
        if (point.matches()) {
            String folded = Fold.fold(point.group(1));
            return !DECISION_VERB.matcher(folded).lookingAt() && !VoteParser.statesVote(folded);
        }
        boolean bulleted = BULLET.matcher(raw).lookingAt();
        String text = BULLET.matcher(raw).replaceFirst("").strip();
        if (text.length() < 4 || text.length() > 150 || !Character.isUpperCase(text.codePointAt(0))
                || text.endsWith(",") || text.endsWith(";")) {
            return false;
        }
        int colon = text.indexOf(':');
        String folded = Fold.fold(text);
        if (colon >= 0 && colon < text.length() - 1 || PROSE_OPENING.matcher(folded).lookingAt()
                || VoteParser.statesVote(folded) || AttendanceParser.isHeading(raw)) {
            return false;
        }
        if (bulleted) {
            return !Names.isListLine(raw); // a bulleted list of members is no heading
        }
        if (capitals(text)) {
            return !text.contains(",");
        }
        boolean opens = i == 0 || lines.get(i - 1).isBlank() || SENTENCE_END.matcher(lines.get(i - 1)).find();
        boolean followed = i + 1 >= lines.size() || lines.get(i + 1).isBlank()
                || lines.get(i + 1).strip().matches("^(?:[\\p{Lu}\\d•■▪*–-]).*");
        return opens && (text.endsWith(":") || followed && text.length() <= STANDING_ALONE);
    }

    /** A heading in capitals: two words or more, almost every letter a capital. */
    private static boolean capitals(String text) {
        long letters = text.chars().filter(Character::isLetter).count();
        long upper = text.chars().filter(Character::isUpperCase).count();
        return letters >= 8 && upper >= 0.85 * letters && text.strip().contains(" ");
    }

    /** A heading as a title: without its bullet, agenda number and final colon or stop; a vote's subject. */
    private static String title(String heading) {
        Matcher subject = SUBJECT.matcher(heading);
        Matcher field = SUBJECT_FIELD.matcher(heading);
        Matcher point = AGENDA_POINT.matcher(heading.strip());
        String title = subject.find() ? subject.group(1) : field.matches() ? field.group(1)
                : point.matches() ? point.group(1) : BULLET.matcher(heading).replaceFirst("");
        return title.strip().replaceAll("\\s*[:.]+$", "").replaceAll("\\s+", " ");
    }

    private static boolean isDate(String number) {
        try {
            LocalDate.parse(number.replace('/', '-'));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
