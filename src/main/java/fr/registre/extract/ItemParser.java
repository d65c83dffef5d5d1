package fr.registre.extract;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.registre.model.Deliberation;

/**
 * The items of minutes: each deliberation a session took, by the number that heads it, with the
 * title after it ("N°2004/04/01 : PORTE A CONNAISSANCE …", "2013-19 : Compte administratif …",
 * "2008-06-001" on a line of its own). Numbers are year-based, as communes number their acts.
 */
final class ItemParser {

    /** A year, then one or two counters: "2013-19", "2004/04/01", "2008-06-001". */
    private static final String NUMBER = "((?:19|20)\\d{2}[-/]\\d{1,3}(?:[-/]\\d{1,4})?)";
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:[•*–-]\\s*)?(N°\\s*|n°\\s*)?" + NUMBER
            + "\\s*(?:[:–-]\\s*(\\S.{2,}?))?\\s*$");

    List<Deliberation.Item> parse(List<String> lines) {
        List<Deliberation.Item> items = new ArrayList<>();
        for (String line : lines) {
            Matcher m = ITEM.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String number = m.group(2);
            String title = m.group(3);
            // a date alone on its line ("2019-12-01") is a date, unless "N°" or a title says it is a number
            if (m.group(1) == null && title == null && isDate(number)) {
                continue;
            }
            if (items.stream().noneMatch(i -> i.number().equals(number))) {
                items.add(new Deliberation.Item(number, title == null ? null : title.strip()));
            }
        }
        return items;
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
