package fr.registre.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.registre.model.Deliberation;
import fr.registre.text.Fold;

/**
 * Every vote a text states, in reading order: count tables ("Présents 100 / Représentés 35 / Voix
 * Pour 120 / Voix Contre 0 / Abstentions 14"), counts in prose ("par 25 voix pour, 3 contre et une
 * abstention", "(13 POUR)", "adopté par 18 voix contre 5"), unanimity ("approuvé à l'unanimité", "C'est
 * l'unanimité"), a majority without counts ("adopté à la majorité"), a motion
 * put to the vote ("mise aux voix est adoptée") and a member who stays out of it ("M. X ne souhaite
 * pas participer au vote"); each with its outcome, and the names that go with it: lists after it
 * ("Se sont abstenus : ...", "Ont voté contre : ...") and names beside a count ("3 (DRIEUX, LAURET,
 * OLIVIER)", "5 contre (2 + 3 procurations : L. X, P. Y)"). A vote quoted from a letter or an earlier
 * sitting is not one of this sitting's.
 */
final class VoteParser {

    /** A label, then its count: "Voix Pour 120", "Abstentions : 3", "POUR le projet : 3", "Vote : Pour 12, Contre 2". */
    private static final Pattern COUNT = Pattern.compile("(?:^|[|/\\t•:;,]|\\s{2,})\\s*(presents?|representes?|votants?|suffrages exprimes"
            + "|(?:voix )?pour|(?:voix )?contre|abstentions?|ne prend(?:nent)? pas part au vote|non[- ]participation)"
            + "(?:\\s+[^:\\d]{1,40}:)?\\s*:?\\s*(\\d{1,4})\\b");
    /** A count in figures or in words, as votes write it: "12", "une", "trois". */
    private static final String VOTE_COUNT = "\\d{1,4}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix";
    /** What a count is of, as prose and parentheses write it. */
    private static final String CHOICE_LABEL = "(pour|contre|abstentions?)";
    /** A count, then its label: "12 voix pour", "une contre", "3 abstentions", "(13 POUR)". */
    private static final Pattern PROSE_COUNT = Pattern.compile("\\b(" + VOTE_COUNT + ")"
            + "\\s+(?:(voix)\\s+)?(pour|contre|abstentions?|non[- ]participations?)\\b");
    /** "adopté par 18 voix contre 5": the first count is for, the second against. */
    private static final Pattern VERSUS = Pattern.compile("\\b(\\d{1,4})\\s+voix\\s+contre\\s+(\\d{1,4})\\b"
            + "(?!\\s*(?:voix\\s+)?(?:pour|contre|abstention|non))");
    private static final Pattern UNANIMOUS = Pattern.compile("\\bunanimite\\b|\\bunanimement\\b");
    /** A vote won without unanimity and without counts: "adopté à la majorité", not the quorum's majority. */
    private static final Pattern MAJORITY = Pattern.compile("\\ba la majorite\\b(?!\\s+des\\s+membres\\s+en\\s+exercice)(?!.*\\bquorum\\b)");
    private static final Pattern MOTION = Pattern.compile("\\bmise? aux voix\\b.*\\b(?:adoptee?s?|rejetee?s?)\\b");
    private static final Pattern ABSTAINERS = Pattern.compile("^\\s*(?:se sont abstenue?s?|s'est abstenue?|abstentions?)\\s*:\\s*(.*)$");
    private static final Pattern AGAINST = Pattern.compile("^\\s*(?:ont vote contre|a vote contre|contre)\\s*:\\s*(.*)$");
    private static final Pattern NOT_VOTING = Pattern.compile(
            "^\\s*(?:ne prend(?:nent)? pas part au vote|n'ont pas pris part au vote|n'a pas pris part au vote)\\s*:\\s*(.*)$");
    /** A member who stays out of the vote, said in prose: group 1 who, group 2 the verb ("ne prennent" is plural). */
    private static final Pattern STAYS_OUT = Pattern.compile("^\\s*(.*?)\\s*\\b(ne (?:prend|prennent|souhaite|souhaitent|participe"
            + "|participent|veut|veulent)|n'(?:a|ont))\\s+pas\\s+(?:pris\\s+part|part|participe|participer|prendre\\s+part)\\s+(?:au|a ce)\\s+vote\\b");
    /** Names beside a count: "3 (DRIEUX, LAURET)", "5 contre (2 + 3 procurations : L. X, P. Y", cut or not. */
    private static final Pattern NAMED_COUNT = Pattern.compile("(?i)(?:\\b(?:" + VOTE_COUNT + ")\\s+(?:voix\\s+)?" + CHOICE_LABEL
            + "\\b(?:\\s+pour)?|\\b" + CHOICE_LABEL + "\\b[^:\\d()]{0,40}:?\\s*\\d{1,4})\\s*\\(([^()]*)(?:\\)|$)");
    /** Names after a count inside parentheses: "(2 abstentions : M. X, Mme Y)"; group 1 the label, 2 the names. */
    private static final Pattern NAMED_INSIDE = Pattern.compile("(?i)\\(\\s*(?:" + VOTE_COUNT + ")\\s+(?:voix\\s+)?" + CHOICE_LABEL
            + "\\s*:\\s*([^()]*)(?:\\)|$)");
    /**
     * Members whose choice a sentence tells: "sauf Mme X qui s'abstient", "M. Y vote contre" (group 1
     * who, group 2 the choice).
     */
    private static final Pattern CHOICE = Pattern.compile("^\\s*(.*?)\\s+(?:qui\\s+)?"
            + "(s'abstien(?:t|nent)|vote(?:nt)?\\s+contre|vote(?:nt)?\\s+pour)\\b");
    /**
     * An entry of a vote's subject that names no member: an office ("Le Maire", "l'adjoint"), or the
     * vote's own words ("Adopté", "Vote"); not a surname that merely begins so ("LEBRUN", "LAURET").
     */
    private static final Pattern NOT_A_MEMBER = Pattern.compile("(?iu)(?:le|la|les|adopt\\p{L}*|approuv\\p{L}*|vote)\\b.*"
            + "|(?u)[lL]['’]\\p{Ll}.*");
    /** What sets the members apart from the rest of a vote: "à l'unanimité sauf Mme X". */
    private static final Pattern EXCEPT = Pattern.compile("\\b(?:sauf|a l'exception de|excepte)\\s+");
    /** How many lines under a vote a member's choice may be told. */
    private static final int CHOICE_LINES = 2;
    /** How many lines after a member stays out of a vote the vote itself may be stated. */
    private static final int STAYS_OUT_LINES = 3;

