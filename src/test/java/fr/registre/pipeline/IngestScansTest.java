package fr.registre.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.registre.Fixtures;
import fr.registre.bench.ErrorRate;
import fr.registre.bench.ScanSet;
import fr.registre.extract.DeliberationExtractor;
import fr.registre.ingest.InputCollector;
import fr.registre.model.AnalysedDocument;
import fr.registre.model.Deliberation;
import fr.registre.model.Entity;
import fr.registre.model.EntityType;
import fr.registre.model.IngestedDocument;
import fr.registre.model.Page;
import fr.registre.model.PageMethod;

/** Runs the whole ingest stage, real PDFBox and real Tesseract, over the bundled scans once. */
class IngestScansTest {

    @TempDir
    static Path out;
    private static final Map<String, DocumentOutcome> OUTCOMES = new ConcurrentHashMap<>();

    @BeforeAll
    static void ingestScans() throws Exception {
        try (Registre registre = Registre.open(RegistreConfig.defaults())) {
            registre.run(InputCollector.collect(List.of(Fixtures.SCANS)), out, RunOptions.defaults(),
                    o -> OUTCOMES.put(o.input().path().getFileName().toString(), o));
        }
    }

    private static IngestedDocument document(String file) {
        DocumentOutcome o = OUTCOMES.get(file);
        assertNotNull(o, file + " was not ingested");
        assertEquals(DocumentOutcome.Status.DONE, o.status(), () -> file + ": " + o.error());
        return o.document();
    }

    private static double cer(String file, int page) {
        String expected = Fixtures.groundTruth(file).get(page - 1);
        return ErrorRate.cer(expected, document(file).pages().get(page - 1).text());
    }

    @Test
    void everySampleIsIngested() {
        assertEquals(6, OUTCOMES.size());
        OUTCOMES.values().forEach(o -> assertFalse(o.isFailure(), o.input() + ": " + o.error()));
    }

    @Test
    void bornDigitalPagesUseTheTextLayerWithNearZeroError() {
        IngestedDocument d = document("bureau-2025-born-digital.pdf");
        assertEquals(3, d.pages().size());
        for (Page p : d.pages()) {
            assertEquals(PageMethod.TEXT_LAYER, p.method());
            assertNull(p.confidence());
            assertTrue(cer("bureau-2025-born-digital.pdf", p.number()) < 0.01, "page " + p.number());
        }
        assertFalse(Files.exists(out.resolve("bureau-2025-born-digital.alto.xml")), "no OCR, no ALTO");
        assertFalse(Files.exists(out.resolve("bureau-2025-born-digital.ocr.pdf")));
    }

    @Test
    void mixedPdfIsDecidedPageByPage() {
        IngestedDocument d = document("convention-2016-mixed.pdf");
        assertEquals(List.of(PageMethod.TEXT_LAYER, PageMethod.OCR), d.pages().stream().map(Page::method).toList());
        assertTrue(cer("convention-2016-mixed.pdf", 1) < 0.01);
        assertTrue(cer("convention-2016-mixed.pdf", 2) < 0.05);
    }

    @Test
    void cleanScansAreReadAlmostPerfectly() {
        assertTrue(cer("bureau-2025-clean.pdf", 1) < 0.01);
        assertTrue(cer("bureau-2025-clean.pdf", 2) < 0.01);
        assertTrue(cer("territoire-2022-clean.png", 1) < 0.01);
        document("territoire-2022-clean.png").pages()
                .forEach(p -> assertTrue(p.confidence() > 0.85, "confidence " + p.confidence()));
    }

    @Test
    void degradedScansAreReadThanksToPreprocessing() {
        // without binarisation Tesseract loses whole paragraphs of these pages (CER above 40%)
        for (String file : List.of("bureau-2019-degraded.pdf", "territoire-2022-degraded.tiff")) {
            for (Page p : document(file).pages()) {
                double cer = cer(file, p.number());
                assertTrue(cer < 0.08, file + " page " + p.number() + " CER " + cer);
            }
        }
    }

