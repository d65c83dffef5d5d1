package fr.registre.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as French acts write them: "jeudi 3 avril 2025", "1er juillet 2020", "08/03/2022", and the
 * opening formula of minutes in words, "L'an deux mil six, le deux juin".
 */
public final class FrenchDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("fevrier", 2), Map.entry("février", 2), Map.entry("mars", 3),
            Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
            Map.entry("aout", 8), Map.entry("août", 8), Map.entry("septembre", 9), Map.entry("octobre", 10),
            Map.entry("novembre", 11), Map.entry("decembre", 12), Map.entry("décembre", 12));

    /** A written-out date; group 1 day, 2 month name, 3 year. */
    public static final Pattern WRITTEN = Pattern.compile("(?iu)\\b(\\d{1,2})(?:\\s?er|°)?\\s+(janvier|f[ée]vrier|mars|avril|mai|juin"
            + "|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\\s+(\\d{4})\\b");
    /** A numeric date; group 1 day, 2 month, 3 year. */
    public static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})\\b");

    /** "L'an deux mille quatre, le seize octobre", folded; group 1 the year in words, 2 the day, 3 the month. */
    private static final Pattern FORMULA = Pattern.compile("\\bl'an\\s+((?:[a-z]+[\\s,-]+){1,8}?)(?:et\\s+)?le\\s+"
            + "(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)?(\\d{1,2}|premier|1er|[a-z]+(?:[\\s-]+[a-z]+){0,2}?)\\s+"
            + "(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\\b");

    /** "le vingt-trois mars deux mille vingt-deux", folded; group 1 the day, 2 the month, 3 the year and what follows. */
    private static final Pattern DAY_FIRST = Pattern.compile("\\ble\\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)?"
            + "(\\d{1,2}|premier|1er|[a-z]+(?:[\\s-]+[a-z]+){0,2}?)\\s+"
            + "(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\\s+((?:[a-z]+[\\s,-]*){1,8})");

    private FrenchDates() {
    }

    /**
     * The date of the opening formula of minutes in folded {@code text}, written in words: "L'an deux
     * mil six, le deux juin", "Le vingt-trois mars deux mille vingt-deux à dix-neuf heures".
     */
    public static Optional<LocalDate> formula(String text) {
        Matcher m = FORMULA.matcher(text);
        if (m.find()) {
            return of(FrenchNumbers.value(m.group(1)), m.group(2), m.group(3));
        }
        Matcher d = DAY_FIRST.matcher(text);
        if (!d.find()) {
            return Optional.empty();
        }
        // the year's words end where the sentence goes on ("... vingt-deux à dix-neuf heures")
        String[] words = d.group(3).strip().split("[\\s,-]+");
        for (int n = words.length; n > 0; n--) {
            int year = FrenchNumbers.value(String.join(" ", Arrays.copyOf(words, n)));
            if (year >= 1000) {
                return of(year, d.group(1), d.group(2));
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> of(int year, String day, String month) {
        int d = day.matches("\\d+") ? Integer.parseInt(day) : day.equals("premier") || day.equals("1er") ? 1 : FrenchNumbers.value(day);
        return year < 1000 || d <= 0 ? Optional.empty() : of(String.valueOf(year), MONTHS.get(month), String.valueOf(d));
    }

    /** Every date of {@code text}, written out or numeric, with where it starts, in text order. */
    public static List<Map.Entry<Integer, LocalDate>> all(String text) {
        TreeMap<Integer, LocalDate> found = new TreeMap<>();
        Matcher w = WRITTEN.matcher(text);
        while (w.find()) {
            written(w).ifPresent(d -> found.put(w.start(), d));
        }
        Matcher n = NUMERIC.matcher(text);
        while (n.find()) {
            numeric(n).ifPresent(d -> found.put(n.start(), d));
        }
        return List.copyOf(found.entrySet());
    }

    /** The first date in {@code text}, written out or numeric. */
    public static Optional<LocalDate> first(String text) {
        Matcher w = WRITTEN.matcher(text);
        Matcher n = NUMERIC.matcher(text);
        boolean hasW = w.find();
        boolean hasN = n.find();
        if (hasW && (!hasN || w.start() <= n.start())) {
            return written(w);
        }
        return hasN ? numeric(n) : Optional.empty();
    }

    private static Optional<LocalDate> written(Matcher m) {
        return of(m.group(3), MONTHS.get(m.group(2).toLowerCase()), m.group(1));
    }

    private static Optional<LocalDate> numeric(Matcher m) {
        return of(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
    }

    private static Optional<LocalDate> of(String year, Integer month, String day) {
        try {
            int y = Integer.parseInt(year);
            // "17/12/19": a two-digit year of a register is this century's unless that would be the future
            if (year.length() == 2) {
                y += y <= LocalDate.now().getYear() % 100 ? 2000 : 1900;
            }
            return Optional.of(LocalDate.of(y, month, Integer.parseInt(day)));
        } catch (DateTimeException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