    /** What a count counts. */
    private enum Field {
        PRESENT, REPRESENTED, FOR, AGAINST, ABSTENTIONS, NOT_VOTING;

        /** The field of a folded label; none for "votants" and "suffrages exprimés", which the others imply. */
        static Optional<Field> of(String label) {
            if (label.startsWith("present")) {
                return Optional.of(PRESENT);
            } else if (label.startsWith("represent")) {
                return Optional.of(REPRESENTED);
            } else if (label.endsWith("pour")) {
                return Optional.of(FOR);
            } else if (label.endsWith("contre")) {
                return Optional.of(AGAINST);
            } else if (label.startsWith("abstention")) {
                return Optional.of(ABSTENTIONS);
            }
            return label.startsWith("ne prend") || label.startsWith("non") ? Optional.of(NOT_VOTING) : Optional.empty();
        }
    }

    /** One count a line states. */
    private record Tally(Optional<Field> field, int n) {
    }

    /** A vote being read: its counts, names and the lines it was read from. */
    private static final class Reading {
        final int first;
        int last;
        final Map<Field, Integer> counts = new EnumMap<>(Field.class);
        boolean unanimous;
        final List<String> forNames = new ArrayList<>();
        final List<String> abstainers = new ArrayList<>();
        final List<String> againstNames = new ArrayList<>();
        final List<String> notVotingNames = new ArrayList<>();

        Reading(int line) {
            first = line;
            last = line;
        }

        /** True when {@code tallies} only add to this vote: the next row of its table, not a count said again. */
        boolean continuedBy(List<Tally> tallies) {
            return !tallies.isEmpty() && tallies.stream().noneMatch(t -> t.field().map(counts::containsKey).orElse(false));
        }

