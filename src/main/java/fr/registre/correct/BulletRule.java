package fr.registre.correct;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.registre.model.Correction;

/**
 * Typography (optional): list bullets that OCR reads as a letter or a sign ("e Aubagne", "o La loi",
 * "« Aix" with no closing guillemet) become "•".
 */
final class BulletRule implements CorrectionRule {

    static final String NAME = "typography";

    private static final Pattern BULLET = Pattern.compile("(?m)^[ \\t]*([eoc«*+»°©®¢·])[ \\t]+(?=\\p{Lu})([^\\n]*)");

    @Override
    public void propose(TokenizedText text, List<Correction> out) {
        Matcher m = BULLET.matcher(text.raw());
        while (m.find()) {
            String mark = m.group(1);
            if (mark.equals("«") && m.group(2).contains("»")) {
                continue; // a real quotation
            }
            out.add(new Correction(m.start(1), m.end(1), mark, "•", NAME, 0.8));
        }
    }
}
