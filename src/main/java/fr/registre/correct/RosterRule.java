package fr.registre.correct;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.registre.model.Correction;
import fr.registre.text.Lexicon;
import fr.registre.text.OneEditIndex;
import fr.registre.text.Words;

/**
 * Near-miss surnames: a capitalised name seen once that is one OCR slip away from a surname the
 * roster confirms (listed twice in the document, or given from outside) is that surname:
 * "PEROTTING" for "PEROTTINO".
 */
final class RosterRule implements CorrectionRule {

    static final String NAME = "roster";
    private static final int MIN_LENGTH = 5;

    private final Roster roster;
    private final Lexicon lexicon;

    RosterRule(Roster roster, Lexicon lexicon) {
        this.roster = roster;
        this.lexicon = lexicon;
    }

    @Override
    public void propose(TokenizedText text, List<Correction> out) {
        Roster known = roster.withNamesIn(text.raw());
        Map<String, Integer> occurrences = new HashMap<>();
        text.tokens().forEach(t -> occurrences.merge(t.text(), 1, Integer::sum));
        OneEditIndex confirmed = new OneEditIndex();
        known.surnames().stream().filter(s -> known.count(s) >= 2).forEach(confirmed::add);
        for (Token t : text.tokens()) {
            String name = t.text();
            if (name.length() < MIN_LENGTH || !Words.isAllCaps(name) || t.hasDigit()
                    || occurrences.get(name) > 1 || known.count(name) > 1 || lexicon.containsAnyCase(name)) {
                continue;
            }
            List<String> near = confirmed.near(name).stream().filter(s -> !s.equals(name)).toList();
            if (near.size() == 1) { // two roster names fit: do not guess
                out.add(new Correction(t.start(), t.end(), name, near.get(0), NAME, 0.85));
            }
        }
    }
}
