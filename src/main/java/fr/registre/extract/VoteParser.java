package fr.registre.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.registre.model.Deliberation;
import fr.registre.text.Fold;

/**
 * Every vote a text states, in reading order: count tables ("Présents 100 / Représentés 35 / Voix
 * Pour 120 / Voix Contre 0 / Abstentions 14"), counts in prose ("par 25 voix pour, 3 contre et une
 * abstention", "(13 POUR)"), unanimity ("approuvé à l'unanimité", "C'est l'unanimité") and a motion
 * put to the vote ("mise aux voix est adoptée"); each with its outcome, and the lists of names that
 * follow it ("Se sont abstenus : ...", "Ont voté contre : ...").
 */
final class VoteParser {

    /** A label, then its count: "Voix Pour 120", "Abstentions : 3", "POUR le projet : 3". */
    private static final Pattern COUNT = Pattern.compile("(?:^|[|/\\t•]|\\s{2,})\\s*(presents?|representes?|votants?|suffrages exprimes"
            + "|(?:voix )?pour|(?:voix )?contre|abstentions?|ne prend(?:nent)? pas part au vote|non[- ]participation)"
            + "(?:\\s+[^:\\d]{1,40}:)?\\s*:?\\s*(\\d{1,4})\\b");
    /** A count, then its label: "12 voix pour", "une contre", "3 abstentions", "(13 POUR)". */
    private static final Pattern PROSE_COUNT = Pattern.compile("\\b(\\d{1,4}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)"
            + "\\s+(?:(voix)\\s+)?(pour|contre|abstentions?|non[- ]participations?)\\b");
    private static final List<String> NUMBER_WORDS = List.of("zero", "un", "deux", "trois", "quatre", "cinq", "six", "sept",
            "huit", "neuf", "dix");
    private static final Pattern UNANIMOUS = Pattern.compile("\\bunanimite\\b|\\bunanimement\\b");
    private static final Pattern MOTION = Pattern.compile("\\bmise? aux voix\\b.*\\b(?:adoptee?s?|rejetee?s?)\\b");
    private static final Pattern ABSTAINERS = Pattern.compile("^\\s*(?:se sont abstenue?s?|s'est abstenue?|abstentions?)\\s*:\\s*(.*)$");
    private static final Pattern AGAINST = Pattern.compile("^\\s*(?:ont vote contre|a vote contre|contre)\\s*:\\s*(.*)$");
    private static final Pattern NOT_VOTING = Pattern.compile(
            "^\\s*(?:ne prend(?:nent)? pas part au vote|n'ont pas pris part au vote|n'a pas pris part au vote)\\s*:\\s*(.*)$");
    private static final Pattern REJECTED = Pattern.compile("\\brejet|\\brefus|(?<!qui )\\best contre\\b|\\bs'oppose|\\bopposition\\b");
    private static final Pattern ADOPTED = Pattern.compile("\\badopt|\\bapprouv|\\baccord\\b|\\bdecide|\\bvalide|\\bapprobation\\b");

    /** A vote being read: its counts, names and the lines it was read from. */
    private static final class Reading {
        final int first;
        int last;
        Integer present;
        Integer represented;
        Integer forCount;
        Integer against;
        Integer abstentions;
        Integer notVoting;
        boolean unanimous;
        final List<String> abstainers = new ArrayList<>();
        final List<String> againstNames = new ArrayList<>();
        final List<String> notVotingNames = new ArrayList<>();

        Reading(int line) {
            first = line;
            last = line;
        }

        void count(String label, int n) {
            switch (field(label)) {
                case "present" -> present = n;
                case "represented" -> represented = n;
                case "for" -> forCount = n;
                case "against" -> against = n;
                case "abstentions" -> abstentions = n;
                case "notVoting" -> notVoting = n;
                default -> { } // "votants", "suffrages exprimés": implied by the others
            }
        }

        boolean has(String label) {
            return switch (field(label)) {
                case "present" -> present != null;
                case "represented" -> represented != null;
                case "for" -> forCount != null;
                case "against" -> against != null;
                case "abstentions" -> abstentions != null;
                case "notVoting" -> notVoting != null;
                default -> false;
            };
        }

        private static String field(String label) {
            if (label.startsWith("present")) {
                return "present";
            } else if (label.startsWith("represent")) {
                return "represented";
            } else if (label.endsWith("pour")) {
                return "for";
            } else if (label.endsWith("contre")) {
                return "against";
            } else if (label.startsWith("abstention")) {
                return "abstentions";
            }
            return label.startsWith("ne prend") || label.startsWith("non") ? "notVoting" : "";
        }

        Deliberation.Vote vote(String outcome) {
            return new Deliberation.Vote(present, represented, forCount, against, abstentions, notVoting, unanimous,
                    abstainers, againstNames, notVotingNames, outcome);
        }
    }