        int count(Field f) {
            return counts.getOrDefault(f, 0);
        }

        /** Adds {@code names} to the list of {@code choice}: for, against, abstained. */
        void name(Field choice, List<String> names) {
            switch (choice) {
                case FOR -> forNames.addAll(names);
                case AGAINST -> againstNames.addAll(names);
                default -> abstainers.addAll(names);
            }
        }

        /** Adds who stays out of this vote; their number counts when the vote gives none. */
        void staysOut(StayingOut s) {
            notVotingNames.addAll(s.names());
            if (s.count() != null) {
                counts.putIfAbsent(Field.NOT_VOTING, s.count());
            }
        }

        Deliberation.Vote vote(String outcome) {
            return new Deliberation.Vote(null, counts.get(Field.PRESENT), counts.get(Field.REPRESENTED), counts.get(Field.FOR),
                    counts.get(Field.AGAINST), counts.get(Field.ABSTENTIONS), counts.get(Field.NOT_VOTING), unanimous,
                    forNames, abstainers, againstNames, notVotingNames, outcome);
        }
    }

    /** Members who said they stay out of a vote, on line {@code line}: named, or only counted ("Le Maire"). */
    private record StayingOut(int line, List<String> names, Integer count) {
    }

    /** A vote and the line that states it. */
    record Stated(int line, Deliberation.Vote vote) {
    }

    /**
     * The votes of {@code lines} in reading order, each with its line; none when the text states no
     * vote. {@code president} (or null) names the presiding office ("Le Maire ne prend pas part au vote").
     */
    List<Stated> parse(List<String> lines, String president, List<String> warnings) {
        List<Reading> readings = new ArrayList<>();
        List<String> folded = lines.stream().map(Fold::fold).toList();
        boolean[] quoted = Quotations.inside(lines);
        StayingOut pending = null;
        for (int i = 0; i < lines.size(); i++) {
            if (quoted[i]) {
                continue;
            }
            String line = folded.get(i);
            if (pending != null && i - pending.line() > STAYS_OUT_LINES) {
                standAlone(readings, pending);
                pending = null;
            }
            Matcher out = STAYS_OUT.matcher(line);
            if (out.find() && !NOT_VOTING.matcher(line).matches()) {
                pending = stayingOut(lines.get(i), i, out, president);
                continue;
            }
            List<String> names = new ArrayList<>();
            if (names(lines, folded, i, ABSTAINERS, names)) {
                last(readings, i).abstainers.addAll(names);
                continue;
            }
            if (names(lines, folded, i, AGAINST, names)) {
                last(readings, i).againstNames.addAll(names);
                continue;
            }
            if (names(lines, folded, i, NOT_VOTING, names)) {
                last(readings, i).notVotingNames.addAll(names);
                continue;
            }
            List<Tally> tallies = tallies(line);
            boolean unanimous = UNANIMOUS.matcher(line).find();
            boolean majority = MAJORITY.matcher(line).find();
            Reading open = readings.isEmpty() ? null : readings.get(readings.size() - 1);
            if (tallies.isEmpty() && !unanimous && !MOTION.matcher(line).find()) {
                if (open != null && i - open.last <= CHOICE_LINES) {
                    choices(lines.get(i), line, open); // "Mme X s'abstient." under the vote
                }
                if (!majority) {
                    continue;
                }
                if (open != null && open.last >= i - 1 && !open.unanimous) {
                    open.last = i; // "Adopté à la majorité" said of the counts just read
                    continue;
                }
            }
            // a table runs over consecutive lines; a new unanimity or a count said twice starts another vote
            Reading r = open != null && open.last >= i - 1 && !unanimous && !open.unanimous && open.continuedBy(tallies)
                    ? open : new Reading(i);
            if (r != open) {
                readings.add(r);
            }
            r.last = i;
            r.unanimous |= unanimous;
            tallies.forEach(t -> t.field().ifPresent(f -> r.counts.put(f, t.n())));
            namesBesideCounts(lines.get(i), r);
            choices(lines.get(i), line, r);
            if (pending != null) {
                r.staysOut(pending);
                pending = null;
            }
        }
        if (pending != null) {
            standAlone(readings, pending);
        }
        List<Stated> votes = new ArrayList<>();
        for (Reading r : readings) {
            Integer present = r.counts.get(Field.PRESENT);
            Integer represented = r.counts.get(Field.REPRESENTED);
            if (r.counts.containsKey(Field.FOR) && present != null && represented != null) {
                int cast = r.count(Field.FOR) + r.count(Field.AGAINST) + r.count(Field.ABSTENTIONS) + r.count(Field.NOT_VOTING);
                if (cast != present + represented) {
                    warnings.add("vote: " + cast + " votes counted for " + (present + represented) + " present and represented");
                }
            }
            votes.add(new Stated(r.first, r.vote(outcome(folded, r))));
        }
        return votes;
    }

