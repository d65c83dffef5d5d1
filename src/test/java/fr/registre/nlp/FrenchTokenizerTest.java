package fr.registre.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;

class FrenchTokenizerTest {

    private final FrenchTokenizer tokenizer = new FrenchTokenizer();

    @Test
    void splitsElisionsWithEitherApostropheButKeepsWordsThatContainOne() {
        assertArrayEquals(new String[] {"L’", "association", "d'", "Aix", "qu'", "il", "jusqu'", "à", "aujourd'hui",
                "prud'hommes"}, tokenizer.tokenize("L’association d'Aix qu'il jusqu'à aujourd'hui prud'hommes"));
        assertArrayEquals(new String[] {"D'", "ESTIENNES", "D'", "ORVES"}, tokenizer.tokenize("D'ESTIENNES D'ORVES"));
    }

    @Test
    void keepsHyphenatedNamesNumbersAndIdentifiersWhole() {
        assertArrayEquals(new String[] {"Jean-Pierre", "PADOVANI-FAURE-BRAC", "Aix-Marseille-Provence"},
                tokenizer.tokenize("Jean-Pierre PADOVANI-FAURE-BRAC Aix-Marseille-Provence"));
        assertArrayEquals(new String[] {"20 000", "€", "et", "1 250,50", "euros", "le", "1er", "avril", "2025", "."},
                tokenizer.tokenize("20 000 € et 1 250,50 euros le 1er avril 2025."));
        assertArrayEquals(new String[] {"n°", "2014-58", "(", "ECOR-020-17755/25/BM", ")"},
                tokenizer.tokenize("n°2014-58 (ECOR-020-17755/25/BM)"));
    }

    @Test
    void civilitiesAndInitialsKeepTheirFullStopOtherWordsGiveItBack() {
        assertArrayEquals(new String[] {"M.", "J.", "DUPONT", "et", "Mme", "MARTIN", "signent", "."},
                tokenizer.tokenize("M. J. DUPONT et Mme MARTIN signent."));
    }

    @Test
    void spansPointIntoTheText() {
        String text = "  Vu l’avis  de M. DUPONT,\nle 3 mai";
        for (Span span : tokenizer.tokenizePos(text)) {
            assertEquals(span.getCoveredText(text).toString().strip(), span.getCoveredText(text).toString());
        }
        assertEquals(10, tokenizer.tokenizePos(text).length);
    }
}