    /** The votes of {@code lines} in reading order; none when the text states no vote. */
    List<Deliberation.Vote> parse(List<String> lines, List<String> warnings) {
        List<Reading> readings = new ArrayList<>();
        List<String> folded = lines.stream().map(Fold::fold).toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = folded.get(i);
            Reading open = readings.isEmpty() ? null : readings.get(readings.size() - 1);
            List<String> names = new ArrayList<>();
            if (names(lines, i, ABSTAINERS, names)) {
                nearest(readings, i, lines.size()).abstainers.addAll(names);
                continue;
            }
            if (names(lines, i, AGAINST, names)) {
                nearest(readings, i, lines.size()).againstNames.addAll(names);
                continue;
            }
            if (names(lines, i, NOT_VOTING, names)) {
                nearest(readings, i, lines.size()).notVotingNames.addAll(names);
                continue;
            }
            List<String[]> counts = counts(line);
            boolean unanimous = UNANIMOUS.matcher(line).find();
            if (counts.isEmpty() && !unanimous && !MOTION.matcher(line).find()) {
                continue;
            }
            // a table runs over consecutive lines; a new unanimity or a count said twice starts another vote
            Reading r = open != null && open.last >= i - 1 && !unanimous && !open.unanimous && continues(open, counts)
                    ? open : new Reading(i);
            if (r != open) {
                readings.add(r);
            }
            r.last = i;
            r.unanimous |= unanimous;
            counts.forEach(c -> r.count(c[0], Integer.parseInt(c[1])));
        }
        List<Deliberation.Vote> votes = new ArrayList<>();
        for (Reading r : readings) {
            if (r.forCount != null && r.present != null && r.represented != null) {
                int cast = r.forCount + zero(r.against) + zero(r.abstentions) + zero(r.notVoting);
                if (cast != r.present + r.represented) {
                    warnings.add("vote: " + cast + " votes counted for " + (r.present + r.represented) + " present and represented");
                }
            }
            votes.add(r.vote(outcome(folded, r)));
        }
        return votes;
    }

    /** The counts a line states: labelled table cells, or counts in prose when the line is about a vote. */
    private static List<String[]> counts(String line) {
        List<String[]> counts = new ArrayList<>();
        Matcher m = COUNT.matcher(line);
        while (m.find()) {
            counts.add(new String[] {m.group(1), m.group(2)});
        }
        if (counts.size() == 1 && line.strip().length() > 40 && m.reset().find() && m.start() > 0) {
            counts.clear(); // prose such as "pour 2019": a table row is short, starts with its label or holds several counts
        }
        List<String[]> prose = new ArrayList<>();
        boolean voices = false;
        for (Matcher p = PROSE_COUNT.matcher(line); p.find(); ) {
            String n = p.group(1);
            prose.add(new String[] {p.group(3), n.matches("\\d+") ? n : String.valueOf(NUMBER_WORDS.indexOf(n.replace("une", "un")))});
            voices |= p.group(2) != null || line.contains("(" + p.group());
        }
        if (prose.size() >= 2 || voices) {
            counts.addAll(prose);
        }
        return counts;
    }

    /** True when {@code counts} only add to {@code open}: the next row of its table, not a count said again. */
    private static boolean continues(Reading open, List<String[]> counts) {
        return !counts.isEmpty() && counts.stream().noneMatch(c -> open.has(c[0]));
    }

    /** The vote a list of names belongs to: the nearest before it, or a new one when none is read yet. */
    private static Reading nearest(List<Reading> readings, int line, int lines) {
        if (readings.isEmpty()) {
            readings.add(new Reading(Math.min(line, lines - 1)));
        }
        return readings.get(readings.size() - 1);
    }

    /**
     * What was decided: said on the vote's lines or the lines around them ("adopte", "est CONTRE",
     * "avis favorable"), else what the counts make of it.
     */
    private static String outcome(List<String> folded, Reading r) {
        String around = String.join(" ", folded.subList(Math.max(0, r.first - 1), Math.min(folded.size(), r.last + 3)));
        String said = String.join(" ", folded.subList(r.first, r.last + 1));
        for (String text : List.of(said, around)) {
            if (text.contains("avis defavorable")) {
                return "unfavourable-opinion";
            }
            if (text.contains("avis favorable")) {
                return "favourable-opinion";
            }
            if (REJECTED.matcher(text).find()) {
                return "rejected";
            }
            if (ADOPTED.matcher(text).find()) {
                return "adopted";
            }
        }
        if (r.forCount != null) {
            return r.forCount > zero(r.against) ? "adopted" : "rejected";
        }
        return r.unanimous ? "adopted" : null;
    }

    private static int zero(Integer n) {
        return n == null ? 0 : n;
    }

    /** A "Se sont abstenus : names" line and the list lines after it. */
    private static boolean names(List<String> lines, int i, Pattern heading, List<String> out) {
        Matcher m = heading.matcher(Fold.fold(lines.get(i)));
        if (!m.matches()) {
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
