package fr.registre.cli;

import org.apache.commons.cli.CommandLine;

/** Typed access to option values, with errors a user can act on. */
final class Args {

    private Args() {
    }

    static int intValue(CommandLine line, String option, int fallback, int min, int max) throws UsageException {
        String value = line.getOptionValue(option);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw new UsageException("--" + option + " must be between " + min + " and " + max + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " takes a whole number, got '" + value + "'");
        }
    }

    static double doubleValue(CommandLine line, String option, double min, double max) throws UsageException {
        String value = line.getOptionValue(option);
        try {
            double d = Double.parseDouble(value.strip());
            if (!(d >= min && d <= max)) {
                throw new UsageException("--" + option + " must be between " + min + " and " + max + ", got " + value);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " takes a number, got '" + value + "'");
        }
    }

    static <E extends Enum<E>> E enumValue(CommandLine line, String option, Class<E> type, E fallback)
            throws UsageException {
        String value = line.getOptionValue(option);
        if (value == null) {
            return fallback;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value.strip().replace('-', '_'))) {
                return e;
            }
        }
        throw new UsageException("--" + option + " takes one of "
                + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase() + ", got '" + value + "'");
    }
}
