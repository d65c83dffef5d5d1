package fr.registre.extract;

import java.util.Arrays;
import java.util.List;

/**
 * Passages a text quotes over several lines: a letter copied into the minutes, an earlier
 * deliberation cited. What they state (a vote "par 10 voix contre et 3 pour") happened elsewhere.
 */
final class Quotations {

    /** A quote left open longer than this is a stray mark, not a passage. */
    private static final int LONGEST = 80;

    private Quotations() {
    }

    /**
     * For each line, whether it lies in a quoted passage: from a line that opens a quote it does not
     * close (an odd number of straight or curly double quotes, or more « than ») to the line that
     * closes it, both included.
     */
    static boolean[] inside(List<String> lines) {
        boolean[] quoted = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (balance(lines.get(i)) <= 0) {
                continue;
            }
            for (int j = i + 1; j < lines.size() && j <= i + LONGEST; j++) {
                if (balance(lines.get(j)) != 0) {
                    if (balance(lines.get(j)) < 0) {
                        Arrays.fill(quoted, i, j + 1, true);
                        i = j;
                    }
                    break;
                }
            }
        }
        return quoted;
    }

    /** 1 when a line leaves a quote open, -1 when it closes one opened before, else 0. */
    private static int balance(String line) {
        int guillemets = 0;
        int doubles = 0;
        int last = -1;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == '«') {
                guillemets++;
            } else if (c == '»') {
                guillemets--;
            } else if (c == '"' || c == '“' || c == '”') {
                doubles++;
                last = k;
            }
        }
        if (guillemets != 0) {
            return Integer.signum(guillemets);
        }
        if (doubles % 2 == 0) {
            return 0;
        }
        // an odd quote closes a passage when nothing but punctuation follows it, and opens one otherwise
        return line.substring(last + 1).matches("[\\s\\p{P}]*") ? -1 : 1;
    }
}
