package fr.registre.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.registre.Fixtures;
import fr.registre.model.AnalysedDocument;
import fr.registre.model.Deliberation;
import fr.registre.pipeline.Registre;
import fr.registre.pipeline.RegistreConfig;

/**
 * A long Bureau attendance as an old register's bitonal 200-dpi scan gives it: 100 members present
 * in a run-on list, 35 represented with wrapped "représenté(e) par" lines, a blank line after "Se
 * sont abstenus :". Typeset, rendered black and white at 200 dpi, read by real Tesseract, then
 * extracted: present and proxy F1 must stay at 0.97 or more (both are 1.0 on this machine).
 */
class LongListScanTest {

    private static final List<String> FIRST = List.of("Claire", "Paul", "Sophie", "Bernard", "Nadia", "Louis", "Hélène",
            "Marc", "Julie", "Yves", "Odile", "Gérard", "Amandine", "Thierry", "Josiane", "Rémi", "Laure", "Patrice");
    private static final List<String> SYLLABLES = List.of("BER", "TRAN", "MON", "TIN", "LA", "CROIX", "VAL", "GAR",
            "NIER", "ROU", "SSEL", "PE", "RRIN", "CHA", "MBON", "FAU", "RE", "BLANC", "MAR", "CHAND", "DU", "PUY");

    @TempDir
    Path dir;

    @Test
    void aBitonalScanOfAHundredMembersAndThirtyFiveProxiesKeepsItsNames() throws Exception {
        Random random = new Random(200);
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < 170) {
            names.add(FIRST.get(random.nextInt(FIRST.size())) + " " + SYLLABLES.get(random.nextInt(SYLLABLES.size()))
                    + SYLLABLES.get(random.nextInt(SYLLABLES.size())) + SYLLABLES.get(random.nextInt(SYLLABLES.size())));
        }
        List<String> all = new ArrayList<>(names);
        List<String> present = all.subList(0, 100);
        List<String> members = all.subList(100, 135);
        StringBuilder text = new StringBuilder("""
                EXTRAIT DU REGISTRE DES DELIBERATIONS DU BUREAU DE LA COMMUNAUTE

                Séance du 12 mai 1994

                Etaient présents Mesdames et Messieurs :
                """);
        text.append(String.join(" - ", present)).append(".\n\nEtaient absents et représentés Mesdames et Messieurs :\n");
        for (int i = 0; i < members.size(); i++) {
            // every third proxy wraps: the line break falls before "représenté par"
            text.append(members.get(i)).append(i % 3 == 0 ? "\n" : " ").append(i % 2 == 0 ? "représenté par " : "représentée par ")
                    .append(present.get(i * 2)).append('\n');
        }
        text.append("\nLe Bureau adopte le rapport. Se sont abstenus :\n\n").append(present.get(5)).append(", ")
                .append(present.get(7)).append(".\n");

        Path scan = dir.resolve("bureau-1994.tiff");
        try (Typesetter.Typeset t = Typesetter.typeset(text.toString(), 4)) {
            ByteArrayOutputStream saved = new ByteArrayOutputStream();
            t.pdf().save(saved);
            try (PDDocument typed = Loader.loadPDF(saved.toByteArray())) {
                List<BufferedImage> pages = new ArrayList<>();
                PDFRenderer renderer = new PDFRenderer(typed);
                for (int i = 0; i < typed.getNumberOfPages(); i++) {
                    pages.add(renderer.renderImageWithDPI(i, 200, ImageType.BINARY));
                }
                Files.write(scan, Fixtures.tiff(pages));
            }
        }
        Deliberation.Attendance a;
        try (Registre registre = Registre.open(RegistreConfig.defaults().withJobs(2))) {
            AnalysedDocument doc = registre.read(scan);
            a = doc.deliberation().attendance();
        }
        double presentF1 = f1(a.present(), present);
        List<String> proxied = a.represented().stream().map(p -> p.member() + " > " + p.proxy()).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            expected.add(members.get(i) + " > " + present.get(i * 2));
        }
        double proxyF1 = f1(proxied, expected);
        assertTrue(presentF1 >= 0.97, "present F1 " + presentF1 + ": " + a.present());
        assertTrue(proxyF1 >= 0.97, "proxy F1 " + proxyF1 + ": " + proxied);
    }

    /** F1 of names compared as the gold's README says (case, accents and civilities folded). */
    private static double f1(List<String> found, List<String> expected) {
        int right = NameMatch.matches(found, expected, (f, e) -> same(f, e));
        return found.isEmpty() || expected.isEmpty() ? 0 : 2.0 * right / (found.size() + expected.size());
    }

    private static boolean same(String found, String expected) {
        String[] f = found.split(" > ");
        String[] e = expected.split(" > ");
        if (f.length != e.length) {
            return false;
        }
        for (int i = 0; i < f.length; i++) {
            if (!NameMatch.samePerson(f[i], e[i])) {
                return false;
            }
        }
        return true;
    }
}
