package fr.registre.correct;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.registre.model.Correction;

/** Ordinal suffixes misread: "13&amp;me", "14éme", "16eme" → "ème"; "1ére" → "ère". */
final class OrdinalRule implements CorrectionRule {

    static final String NAME = "ordinal";

    private static final Pattern ORDINAL = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,4})(&me|&éme|&eme|éme|eme|iéme|ieme|ére|ere)(?![\\p{L}\\d])");

    @Override
    public void propose(TokenizedText text, List<Correction> out) {
        Matcher m = ORDINAL.matcher(text.raw());
        while (m.find()) {
            String suffix = m.group(2);
            String fixed = suffix.endsWith("re") ? "ère" : "ème";
            if (m.group(1).equals("1") != fixed.equals("ère")) {
                continue; // "1ème" and "2ère" are not ordinals anyone writes
            }
            out.add(new Correction(m.start(2), m.end(2), suffix, fixed, NAME, 0.9));
        }
    }
}
