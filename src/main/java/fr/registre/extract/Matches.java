package fr.registre.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Patterns whose alternatives each capture the wanted value in a group of their own. */
final class Matches {

    private Matches() {
    }

    /** The first capture of the first match of {@code pattern} in {@code text}, whichever alternative matched. */
    static Optional<String> firstGroup(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    return Optional.of(m.group(g));
                }
            }
        }
        return Optional.empty();
    }
}
