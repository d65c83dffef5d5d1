package fr.registre.nlp;

import java.util.ArrayList;
import java.util.List;

import fr.registre.model.Entity;
import fr.registre.model.EntityType;
import fr.registre.text.FrenchNames;
import fr.registre.text.Words;

/**
 * The roster pass: the persons known from outside plus those the earlier passes found written with
 * first name and surname (the attendance lists), found again everywhere by a {@link RosterMatcher}.
 */
final class RosterNames implements EntityFinder {

    private final FrenchTokenizer tokenizer;
    private final List<List<String>> knownNames;

    RosterNames(List<String> knownNames, FrenchTokenizer tokenizer) {
        this.tokenizer = tokenizer;
        this.knownNames = knownNames.stream().map(n -> List.of(tokenizer.tokenize(n))).toList();
    }

    @Override
    public List<Entity> find(String text, List<Sentence> sentences, List<Entity> earlier) {
        List<List<String>> roster = new ArrayList<>(knownNames);
        for (Entity e : earlier) {
            List<String> words = List.of(tokenizer.tokenize(e.text()));
            if (e.type() == EntityType.PERSON && isFullName(words)) {
                roster.add(words);
            }
        }
        RosterMatcher matcher = new RosterMatcher(roster);
        return matcher.isEmpty() ? List.of() : matcher.find(text, sentences);
    }

    /** A first name and a surname, at least one of them in capitals or both capitalised. */
    private static boolean isFullName(List<String> words) {
        if (words.size() < 2 || words.size() > 5) {
            return false;
        }
        return words.stream().allMatch(w -> Words.startsUpper(w) || FrenchNames.isParticle(w));
    }
}