    @Test
    void correctionLowersTheWordErrorRateOfDegradedScans() {
        for (String file : List.of("bureau-2019-degraded.pdf", "territoire-2022-degraded.tiff")) {
            String reference = String.join("\f", Fixtures.groundTruth(file));
            DocumentOutcome o = OUTCOMES.get(file);
            double raw = ErrorRate.wer(reference, o.analysis().corrected().raw());
            double corrected = ErrorRate.wer(reference, o.analysis().corrected().text());
            assertTrue(corrected < raw * 0.85, file + ": WER " + raw + " -> " + corrected);
        }
    }

    @Test
    void aTextLayerIsNeverChangedOnlyOcrPagesAreCorrected() {
        AnalysedDocument born = OUTCOMES.get("bureau-2025-born-digital.pdf").analysis();
        assertEquals(born.corrected().raw(), born.corrected().text(), "what the author typed stays as typed");
        assertEquals(List.of(), born.corrected().corrections());
        AnalysedDocument mixed = OUTCOMES.get("convention-2016-mixed.pdf").analysis();
        int firstPage = mixed.ingested().pages().get(0).text().length();
        assertTrue(mixed.corrected().corrections().stream().allMatch(c -> c.start() > firstPage), "only the OCR'd page 2 is corrected");
        assertTrue(mixed.corrected().text().startsWith(mixed.ingested().pages().get(0).text()));
    }

    @Test
    void correctedTextIsWrittenBesideTheRawText() throws IOException {
        JsonNode json = new ObjectMapper().readTree(out.resolve("territoire-2022-degraded.json").toFile());
        String raw = json.get("rawText").asText();
        StringBuilder text = new StringBuilder();
        int last = 0;
        for (JsonNode c : json.get("corrections")) {
            assertEquals(c.get("original").asText(), raw.substring(c.get("start").asInt(), c.get("end").asInt()));
            text.append(raw, last, c.get("start").asInt()).append(c.get("replacement").asText());
            last = c.get("end").asInt();
        }
        text.append(raw.substring(last));
        assertEquals(json.get("text").asText(), text.toString());
        assertEquals(json.get("text").asText(), Files.readString(out.resolve("territoire-2022-degraded.txt")));
        assertTrue(json.get("corrections").size() > 10);
    }

    @Test
    void attendanceSurvivesDegradedScans() {
        for (String file : List.of("bureau-2019-degraded.pdf", "territoire-2022-degraded.tiff")) {
            Deliberation expected = new DeliberationExtractor().extract(String.join("\f", Fixtures.groundTruth(file)));
            Deliberation.Attendance truth = expected.attendance();
            Deliberation.Attendance read = OUTCOMES.get(file).analysis().deliberation().attendance();
            List<String> want = new ArrayList<>(truth.present());
            truth.represented().forEach(p -> want.add(p.member() + " > " + p.proxy()));
            want.addAll(truth.absent());
            List<String> got = new ArrayList<>(read.present());
            read.represented().forEach(p -> got.add(p.member() + " > " + p.proxy()));
            got.addAll(read.absent());
            long hits = got.stream().filter(want::contains).count();
            double f1 = 2.0 * hits / (want.size() + got.size());
            assertTrue(want.size() > 10);
            assertTrue(f1 > 0.9, file + " attendance F1 " + f1 + ": " + got);
        }
    }

    /** A name without the specks OCR left in it. */
    private static String letters(String name) {
        return name.replaceAll("[^\\p{L}'-]+", " ").strip();
    }

