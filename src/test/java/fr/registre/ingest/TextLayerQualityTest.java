package fr.registre.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import fr.registre.Fixtures;
import fr.registre.Resources;

class TextLayerQualityTest {

    private final TextLayerQuality quality = new TextLayerQuality(Resources.LEXICON);

    @Test
    void acceptsOrdinaryFrenchText() {
        assertTrue(quality.assess("Le Bureau de la Métropole a délibéré sur la convention de partenariat "
                + "avec l'association pour l'année 2025. Ont été présents MM. DUPONT et MARTIN.").usable());
    }

    @Test
    void rejectsEmptyOrNearlyEmptyLayers() {
        assertFalse(quality.assess("").usable());
        assertFalse(quality.assess("  12  \n 3 ").usable());
    }

    @Test
    void rejectsGlyphsWithoutUnicodeMapping() {
        assertFalse(quality.assess("\uE012\uE013\uE014 \uE015\uE016 ".repeat(40) + "le la les de du").usable());
    }

    @Test
    void rejectsFontsEncodedAsGibberish() {
        // the kind of text a PDF with a custom font encoding yields: letters, but no words
        assertFalse(quality.assess("Lq Exuhdx gh od Pìwursroh d gìolehuì vxu od frqyhqwlrq gh sduwhqduldw "
                + "dyhf o'dvvrfldwlrq srxu o'dqqìh").usable());
    }

    @Test
    void rejectsAccentsMappedOnePlaceOff() {
        // a font the file does not embed, read with another's encoding: only the accented letters move
        for (String page : Fixtures.groundTruth("bureau-2025-born-digital.pdf")) {
            assertTrue(quality.assess(page).usable(), page);
            String shifted = page.replace('é', 'ë').replace('è', 'ê').replace('à', 'â').replace('É', 'Ë');
            assertFalse(quality.assess(shifted).usable(), shifted);
        }
    }
}