    /**
     * Who stays out of a vote, from the words before the cue: names ("Monsieur X", "MM. X et Y"), the
     * president for the presiding office ("Le Maire"), or an office counted as one member when the verb
     * is singular.
     */
    private static StayingOut stayingOut(String original, int line, Matcher cue, String president) {
        String who = original.length() == Fold.fold(original).length() ? original.substring(0, cue.end(1)) : "";
        String office = Names.naming(who, president);
        List<String> names = !office.equals(who) ? List.of(office) : members(who);
        boolean plural = cue.group(2).endsWith("nt") || cue.group(2).equals("n'ont");
        Integer count = !names.isEmpty() ? Integer.valueOf(names.size()) : plural ? null : Integer.valueOf(1);
        return new StayingOut(line, names, count);
    }

    /**
     * A member stays out of a vote that states no count nor unanimity ("Le Conseil décide d'autoriser
     * ..."): that statement is the vote, and the text around it says the outcome.
     */
    private static void standAlone(List<Reading> readings, StayingOut s) {
        Reading r = new Reading(s.line());
        r.staysOut(s);
        readings.add(r);
    }

    /**
     * The members a line says abstained or voted one way, added to the vote's lists; their number is
     * the count when the vote states none.
     */
    private static void choices(String original, String folded, Reading r) {
        if (original.length() != folded.length()) {
            return; // positions in the folded line would not fall on the original's names
        }
        Matcher m = CHOICE.matcher(folded);
        if (m.find()) {
            int from = m.start(1);
            for (Matcher e = EXCEPT.matcher(folded.substring(0, m.end(1))); e.find(); ) {
                from = e.end();
            }
            List<String> names = members(original.substring(from, m.end(1)));
            if (names.isEmpty()) {
                return;
            }
            Field field = m.group(2).startsWith("s'abst") ? Field.ABSTENTIONS : m.group(2).endsWith("contre") ? Field.AGAINST : Field.FOR;
            r.name(field, names);
            if (field != Field.FOR) {
                r.counts.putIfAbsent(field, names.size());
            }
        }
    }

    /** The names a line writes in parentheses beside a count or after it, added to the count's list. */
    private static void namesBesideCounts(String line, Reading r) {
        for (Matcher m = NAMED_COUNT.matcher(line); m.find(); ) {
            String inside = m.group(3);
            named(m.group(1) != null ? m.group(1) : m.group(2), inside.contains(":") ? inside.substring(inside.lastIndexOf(':') + 1) : inside, r);
        }
        for (Matcher m = NAMED_INSIDE.matcher(line); m.find(); ) {
            named(m.group(1), m.group(2), r);
        }
    }

    /** Adds the names of {@code names} to the list of the choice {@code label} says. */
    private static void named(String label, String names, Reading r) {
        r.name(Field.of(Fold.fold(label)).orElseThrow(), Names.split(List.of(names)));
    }

    /**
     * The members the subject of a sentence names ("Monsieur X", "Mme X et M. Y"), without an office
     * ("Le Maire") or the vote's own words ("Adopté", "Vote") that open it.
     */
    private static List<String> members(String subject) {
        return Names.split(List.of(subject)).stream().filter(n -> !NOT_A_MEMBER.matcher(n).matches()).toList();
    }

