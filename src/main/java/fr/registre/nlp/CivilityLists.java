package fr.registre.nlp;

import java.util.List;
import java.util.Set;

import fr.registre.text.FrenchNames;
import fr.registre.model.Entity;
import fr.registre.model.EntityType;
import fr.registre.text.Fold;
import fr.registre.text.Words;

/**
 * Persons named by a civility, as older registers write attendance: "MM. MEÏ, BONNET et CASTELLI,
 * Mmes FABRE, LOPEZ" — after a plural civility every name of the enumeration is a person, after a
 * singular one the name that follows. A name is a run of capitalised words, particles inside it.
 */
final class CivilityLists extends WordScanner {

    private static final Set<String> PLURAL = Set.of("mm.", "mm", "mmes", "mmes.", "mrs", "mrs.", "messieurs", "mesdames", "mlles");
    private static final Set<String> SEPARATORS = Set.of(",", ";", "-", "–", "et");

    private final NameBounds bounds;

    CivilityLists(NameBounds bounds) {
        this.bounds = bounds;
    }


    @Override
    int scan(String text, Sentence sentence, int i, List<Entity> found) {
        String[] w = sentence.words();
        if (!FrenchNames.isCivility(w[i])) {
            return i + 1;
        }
        boolean plural = PLURAL.contains(Fold.fold(w[i]));
        int j = i + 1;
        while (true) {
            int end = nameEnd(w, j);
            if (end == j) {
                break;
            }
            for (int[] name : NameBounds.runOn(w, j, bounds.personEnd(w, j, end), FrenchNames.isFirstName(w[j]))) {
                found.add(sentence.entity(text, name[0], name[1], EntityType.PERSON, Entity.CIVILITY));
            }
            j = end;
            if (!plural || j + 1 >= w.length || !SEPARATORS.contains(Fold.fold(w[j]))) {
                break;
            }
            j++;
        }
        return j;
    }

    /** The end of the name starting at {@code from}: capitalised words, not offices, with particles between. */
    private static int nameEnd(String[] w, int from) {
        int end = from;
        for (int i = from; i < w.length; i++) {
            if (Words.startsUpper(w[i]) && !FrenchNames.isTitle(w[i]) && !FrenchNames.isParticle(w[i])) {
                end = i + 1;
            } else if (!FrenchNames.isParticle(w[i])) {
                break;
            }
        }
        return end;
    }
}
