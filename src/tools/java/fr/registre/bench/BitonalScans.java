package fr.registre.bench;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import fr.registre.io.AtomicFiles;

/**
 * Black-and-white 200-dpi copies of the clean samples, as a fax, a microfilm reader or an old
 * archive scanner gives them: each page resampled from 300 to 200 dpi, cut at mid-grey by the
 * scanner's one global threshold, and stored as a CCITT G4 image in a PDF. The ground truth is the
 * clean sample's.
 */
final class BitonalScans {

    static final int DPI = 200;
    private static final int THRESHOLD = 128;

    private BitonalScans() {
    }

    /** Writes a bitonal copy of each clean sample into {@code dir}; returns them as samples. */
    static List<Benchmark.Sample> derive(List<Benchmark.Sample> clean, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Benchmark.Sample> copies = new ArrayList<>();
        for (Benchmark.Sample s : clean) {
            Path target = dir.resolve(s.stem().replace("-clean", "") + "-bitonal.pdf");
            List<BufferedImage> pages = new ArrayList<>();
            for (BufferedImage page : grayPages(s)) {
                pages.add(bitonal(page, (double) DPI / ScanSet.DPI));
            }
            AtomicFiles.write(target, out -> {
                try (PDDocument pdf = new PDDocument()) {
                    for (BufferedImage page : pages) {
                        ScanSet.addScanPage(pdf, CCITTFactory.createFromImage(pdf, page), DPI);
                    }
                    pdf.save(out);
                }
            });
            AtomicFiles.writeString(dir.resolve(ScanSet.stem(target.getFileName().toString()) + ScanSet.GROUND_TRUTH),
                    s.reference());
            copies.add(new Benchmark.Sample(target, s.reference(), "bitonal"));
        }
        return copies;
    }

    private static List<BufferedImage> grayPages(Benchmark.Sample s) throws IOException {
        if (s.isImage()) {
            return List.of(ImageIO.read(s.file().toFile()));
        }
        List<BufferedImage> pages = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(s.file().toFile())) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, ScanSet.DPI, ImageType.GRAY));
            }
        }
        return pages;
    }

    private static BufferedImage bitonal(BufferedImage page, double scale) {
        int w = (int) Math.round(page.getWidth() * scale);
        int h = (int) Math.round(page.getHeight() * scale);
        BufferedImage gray = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(page, 0, 0, w, h, null);
        g.dispose();
        BufferedImage binary = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
        byte[] px = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                binary.getRaster().setSample(x, y, 0, (px[y * w + x] & 0xFF) < THRESHOLD ? 0 : 1);
            }
        }
        return binary;
    }
}
