package fr.registre.correct;

import java.util.ArrayList;
import java.util.List;

/** The raw text cut into {@link Token}s, with the neighbours the context rules look at. */
final class TokenizedText {

    private static final String OUTER_PUNCTUATION = "()[]{},;!?«»\"“”…";
    private static final String TRAILING = ".:-";

    private final String raw;
    private final List<Token> tokens;

    TokenizedText(String raw) {
        this.raw = raw;
        this.tokens = tokenize(raw);
    }

    String raw() {
        return raw;
    }

    List<Token> tokens() {
        return tokens;
    }

    /** The token after index {@code i}, or null. */
    Token next(int i) {
        return i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    }

    /** The token before index {@code i}, or null. */
    Token previous(int i) {
        return i > 0 ? tokens.get(i - 1) : null;
    }

    private static List<Token> tokenize(String raw) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = raw.length();
        while (i < n) {
            while (i < n && isSeparator(raw.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSeparator(raw.charAt(i))) {
                i++;
            }
            int end = i;
            while (end > start && TRAILING.indexOf(raw.charAt(end - 1)) >= 0) {
                end--;
            }
            if (end > start) {
                out.add(new Token(raw.substring(start, end), start, startsSentence(raw, start)));
            }
        }
        return out;
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || OUTER_PUNCTUATION.indexOf(c) >= 0;
    }

    /** Looks back over spaces, opening punctuation and bullets for a sentence end or a paragraph break. */
    private static boolean startsSentence(String raw, int start) {
        int newlines = 0;
        for (int j = start - 1; j >= 0; j--) {
            char c = raw.charAt(j);
            if (c == '\n' || c == '\f') {
                newlines++;
                if (newlines == 2 || c == '\f') {
                    return true;
                }
            } else if (c == '.' || c == '!' || c == '?' || c == ':' && newlines > 0) {
                return true;
            } else if (c == '-' || c == '•' || c == '(' || c == '«' || c == '"') {
                if (isLineStart(raw, j)) {
                    return true;
                }
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLineStart(String raw, int at) {
        for (int j = at - 1; j >= 0; j--) {
            char c = raw.charAt(j);
            if (c == '\n' || c == '\f') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }
}
