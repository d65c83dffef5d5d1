package fr.registre.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import fr.registre.io.AtomicFiles;
import fr.registre.ocr.GrayImage;

/**
 * The sample scans bundled in {@code scans/}: real deliberation texts typeset, rendered at 300 dpi
 * and degraded, each written with its ground truth ({@code NAME.gt.txt}, pages separated by a form
 * feed). Regenerating gives the same files.
 */
public final class ScanSet {

    /** Resolution of the synthetic scans. */
    public static final int DPI = 300;
    /** Suffix of ground-truth files. */
    public static final String GROUND_TRUTH = ".gt.txt";
    /** Scanners' usual setting; the artefacts are part of the damage. */
    private static final float JPEG_QUALITY = 0.5f;

    private enum Form { BORN_DIGITAL_PDF, SCANNED_PDF, PNG, TIFF, MIXED_PDF }

    /** One sample: which text, how many pages, in what form and how damaged. */
    private record Spec(String file, String text, int pages, Form form, Degradation damage) {
    }

    private static final List<Spec> SPECS = List.of(
            new Spec("bureau-2025-born-digital.pdf", "bureau-2025", 3, Form.BORN_DIGITAL_PDF, null),
            new Spec("bureau-2025-clean.pdf", "bureau-2025", 2, Form.SCANNED_PDF, Degradation.clean(11)),
            new Spec("territoire-2022-clean.png", "territoire-2022", 1, Form.PNG, Degradation.clean(12)),
            new Spec("bureau-2019-degraded.pdf", "bureau-2019", 2, Form.SCANNED_PDF, Degradation.degraded(1.5, 21)),
            new Spec("territoire-2022-degraded.tiff", "territoire-2022", 2, Form.TIFF, Degradation.degraded(-1.2, 22)),
            new Spec("convention-2016-mixed.pdf", "convention-2016", 2, Form.MIXED_PDF, Degradation.degraded(0.8, 23)));

    private ScanSet() {
    }

    /** Writes every sample and its ground truth into {@code dir}; returns the files written. */
    public static List<Path> generate(Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Spec spec : SPECS) {
            Path target = dir.resolve(spec.file());
            try (Typesetter.Typeset t = typeset(spec)) {
                writeSample(spec, t, target);
                Path gt = dir.resolve(stem(spec.file()) + GROUND_TRUTH);
                AtomicFiles.writeString(gt, String.join("\f", t.pageTexts()) + "\n");
                written.add(target);
                written.add(gt);
            }
        }
        return written;
    }

    /** The ground-truth file name of a sample. */
    public static String stem(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? file : file.substring(0, dot);
    }

    /** Pages of a sample, counted on its ground truth. */
    static int pageCount(String groundTruth) {
        return groundTruth.split("\f", -1).length;
    }

    /** One of the bundled register texts ("bureau-2025", ...) the samples are typeset from. */
    static String text(String name) throws IOException {
        String resource = "texts/" + name + ".txt";
        try (InputStream in = ScanSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing text resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Typesetter.Typeset typeset(Spec spec) throws IOException {
        return Typesetter.typeset(text(spec.text()), spec.pages());
    }

    private static void writeSample(Spec spec, Typesetter.Typeset t, Path target) throws IOException {
        PDDocument typeset = t.pdf();
        fixDocumentId(typeset, spec.file());
        if (spec.form() == Form.BORN_DIGITAL_PDF) {
            AtomicFiles.write(target, typeset::save);
            return;
        }
        // Pages are drawn from the document once saved, when its font subset is embedded: before,
        // the renderer would look the font up among the machine's fonts, and a machine with another
        // Liberation Sans installed would draw other scans.
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        typeset.save(saved);
        try (PDDocument typed = Loader.loadPDF(saved.toByteArray())) {
            switch (spec.form()) {
                case PNG -> AtomicFiles.write(target, out -> ImageIO.write(scan(typed, 0, spec.damage()), "png", out));
                case TIFF -> AtomicFiles.write(target, out -> MultiPageTiff.write(scans(typed, spec.damage()), "JPEG", JPEG_QUALITY, out));
                case SCANNED_PDF -> AtomicFiles.write(target, out -> {
                    try (PDDocument pdf = new PDDocument()) {
                        fixDocumentId(pdf, spec.file());
                        for (BufferedImage page : scans(typed, spec.damage())) {
                            addImagePage(pdf, page);
                        }
                        pdf.save(out);
                    }
                });
                case MIXED_PDF -> AtomicFiles.write(target, out -> {
                    // page 1 keeps its text layer; the following pages become scans
                    List<BufferedImage> scans = scans(typed, spec.damage());
                    try (PDDocument pdf = new PDDocument()) {
                        fixDocumentId(pdf, spec.file());
                        pdf.importPage(typed.getPage(0));
                        for (int i = 1; i < scans.size(); i++) {
                            addImagePage(pdf, scans.get(i));
                        }
                        pdf.save(out);
                    }
                });
                default -> throw new IllegalStateException(spec.form().toString());
            }
        }
    }

    /** PDFBox otherwise derives the trailer ID from the clock, and the file changes on every run. */
    private static void fixDocumentId(PDDocument pdf, String name) {
        COSString id = new COSString(name.getBytes(StandardCharsets.UTF_8));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        pdf.getDocument().setDocumentID(ids);
    }

    private static List<BufferedImage> scans(PDDocument typeset, Degradation damage) throws IOException {
        List<BufferedImage> pages = new ArrayList<>();
        for (int i = 0; i < typeset.getNumberOfPages(); i++) {
            pages.add(scan(typeset, i, damage));
        }
        return pages;
    }

    private static BufferedImage scan(PDDocument typeset, int index, Degradation damage) throws IOException {
        BufferedImage rendered = new PDFRenderer(typeset).renderImageWithDPI(index, DPI, ImageType.GRAY);
        return damage.apply(GrayImage.of(rendered)).toBufferedImage();
    }

    private static void addImagePage(PDDocument pdf, BufferedImage image) throws IOException {
        addScanPage(pdf, JPEGFactory.createFromImage(pdf, image, JPEG_QUALITY, DPI), DPI);
    }

    /** Adds a page that is nothing but {@code scan}, at {@code dpi}, as scanners write them. */
    public static void addScanPage(PDDocument pdf, PDImageXObject scan, int dpi) throws IOException {
        float w = scan.getWidth() * 72f / dpi;
        float h = scan.getHeight() * 72f / dpi;
        PDPage page = new PDPage(new PDRectangle(w, h));
        pdf.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
            cs.drawImage(scan, 0, 0, w, h);
        }
    }
}
