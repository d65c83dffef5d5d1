package fr.registre.text;

import fr.registre.Resources;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;


class DehyphenatorTest {

    private final Dehyphenator dehyphenator = new Dehyphenator(Resources.LEXICON);

    @Test
    void joinsAWordBrokenAtTheLineEnd() {
        assertEquals("les subventions\naccordées", dehyphenator.apply("les subven-\ntions accordées"));
    }

    @Test
    void keepsTheHyphenOfRealCompounds() {
        assertEquals("Métropole Aix-Marseille-Provence\net", dehyphenator.apply("Métropole Aix-Marseille-\nProvence et"));
        assertEquals("M. Jean-Pierre\nDUPONT", dehyphenator.apply("M. Jean-\nPierre DUPONT"));
        assertEquals("voir ci-après\nles", dehyphenator.apply("voir ci-\naprès les"));
        // the next word is taken whole, its own hyphens with it
        assertEquals("Région Provence-Alpes-Côte\nd'Azur", dehyphenator.apply("Région Provence-\nAlpes-Côte d'Azur"));
    }

    @Test
    void leavesUnknownJoinsAlone() {
        String text = "le sigle abc-\nxyz reste";
        assertEquals(text, dehyphenator.apply(text));
    }

    @Test
    void leavesTextWithoutBreaksUntouched() {
        String text = "Le Bureau de la Métropole,\nvu le rapport.";
        assertEquals(text, dehyphenator.apply(text));
    }
}
