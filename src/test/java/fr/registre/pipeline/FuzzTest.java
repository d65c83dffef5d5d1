package fr.registre.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.registre.Fixtures;
import fr.registre.export.OutputFormat;
import fr.registre.ingest.ImageCodecs;
import fr.registre.ingest.InputCollector;
import fr.registre.ocr.OcrModel;
import fr.registre.ocr.OcrOptions;
import fr.registre.ocr.PreprocessOptions;
import fr.registre.ocr.Thresholding;

/**
 * Five hundred damaged copies of a real scan, as PDF, PNG, JPEG and two-page TIFF (cut short, bits
 * flipped, a run of bytes lost), in one batch: the batch ends, a copy cut short is never done, a copy
 * reported done really decodes whole (checked again with the libraries' own decoders, their warnings
 * and errors included), and memory does not grow with the batch.
 */
class FuzzTest {

    private static final int PER_SEED = 125;

    @TempDir
    Path dir;

    private enum Damage { CUT, FLIP, HOLE }

    private record Mutant(String name, Damage damage) {
    }

    @Test
    void fiveHundredDamagedFilesEndInOneBatchAndNoneIsClaimedWhole() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Map<String, byte[]> seeds = seeds();
        Map<String, Mutant> mutants = new TreeMap<>();
        Random random = new Random(20261123);
        for (Map.Entry<String, byte[]> seed : seeds.entrySet()) {
            for (int i = 0; i < PER_SEED; i++) {
                Damage damage = Damage.values()[i % Damage.values().length];
                String name = String.format("%s-%03d", seed.getKey().replace('.', '-'), i);
                String file = name + seed.getKey().substring(seed.getKey().lastIndexOf('.'));
                Files.write(in.resolve(file), mutate(seed.getValue(), damage, random));
                mutants.put(name, new Mutant(file, damage));
            }
        }
        long heapBefore = heapAfterGc();
        resetPeaks();

        List<DocumentRecord> records;
        // decoding is under test, not recognition: pages are read in one plain pass, and the JSON is the one output
        OcrOptions plain = new OcrOptions("fra", null, 3, Duration.ofSeconds(120), PreprocessOptions.none(), Thresholding.OTSU,
                OcrModel.BEST);
        try (Registre registre = Registre.open(RegistreConfig.defaults().withOcr(plain).withJobs(2))) {
            records = registre.run(InputCollector.collect(List.of(in)), dir.resolve("out"),
                    RunOptions.defaults().withOutputs(EnumSet.of(OutputFormat.JSON)), RunListener.none()).all();
        }

        assertEquals(4 * PER_SEED, records.size(), "every input has its record");
        Map<DocumentOutcome.Status, Integer> byStatus = new TreeMap<>();
        List<String> wronglyDone = new ArrayList<>();
        for (DocumentRecord r : records) {
            byStatus.merge(r.status(), 1, Integer::sum);
            Mutant m = mutants.get(r.name());
            if (r.status() != DocumentOutcome.Status.DONE) {
                continue;
            }
            Path file = in.resolve(m.name());
            if (m.damage() == Damage.CUT || !decodesWhole(file)) {
                wronglyDone.add(m.name() + " (" + m.damage() + ")");
            }
        }
        assertTrue(wronglyDone.isEmpty(), "done although damaged: " + wronglyDone + "; " + byStatus);
        assertNotEquals(null, byStatus.get(DocumentOutcome.Status.FAILED), byStatus.toString());
        long heapGrowth = heapAfterGc() - heapBefore;
        assertTrue(heapGrowth < 200L << 20, "heap kept " + (heapGrowth >> 20) + " MB after the batch");
        assertTrue(peakHeap() < 1536L << 20, "heap peaked at " + (peakHeap() >> 20) + " MB");
    }

    /** One real scan, cut to a few lines so that the batch stays short, in each format. */
    private static Map<String, byte[]> seeds() throws IOException {
        BufferedImage scan = ImageIO.read(Fixtures.scan("territoire-2022-clean.png").toFile());
        BufferedImage part = new BufferedImage(scan.getWidth() / 2, scan.getHeight() / 20, BufferedImage.TYPE_BYTE_GRAY);
        part.getGraphics().drawImage(scan, -scan.getWidth() / 8, -scan.getHeight() / 16, null);
        Map<String, byte[]> seeds = new TreeMap<>();
        seeds.put("seed.png", encode(part, "png"));
        byte[] jpeg = encode(part, "jpeg");
        seeds.put("seed.jpg", jpeg);
        seeds.put("seed.tiff", Fixtures.tiff(part, 2));
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(JPEGFactory.createFromByteArray(doc, jpeg), 36, 600, 540, 54);
            }
            doc.save(bytes, CompressParameters.NO_COMPRESSION);
            seeds.put("seed.pdf", bytes.toByteArray());
        }
        return seeds;
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, format, bytes);
        return bytes.toByteArray();
    }

    private static byte[] mutate(byte[] seed, Damage damage, Random random) {
        return switch (damage) {
            case CUT -> Arrays.copyOf(seed, 1 + random.nextInt(seed.length - 1));
            case FLIP -> {
                byte[] copy = seed.clone();
                for (int i = 1 + random.nextInt(8); i > 0; i--) {
                    int at = random.nextInt(copy.length);
                    copy[at] ^= (byte) (1 << random.nextInt(8));
                }
                yield copy;
            }
            case HOLE -> {
                int at = random.nextInt(seed.length - 1);
                int length = 1 + random.nextInt(Math.min(200, seed.length - at - 1));
                byte[] copy = new byte[seed.length - length];
                System.arraycopy(seed, 0, copy, 0, at);
                System.arraycopy(seed, at + length, copy, at, seed.length - at - length);
                yield copy;
            }
        };
    }

    /**
     * Decodes the file again with the libraries' own decoders: no exception, no image decoder warning
     * but stray bytes between JPEG markers, no error logged by PDFBox while it draws every page (a
     * stray byte it steps over is no loss).
     */
    private static boolean decodesWhole(Path file) {
        Set<String> complaints = new HashSet<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    complaints.add(record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger pdfbox = Logger.getLogger("org.apache.pdfbox");
        pdfbox.addHandler(handler);
        try {
            if (file.toString().endsWith(".pdf")) {
                try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                    PDFRenderer renderer = new PDFRenderer(doc);
                    for (int i = 0; i < doc.getNumberOfPages(); i++) {
                        renderer.renderImageWithDPI(i, 36);
                    }
                }
            } else {
                try (ImageInputStream stream = ImageIO.createImageInputStream(file.toFile())) {
                    ImageReader reader = ImageCodecs.reader(stream).orElseThrow();
                    reader.setInput(stream);
                    // stray bytes before a JPEG marker are no loss of image data (registre's own policy, see
                    // DecoderWarnings): a flip that leaves only them is beyond what a decoder can tell
                    reader.addIIOReadWarningListener((source, warning) -> {
                        if (!warning.contains("extraneous bytes")) {
                            complaints.add(warning);
                        }
                    });
                    for (int i = 0; i < reader.getNumImages(true); i++) {
                        reader.read(i);
                    }
                    reader.dispose();
                }
            }
            return complaints.isEmpty();
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            pdfbox.removeHandler(handler);
        }
    }

    private static long heapAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
