package fr.registre.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import fr.registre.io.AtomicFiles;

/**
 * Batch figures a campaign is planned with: throughput of a batch of the bundled scans for each
 * {@code --jobs} up to the core count, against {@code ocrmypdf --jobs N} on the same files; and peak
 * memory of one scanned register of 20 and of 200 pages, which must not grow with the page count.
 */
public final class BatchBenchmark {

    private static final int[] REGISTER_PAGES = {20, 200};
    /**
     * Heap cap of the register runs. Uncapped, the JVM grows its heap lazily with the allocation
     * rate (page images are large and short-lived), so peak RSS would say more about the collector's
     * appetite than about what a document needs; under a fixed cap, finishing 200 pages as 20 shows it.
     */
    private static final String REGISTER_HEAP = "-Xmx1g";
    private static final String LONG_REGISTER_SOURCE = "bureau-2019-degraded.pdf";

    private final Path scans;
    private final Path work;
    private final List<String> registre;

    /** @param registre the command that runs registre, without arguments */
    public BatchBenchmark(Path scans, Path work, List<String> registre) {
        this.scans = scans;
        this.work = work.toAbsolutePath();
        this.registre = registre;
    }

    public String run() throws IOException, InterruptedException {
        List<Path> inputs = inputs();
        int pages = 0;
        for (Path p : inputs) {
            pages += pageCount(p);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT, "# registre batch benchmark%n%n%s, %d cores. "
                + "Batch: the %d files of %s (%d pages, text-layer pages included: registre reads them, ocrmypdf "
                + "--skip-text keeps them). ocrmypdf runs over the files one after another, as a shell loop would.%n%n"
                + "| tool | jobs | seconds | pages/min | peak RSS | registre speed ratio |%n|---|---:|---:|---:|---:|---:|%n",
                LocalDate.now(), cores, inputs.size(), scans, pages));
        List<ToolRun.Cost> ours = new ArrayList<>();
        for (int jobs = 1; jobs <= cores; jobs++) {
            List<String> command = new ArrayList<>(registre);
            command.addAll(List.of("ingest", "--force", "--jobs", Integer.toString(jobs), "--out",
                    fresh("registre-j" + jobs).toString()));
            inputs.forEach(p -> command.add(p.toAbsolutePath().toString()));
            ToolRun.Cost cost = ToolRun.run(command, work);
            ours.add(cost);
            md.append(row("registre ingest", jobs, pages, cost, "1.00"));
        }
        if (ToolRun.available("ocrmypdf")) {
            for (int jobs = 1; jobs <= cores; jobs++) {
                ToolRun.Cost cost = ocrmypdf(inputs, jobs);
                md.append(row("ocrmypdf --skip-text", jobs, pages, cost,
                        String.format(Locale.ROOT, "%.2f", cost.seconds() / ours.get(jobs - 1).seconds())));
            }
        }
        md.append(String.format(Locale.ROOT, "%nScaling: %d jobs run the batch %.2f times as fast as 1 job.%n",
                cores, ours.get(0).seconds() / ours.get(cores - 1).seconds()));

        md.append("\n## a register as it grows\n\nOne image-only PDF made of the scanned pages of "
                + LONG_REGISTER_SOURCE + " repeated, ingested with every output (ALTO, searchable PDF), JVM heap "
                + "capped with " + REGISTER_HEAP + "; the shortest with each --jobs, the longest with all cores."
                + "\n\n| pages | jobs | seconds | pages/min | peak RSS |\n|---:|---:|---:|---:|---:|\n");
        for (int n : REGISTER_PAGES) {
            Path register = longRegister(n);
            for (int jobs = n == REGISTER_PAGES[0] ? 1 : cores; jobs <= cores; jobs++) {
                List<String> command = new ArrayList<>(registre);
                command.add(1, REGISTER_HEAP);
                command.addAll(List.of("ingest", "--force", "--jobs", Integer.toString(jobs), "--out",
                        fresh("register-" + n + "-j" + jobs).toString(), register.toAbsolutePath().toString()));
                ToolRun.Cost cost = ToolRun.run(command, work);
                md.append(String.format(Locale.ROOT, "| %d | %d | %.0f | %.1f | %d MB |%n", n, jobs, cost.seconds(),
                        n / cost.seconds() * 60, cost.peakKb() / 1024));
            }
        }
        return md.toString();
    }

    private static String row(String tool, int jobs, int pages, ToolRun.Cost cost, String ratio) {
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %s | %s |%n", tool, jobs, cost.seconds(),
                pages / cost.seconds() * 60, cost.peakKb() < 0 ? "n/a" : cost.peakKb() / 1024 + " MB", ratio);
    }

    private ToolRun.Cost ocrmypdf(List<Path> inputs, int jobs) throws IOException, InterruptedException {
        Path out = fresh("ocrmypdf-j" + jobs);
        ToolRun.Cost total = ToolRun.Cost.ZERO;
        for (Path input : inputs) {
            String stem = ScanSet.stem(input.getFileName().toString());
            List<String> command = new ArrayList<>(List.of("ocrmypdf", "-l", "fra", "--jobs", Integer.toString(jobs),
                    "--skip-text", "--output-type", "pdf", "--sidecar", out.resolve(stem + ".txt").toString()));
            if (!input.toString().endsWith(".pdf")) {
                command.addAll(List.of("--image-dpi", "300"));
            }
            command.addAll(List.of(input.toAbsolutePath().toString(), out.resolve(stem + ".pdf").toString()));
            total = total.then(ToolRun.run(command, work));
        }
        return total;
    }

    private List<Path> inputs() throws IOException {
        try (Stream<Path> files = Files.list(scans)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(ScanSet.GROUND_TRUTH)).sorted().toList();
        }
    }

    private static int pageCount(Path sample) throws IOException {
        Path groundTruth = sample.resolveSibling(ScanSet.stem(sample.getFileName().toString()) + ScanSet.GROUND_TRUTH);
        return ScanSet.pageCount(Files.readString(groundTruth, StandardCharsets.UTF_8));
    }

    /** An image-only PDF of {@code pages} pages, each its own JPEG, cycling through a scanned sample's pages. */
    private Path longRegister(int pages) throws IOException {
        Path file = work.resolve("register-" + pages + ".pdf");
        if (Files.exists(file)) {
            return file;
        }
        List<BufferedImage> scansOfPages = new ArrayList<>();
        try (PDDocument source = Loader.loadPDF(scans.resolve(LONG_REGISTER_SOURCE).toFile())) {
            PDFRenderer renderer = new PDFRenderer(source);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                scansOfPages.add(renderer.renderImageWithDPI(i, 300, ImageType.GRAY));
            }
        }
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject image = JPEGFactory.createFromImage(doc, scansOfPages.get(i % scansOfPages.size()), 0.75f, 300);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            AtomicFiles.write(file, doc::save);
        }
        return file;
    }

    private Path fresh(String name) throws IOException {
        return ToolRun.emptyDirectory(work.resolve("batch").resolve(name));
    }
}