    @Test
    void membersAreTaggedAsPersonsInTheCorrectedTextOfScans() throws IOException {
        for (String file : List.of("bureau-2019-degraded.pdf", "territoire-2022-degraded.tiff")) {
            AnalysedDocument analysis = OUTCOMES.get(file).analysis();
            String text = analysis.corrected().text();
            List<String> persons = new ArrayList<>();
            for (Entity e : analysis.entities()) {
                assertEquals(e.text(), text.substring(e.start(), e.end()));
                if (e.type() == EntityType.PERSON) {
                    persons.add(letters(e.text()));
                }
            }
            List<String> present = analysis.deliberation().attendance().present();
            long found = present.stream().map(IngestScansTest::letters).filter(persons::contains).count();
            assertTrue(found >= 0.9 * present.size(), file + ": " + found + " of " + present.size() + " members tagged: " + persons);
            JsonNode json = new ObjectMapper().readTree(out.resolve(ScanSet.stem(file) + ".json").toFile());
            assertEquals(analysis.entities().size(), json.get("entities").size());
        }
    }

    @Test
    void rotatedScansAreStraightened() {
        document("bureau-2019-degraded.pdf").pages()
                .forEach(p -> assertEquals(1.5, p.skewDegrees(), 0.2, "page " + p.number()));
        document("territoire-2022-degraded.tiff").pages()
                .forEach(p -> assertEquals(-1.2, p.skewDegrees(), 0.2, "page " + p.number()));
    }

    @Test
    void jsonDescribesEveryPage() throws IOException {
        JsonNode json = new ObjectMapper().readTree(out.resolve("convention-2016-mixed.json").toFile());
        assertEquals(Fixtures.scan("convention-2016-mixed.pdf").toString(), json.get("source").asText());
        assertEquals(64, json.get("sha256").asText().length());
        JsonNode pages = json.get("pages");
        assertEquals(2, pages.size());
        assertEquals("text-layer", pages.get(0).get("method").asText());
        assertEquals("ocr", pages.get(1).get("method").asText());
        double confidence = pages.get(1).get("confidence").asDouble();
        assertTrue(confidence > 0 && confidence <= 1);
        assertTrue(pages.get(0).get("width").asDouble() > 500, "A4 width in points");
        String raw = Files.readString(out.resolve("convention-2016-mixed.raw.txt"));
        assertEquals(raw, json.get("rawText").asText());
        assertEquals(1, raw.chars().filter(c -> c == '\f').count(), "pages separated by a form feed");
    }

    @Test
    void altoListsTheRecognisedWords() throws Exception {
        org.w3c.dom.Document alto = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder().parse(out.resolve("bureau-2025-clean.alto.xml").toFile());
        assertEquals(2, alto.getElementsByTagName("Page").getLength());
        int words = alto.getElementsByTagName("String").getLength();
        int expected = Fixtures.groundTruth("bureau-2025-clean.pdf").stream()
                .mapToInt(p -> p.split("\\s+").length).sum();
        assertTrue(Math.abs(words - expected) < expected * 0.05, words + " words vs " + expected);
    }

    @Test
    void searchablePdfCarriesTheTextOverThePageImages() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(out.resolve("territoire-2022-degraded.ocr.pdf").toFile())) {
            assertEquals(2, pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf);
            String expected = String.join("\n", Fixtures.groundTruth("territoire-2022-degraded.tiff"));
            assertTrue(ErrorRate.wer(expected, text) < 0.25, "invisible text layer is searchable");
        }
    }

    @Test
    void aScannedDocumentsSearchablePdfIsPdfA2b() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (InputStream in = Files.newInputStream(out.resolve("territoire-2022-degraded.ocr.pdf"));
             PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                    .map(a -> a.getRuleId().getClause() + " " + a.getMessage()).distinct().toList();
            assertTrue(result.isCompliant(), "veraPDF: " + failed);
        }
    }

    @Test
    void aMixedDocumentIsNotDeclaredPdfA() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(out.resolve("convention-2016-mixed.ocr.pdf").toFile())) {
            assertNull(pdf.getDocumentCatalog().getMetadata(), "copied pages keep fonts registre cannot vouch for");
        }
    }

    @Test
    void nothingTemporaryIsLeftBehind() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")));
        }
    }
}
