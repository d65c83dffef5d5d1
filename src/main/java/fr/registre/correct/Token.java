package fr.registre.correct;

/**
 * A run of non-space characters of the raw text, stripped of surrounding punctuation.
 *
 * @param text          the characters, as in the raw text
 * @param start         offset in the raw text
 * @param sentenceStart true when a capital is expected here (after . ! ?, a blank line, a bullet)
 */
record Token(String text, int start, boolean sentenceStart) {

    int end() {
        return start + text.length();
    }

    boolean hasDigit() {
        return text.chars().anyMatch(Character::isDigit);
    }
}
