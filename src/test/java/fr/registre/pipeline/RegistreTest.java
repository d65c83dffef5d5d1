package fr.registre.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.registre.Fixtures;
import fr.registre.model.AnalysedDocument;
import fr.registre.model.Deliberation;
import fr.registre.model.PageMethod;

/** The library entry point: one object, loaded once, serving documents. */
class RegistreTest {

    @Test
    void aTextOnlyRegistreAnalysesTextAndRefusesToGuessAtScans() throws Exception {
        try (Registre registre = Registre.open(RegistreConfig.defaults().withoutOcr())) {
            AnalysedDocument doc = registre.analyse(String.join("\f", Fixtures.groundTruth("bureau-2025-born-digital.pdf")), "bureau");
            Deliberation d = doc.deliberation();
            assertTrue(d.attendance().present().contains("Serge PEROTTINO"), d.attendance().present().toString());
            assertTrue(doc.entities().stream().anyMatch(e -> e.text().equals("Martine VASSAL")));

            AnalysedDocument scan = registre.read(Fixtures.scan("convention-2016-mixed.pdf"));
            assertEquals(PageMethod.TEXT_LAYER, scan.ingested().pages().get(0).method());
            assertEquals(PageMethod.FAILED, scan.ingested().pages().get(1).method());
            assertTrue(scan.ingested().pages().get(1).error().contains("needs OCR"));
        }
    }

    @Test
    void readsADocumentFromAStream() throws Exception {
        try (Registre registre = Registre.open(RegistreConfig.defaults().withJobs(1));
             InputStream in = Files.newInputStream(Fixtures.scan("territoire-2022-clean.png"))) {
            AnalysedDocument doc = registre.read(in, "territoire.png");
            assertEquals(List.of(PageMethod.OCR), doc.ingested().pages().stream().map(p -> p.method()).toList());
            assertTrue(doc.corrected().text().contains("Aubagne"), doc.corrected().text());
        }
    }
}
