package fr.registre.correct;

import fr.registre.Resources;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.registre.bench.ErrorRate;
import fr.registre.model.CorrectedText;
import fr.registre.model.Correction;

class OcrCorrectorTest {

    private static final OcrCorrector CORRECTOR = Resources.corrector(CorrectorOptions.defaults());

    private static String resource(String path) throws IOException {
        try (InputStream in = OcrCorrectorTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String corrected(String text) {
        return CORRECTOR.correct(text).text();
    }

    @Test
    void repairsMostWordErrorsOfARealScanWithoutNewOnes() throws IOException {
        String raw = resource("territoire-2022.ocr.txt");
        String reference = resource("/fr/registre/bench/texts/territoire-2022.txt");
        CorrectedText result = CORRECTOR.correct(raw);
        double before = ErrorRate.wer(reference, raw);
        double after = ErrorRate.wer(reference, result.text());
        assertTrue(before > 0.05, "the OCR output is really damaged: " + before);
        assertTrue(after < before / 5, "WER " + before + " -> " + after);
        assertTrue(ErrorRate.cer(reference, result.text()) < 0.003, "almost nothing left to fix");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bureau-2019", "convention-2016"})
    void leavesCorrectTextAlone(String name) throws IOException {
        String text = resource("/fr/registre/bench/texts/" + name + ".txt");
        CorrectedText result = CORRECTOR.correct(text);
        assertEquals(List.of(), result.corrections());
        assertEquals(text, result.text());
    }

    @Test
    void onlyFixesTheRealSlipOfABornDigitalText() throws IOException {
        // the source itself writes "Oui le rapport"; its names written without accents (Gerard) stay
        CorrectedText result = CORRECTOR.correct(resource("/fr/registre/bench/texts/bureau-2025.txt"));
        assertEquals(List.of("Ouï"), result.corrections().stream().map(Correction::replacement).toList());
    }

    @Test
    void everyChangeIsRecordedAndReversible() throws IOException {
        String raw = resource("territoire-2022.ocr.txt");
        CorrectedText result = CORRECTOR.correct(raw);
        assertEquals(result.text(), CorrectedText.apply(raw, result.corrections(), List.of()).text());
        int last = -1;
        for (Correction c : result.corrections()) {
            assertEquals(c.original(), raw.substring(c.start(), c.end()));
            assertTrue(c.start() >= last, "sorted, not overlapping");
            assertTrue(c.confidence() >= 0.5 && c.confidence() <= 1);
            last = c.end();
        }
    }

    @Test
    void repairsEachErrorFamily() {
        assertEquals("s'est réuni", corrected("s'est réeuni"));
        assertEquals("Ouï le rapport ci-dessus,", corrected("Oui le rapport ci-dessus,"));
        assertEquals("Bouches-du-Rhône", corrected("Bouches-du-Rhéne"));
        assertEquals("le Pays d’Aubagne et de l'Etoile", corrected("le Pays d’Aubagne et de I'Etoile"));
        assertEquals("Le 8 mars 2022 à 11h00, le Conseil", corrected("Le 8 mars 2022 & 11h00, le Conseil"));
        assertEquals("mis en œuvre", corrected("mis en ceuvre"));
        assertEquals("vise à renforcer l'accompagnement", corrected("vise a renforcer 'accompagnement"));
        assertEquals("plus qu'un ajout", corrected("plus gu'un ajout"));
        assertEquals("du 7 août 2015", corrected("du 7 aot 2015"));
        assertEquals("(13ème, 14ème arrondissements)", corrected("(13&me, 14éme arrondissements)"));
        assertEquals("porteur d’une rentabilité", corrected("porteur d’'une rentabilité"));
        assertEquals("la Caisse des dépôts", corrected("la Caisse des dépéts"));
        assertEquals("régulièrement convoqué", corrected("réguliérement convoqué"));
        assertEquals("en matière de", corrected("en matiere de"));
        assertEquals("- L'intérêt pour la métropole", corrected("- Lintérét pour la métropole"));
        assertEquals("Annoncé dans le cadre du Comité", corrected("Annonce dans le cadre du Comité"));
    }

    @Test
    void leavesWhatTheReaderSawAsWritten() {
        // as a 1914 typist wrote them, read by Tesseract with every accent the page has
        String typed = "Il n'eût consideré ni la sevère austerité du Préfet, ni ce qu'il faut posséder.\n";
        assertEquals(typed, corrected(typed), "an accent added to a word that has one is the author's choice, not OCR's");
        assertEquals("le développement et la considération", corrected("le developpement et la consideration"),
                "a word read without any accent still gets them");
        assertEquals("composé des étus et techniciens", corrected("composé des étus et techniciens"),
                "a short word losing a letter is too weak a guess to apply");
        assertEquals("les éditions Marcelin Bean (Lyon)", corrected("les éditions Marcelin Bean (Lyon)"),
                "a capitalised word only gets accent-level repairs");
        assertEquals("Métropole Aix-Marseille-Provence, Présents : Paul DUVAL - Maryse TOLLIN - Jean-Marc ABEL",
                corrected("Métropole Aix- Marseille- Provence, Présents : Paul DUVAL - Maryse TOLLIN - Jean- Marc ABEL"),
                "a compound whose hyphen OCR followed with a space is joined");
        assertEquals("Présents : Paul DUVAL - Maryse TOLLIN", corrected("Présents : Paul DUVAL- Maryse TOLLIN"),
                "a surname in capitals and a first name are two names of a list, not a compound");
    }

    @Test
    void leavesTheHalvesOfAWordBrokenAcrossLinesAlone() {
        // as Tesseract gives a real 1984 page: neither half is a word, and no other word is meant
        for (String text : List.of("le document écrit tradition-\n\nnel et celle", "nous avions quitté Armen-\n\ntières. La")) {
            assertEquals(text, corrected(text));
        }
        // broken at a single line end, the word is rejoined as a whole, the rest of the line moved down
        assertEquals("les difficultés rencontrées\nen 1984", corrected("les difficultés rencon-\ntrées en 1984"));
    }

    @Test
    void keepsTheVerbAWhereItIsOne() {
        String text = "La Métropole a la charge de la voirie. Elle a un budget. Il a été décidé.";
        assertEquals(text, corrected(text));
    }

    @Test
    void protectsNamesIdentifiersAmountsAndAddresses() {
        String text = "Présents : Jean BURLE, Michel LAN, Gerard GAZAY.\n"
                + "Délibération n° ECOR-020-17755/25/BM du 12/03/2025, montant de 20 000 € (77.000 euros).\n"
                + "Voir https://www.ampmetropole.fr/deliberations ou ecrire a contact@ampmetropole.fr.\n"
                + "CT4/080322/52 - Mme Eliane ISIDORE, M. Gérard BRAMOULLÉ.";
        CorrectedText result = CORRECTOR.correct(text);
        for (String kept : List.of("BURLE", "LAN", "Gerard", "ECOR-020-17755/25/BM", "12/03/2025", "20 000 €",
                "77.000", "https://www.ampmetropole.fr/deliberations", "contact@ampmetropole.fr", "CT4/080322/52",
                "ISIDORE", "BRAMOULLÉ", "Eliane")) {
            assertTrue(result.text().contains(kept), kept + " changed in " + result.text());
        }
    }

    @Test
    void repairsNamesFromTheDocumentsOwnRoster() {
        String text = "sous la présidence de Monsieur Serge PEROTTINO, Président.\n"
                + "Etaient présents : Serge PEROTTINO ; Patrick PIN\n"
                + "Le Président du Conseil de territoire\nSerge PEROTTING\n";
        assertTrue(corrected(text).endsWith("Serge PEROTTINO\n"));
    }

    @Test
    void usesAnOutsideRosterToo() {
        OcrCorrector withRoster = Resources.corrector(CorrectorOptions.defaults()
                .withRoster(Roster.of(List.of("Martine VASSAL"))));
        assertEquals("Madame Martine VASSAL, Présidente", withRoster.correct("Madame Martine VASSAI, Présidente").text());
    }

    @Test
    void uncertainChangesAreSuggestedNotApplied() throws IOException {
        String raw = resource("territoire-2022.ocr.txt");
        CorrectedText strict = Resources.corrector(CorrectorOptions.defaults().withThreshold(1.0)).correct(raw);
        assertEquals(raw, strict.text());
        assertTrue(strict.suggestions().size() > 30);
    }

    @Test
    void typographyIsOptional() {
        String text = "sur trois sites :\ne Aubagne le Charel\n« Aix Encagnane\n";
        assertEquals("sur trois sites :\n• Aubagne le Charel\n• Aix Encagnane\n", corrected(text));
        OcrCorrector plain = Resources.corrector(CorrectorOptions.defaults().withTypography(false));
        assertEquals(text, plain.correct(text).text());
        assertFalse(corrected("« Une citation » dit-il").contains("•"));
    }

    @Test
    void namesAndWhatWasWrittenOnPurposeAreOnlySuggested() {
        String raw = "Madame Kheïra BOUZIANE et Frédérick MARTIN, Laëtitia ROUX, Maite DUBOIS et Lisete PERRIN.\n"
                + "Le coeur de l'IoT & l'industrie 4.0.\n";
        CorrectedText t = CORRECTOR.correct(raw);
        assertEquals(raw, t.text());
        assertFalse(t.suggestions().isEmpty(), "the changes are kept for review, not lost");
        assertEquals("Le pour et le développement de Marseille, à Marseille.",
                corrected("Le pôur et le dévelôppement de Märseille, à Marseille."),
                "a spurious accent in lower case goes, and in a name when the text writes the name without it");
    }

    @Test
    void aNameTheTextWritesInTwoCasesIsLeftAsWritten() {
        String raw = "COMMUNE DE LE SCEUR\nle Conseil Municipal de Le Sceur, régulièrement convoqué.\n";
        assertEquals(raw, corrected(raw), "the letterhead's capitals back the name no lexicon knows");
        assertTrue(CORRECTOR.correct("le Conseil Municipal de Le Sceur, régulièrement convoqué.\n").corrections().stream()
                .anyMatch(c -> c.original().equals("Sceur")), "without that evidence the lexicon still repairs the word");
        String foeil = "le Conseil Municipal de Le Foeil, régulièrement convoqué.\n";
        assertEquals(foeil, corrected(foeil), "a capitalised word gets accent-level repairs only: Foeil is not Foil");
    }
}