    /** True when a folded line states a vote, its counts or a member staying out of it. */
    static boolean statesVote(String folded) {
        return UNANIMOUS.matcher(folded).find() || MAJORITY.matcher(folded).find() || MOTION.matcher(folded).find()
                || STAYS_OUT.matcher(folded).find() || !tallies(folded).isEmpty();
    }

    /** The counts a folded line states: labelled table cells, or counts in prose when the line is about a vote. */
    private static List<Tally> tallies(String line) {
        List<Tally> tallies = new ArrayList<>();
        int firstLabel = -1;
        for (Matcher m = COUNT.matcher(line); m.find(); ) {
            firstLabel = firstLabel < 0 ? m.start() : firstLabel;
            tallies.add(new Tally(Field.of(m.group(1)), Integer.parseInt(m.group(2))));
        }
        if (tallies.size() == 1 && line.strip().length() > 40 && firstLabel > 0) {
            tallies.clear(); // prose such as "pour 2019": a table row is short, starts with its label or holds several counts
        }
        List<Tally> prose = new ArrayList<>();
        boolean voices = false;
        StringBuilder rest = new StringBuilder(line);
        // "rejetée par 18 voix contre 5": the larger side rejected it
        boolean rejected = "rejected".equals(Outcomes.VOTE.in(line));
        for (Matcher v = VERSUS.matcher(line); v.find(); ) {
            prose.add(new Tally(Optional.of(rejected ? Field.AGAINST : Field.FOR), Integer.parseInt(v.group(1))));
            prose.add(new Tally(Optional.of(rejected ? Field.FOR : Field.AGAINST), Integer.parseInt(v.group(2))));
            rest.replace(v.start(), v.end(), " ".repeat(v.end() - v.start()));
        }
        for (Matcher p = PROSE_COUNT.matcher(rest); p.find(); ) {
            String n = p.group(1);
            prose.add(new Tally(Field.of(p.group(3)), n.matches("\\d+") ? Integer.parseInt(n) : FrenchNumbers.value(n)));
            voices |= p.group(2) != null || line.contains("(" + p.group());
        }
        if (prose.size() >= 2 || voices) {
            tallies.addAll(prose);
        }
        return tallies;
    }

    /** The vote a list of names belongs to: the last one read, or a new one when none is read yet. */
    private static Reading last(List<Reading> readings, int line) {
        if (readings.isEmpty()) {
            readings.add(new Reading(line));
        }
        return readings.get(readings.size() - 1);
    }

    /**
     * What was decided: said on the vote's lines or the lines around them ("adopte", "est CONTRE",
     * "avis favorable"), else what the counts make of it.
     */
    private static String outcome(List<String> folded, Reading r) {
        String said = String.join(" ", folded.subList(r.first, r.last + 1));
        String around = String.join(" ", folded.subList(Math.max(0, r.first - 1), Math.min(folded.size(), r.last + 3)));
        for (String text : List.of(said, around)) {
            String outcome = Outcomes.VOTE.in(text);
            if (outcome != null) {
                return outcome;
            }
        }
        if (r.counts.containsKey(Field.FOR)) {
            return r.count(Field.FOR) > r.count(Field.AGAINST) ? "adopted" : "rejected";
        }
        return r.unanimous || MAJORITY.matcher(said).find() ? "adopted" : null;
    }

    /** A "Se sont abstenus : names" line and the list lines after it. */
    private static boolean names(List<String> lines, List<String> folded, int i, Pattern heading, List<String> out) {
        if (!heading.matcher(folded.get(i)).matches()) {
            return false;
        }
        String original = lines.get(i);
        String rest = original.substring(original.indexOf(':') + 1).strip();
        if (rest.matches("\\d+")) {
            return false; // a count, not names
        }
        List<String> list = new ArrayList<>();
        int from = i + 1;
        if (!rest.isEmpty()) {
            list.add(rest);
        } else {
            while (from < lines.size() && lines.get(from).isBlank()) {
                from++; // "Se sont abstenus :" with its names after a blank line
            }
        }
        for (int j = from; j < lines.size() && !lines.get(j).isBlank() && Names.isListLine(lines.get(j)); j++) {
            list.add(lines.get(j).strip());
        }
        out.addAll(Names.split(list));
        return true;
    }
}
