package fr.registre.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.registre.Fixtures;
import fr.registre.ingest.InputFile;

/**
 * A real mixed PDF (a text-layer page, then a scanned page OCR'd by real Tesseract) read in parts,
 * out of order and shipped through Java serialization as a cluster ships them, then put together:
 * the same outputs as one run over the whole file.
 */
class DocumentPartsTest {

    private static final Path FILE = Fixtures.scan("convention-2016-mixed.pdf");
    private static Registre registre;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() {
        registre = Registre.open(RegistreConfig.defaults());
    }

    @AfterAll
    static void close() {
        registre.close();
    }

    @Test
    void partsReadApartGiveTheOutputsOfOneRun() throws Exception {
        Path whole = dir.resolve("whole");
        Path parts = dir.resolve("parts");
        RunOptions options = RunOptions.defaults();
        DocumentRecord one = registre.run(List.of(new InputFile(FILE, "convention")), whole, options, RunListener.none()).all().get(0);
        assertEquals(2, registre.pageCount(FILE));
        List<DocumentPart> read = new ArrayList<>();
        read.add(shipped(registre.readPart(FILE, 2, 2, options)));
        read.add(shipped(registre.readPart(FILE, 1, 1, options)));
        assertEquals(1, read.get(0).images().size(), "the OCR'd page travels with its image");
        assertTrue(read.get(1).images().isEmpty(), "a text-layer page is copied from the source, not sent");

        DocumentRecord assembled = registre.assemble(new InputFile(FILE, "convention"), read, parts, options);

        assertEquals(DocumentOutcome.Status.DONE, assembled.status());
        assertEquals(one.outputs(), assembled.outputs());
        assertEquals(one.pages(), assembled.pages());
        for (String suffix : List.of(".raw.txt", ".txt", ".alto.xml")) {
            assertEquals(Files.readString(whole.resolve("convention" + suffix)), Files.readString(parts.resolve("convention" + suffix)));
        }
        JsonNode a = new ObjectMapper().readTree(whole.resolve("convention.json").toFile());
        JsonNode b = new ObjectMapper().readTree(parts.resolve("convention.json").toFile());
        assertEquals(a, b);
        try (PDDocument x = Loader.loadPDF(whole.resolve("convention.ocr.pdf").toFile());
             PDDocument y = Loader.loadPDF(parts.resolve("convention.ocr.pdf").toFile())) {
            assertEquals(x.getNumberOfPages(), y.getNumberOfPages());
            for (int page = 1; page <= x.getNumberOfPages(); page++) {
                assertEquals(text(x, page), text(y, page), "page " + page + " of the searchable PDF");
            }
            assertArrayEquals(image(x.getPage(1).getResources()), image(y.getPage(1).getResources()),
                    "the scanned page's image is the one compressed where it was read");
        }
    }

    @Test
    void aMissingPartIsAFailedPageAndAnotherFilesPartFailsTheDocument() throws Exception {
        RunOptions options = RunOptions.defaults();
        DocumentRecord partial = registre.assemble(new InputFile(FILE, "convention"),
                List.of(registre.readPart(FILE, 1, 1, options)), dir.resolve("partial"), options);
        assertEquals(DocumentOutcome.Status.PARTIAL, partial.status());
        assertEquals("page was not processed", partial.pages().get(1).error());
        assertTrue(Files.isRegularFile(dir.resolve("partial/convention.json")), "what was read is written, marked partial");

        Path other = Fixtures.scan("bureau-2025-born-digital.pdf");
        DocumentRecord mixed = registre.assemble(new InputFile(FILE, "convention"),
                List.of(registre.readPart(FILE, 1, 1, options), registre.readPart(other, 2, 2, options)),
                dir.resolve("mixed"), options);
        assertEquals(DocumentOutcome.Status.FAILED, mixed.status());
        assertEquals("the file changed while its pages were read", mixed.error());
        assertFalse(Files.exists(dir.resolve("mixed/convention.json")), "nothing is written for a document put together wrong");
    }

    private static DocumentPart shipped(DocumentPart part) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(part);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (DocumentPart) in.readObject();
        }
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    private static byte[] image(PDResources resources) throws IOException {
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) {
                try (InputStream in = image.getCOSObject().createRawInputStream()) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no image on the page");
    }
}
