package fr.registre.export;

import java.util.regex.Pattern;

/**
 * Text made safe for the formats the project writes. XML 1.0 cannot hold most control characters
 * (a file name may); a spreadsheet or open-data portal runs a CSV cell that starts with
 * {@code = + - @} or a tab or carriage return as a formula, so such a cell is prefixed with
 * {@code '} as OWASP recommends ("CSV injection"), and control characters become spaces.
 */
final class SafeText {

    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private SafeText() {
    }

    /** {@code text} without the characters XML 1.0 forbids. */
    static String xml(String text) {
        return text == null ? null : NOT_XML.matcher(text).replaceAll("");
    }

    /** A CSV cell that no spreadsheet will evaluate. */
    static String csvCell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        String cell = CONTROL.matcher(text).replaceAll(" ");
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + cell : cell;
    }
}
