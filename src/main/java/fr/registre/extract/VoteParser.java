package fr.registre.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.registre.model.Deliberation;
import fr.registre.text.Fold;

/**
 * The vote: count tables ("Présents 100 / Représentés 35 / Voix Pour 120 / Voix Contre 0 /
 * Abstentions 14 / Ne prend pas part au vote 1"), unanimity, and the lists of names that follow
 * ("Se sont abstenus : ...", "Ont voté contre : ...").
 */
final class VoteParser {

    private static final Pattern COUNT = Pattern.compile("(?:^|[|/\\t]|\\s{2,})\\s*(presents?|representes?|votants?|suffrages exprimes"
            + "|(?:voix )?pour|(?:voix )?contre|abstentions?|ne prend(?:nent)? pas part au vote|non[- ]participation)"
            + "\\s*:?\\s*(\\d{1,4})\\b");
    private static final Pattern ABSTAINERS = Pattern.compile("^\\s*(?:se sont abstenue?s?|s'est abstenue?|abstentions?)\\s*:\\s*(.*)$");
    private static final Pattern AGAINST = Pattern.compile("^\\s*(?:ont vote contre|a vote contre|contre)\\s*:\\s*(.*)$");
    private static final Pattern NOT_VOTING = Pattern.compile(
            "^\\s*(?:ne prend(?:nent)? pas part au vote|n'ont pas pris part au vote|n'a pas pris part au vote)\\s*:\\s*(.*)$");

    Deliberation.Vote parse(List<String> lines, List<String> warnings) {
        Integer present = null;
        Integer represented = null;
        Integer forCount = null;
        Integer against = null;
        Integer abstentions = null;
        Integer notVoting = null;
        List<String> abstainers = new ArrayList<>();
        List<String> againstNames = new ArrayList<>();
        List<String> notVotingNames = new ArrayList<>();
        boolean unanimous = false;
        for (int i = 0; i < lines.size(); i++) {
            String folded = Fold.fold(lines.get(i));
            unanimous |= folded.contains("a l'unanimite") || folded.contains("unanimement");
            if (names(lines, i, ABSTAINERS, abstainers) || names(lines, i, AGAINST, againstNames)
                    || names(lines, i, NOT_VOTING, notVotingNames)) {
                continue;
            }
            List<String[]> counts = new ArrayList<>();
            Matcher m = COUNT.matcher(folded);
            while (m.find()) {
                counts.add(new String[] {m.group(1), m.group(2)});
            }
            if (counts.size() < 2 && folded.strip().length() > 40) {
                continue; // prose such as "pour 2019": tables are short lines or several counts
            }
            for (String[] count : counts) {
                int n = Integer.parseInt(count[1]);
                String label = count[0];
                if (label.startsWith("present")) {
                    present = n;
                } else if (label.startsWith("represent")) {
                    represented = n;
                } else if (label.endsWith("pour")) {
                    forCount = n;
                } else if (label.endsWith("contre")) {
                    against = n;
                } else if (label.startsWith("abstention")) {
                    abstentions = n;
                } else if (label.startsWith("ne prend") || label.startsWith("non")) {
                    notVoting = n;
                }
            }
        }
        if (forCount != null && present != null && represented != null) {
            int cast = forCount + zero(against) + zero(abstentions) + zero(notVoting);
            if (cast != present + represented) {
                warnings.add("vote: " + cast + " votes counted for " + (present + represented) + " present and represented");
            }
        }
        return new Deliberation.Vote(present, represented, forCount, against, abstentions, notVoting, unanimous,
                abstainers, againstNames, notVotingNames);
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
        if (!rest.isEmpty()) {
            list.add(rest);
        }
        for (int j = i + 1; j < lines.size() && !lines.get(j).isBlank() && Names.isListLine(lines.get(j)); j++) {
            list.add(lines.get(j).strip());
        }
        out.addAll(Names.split(list));
        return true;
    }
}
