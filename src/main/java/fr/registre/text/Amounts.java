package fr.registre.text;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sums of money as French acts write them: "20 000 €", "77.000 euros", "60 000,0 €",
 * "115 861,25 Euros", "170 000,00 F" (francs, in registers before 2002).
 */
public final class Amounts {

    /** An amount and its currency; group 1 the number, group 2 the currency word or sign. */
    public static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3}(?:[ \\u00A0\\u202F.]\\d{3})+(?:,\\d{1,2})?|\\d+(?:,\\d{1,2})?)\\s?(€|euros?\\b|EUR\\b|F\\b|francs?\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A lookahead, as a regex fragment: what follows is an amount that ends its line, at most a comma,
     * semicolon or stop after it ("… 40 000,00 F,"). Lists of grants end each line so.
     */
    public static final String ENDS_LINE = "(?=(?iu:" + AMOUNT.pattern() + ")[ \\t]*[,;.]?[ \\t]*$)";

    /** A parsed amount. */
    public record Amount(BigDecimal value, String currency, int start, int end) {
    }

    private Amounts() {
    }

    /** The amount whose number starts the match of {@link #AMOUNT} at {@code m}. */
    public static Amount of(Matcher m) {
        String digits = m.group(1).replaceAll("[ \\u00A0\\u202F.]", "").replace(',', '.');
        String unit = m.group(2).toLowerCase();
        String currency = unit.startsWith("f") ? "FRF" : "EUR";
        BigDecimal value = new BigDecimal(digits).stripTrailingZeros();
        // "20 000" must stay 20000, not become 2E+4
        return new Amount(value.scale() < 0 ? value.setScale(0) : value, currency, m.start(), m.end());
    }

    /** The first amount in {@code text}. */
    public static Optional<Amount> first(String text) {
        Matcher m = AMOUNT.matcher(text);
        return m.find() ? Optional.of(of(m)) : Optional.empty();
    }
}
