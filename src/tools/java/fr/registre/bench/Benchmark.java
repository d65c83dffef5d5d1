package fr.registre.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import fr.registre.correct.CorrectorOptions;
import fr.registre.correct.AccentIndex;
import fr.registre.correct.OcrCorrector;
import fr.registre.text.Lexicon;

/**
 * Measures OCR quality and speed on the bundled scans, for registre and for the tools a user would
 * otherwise pick, in one run, on the same pages and under the same conditions: one core each
 * ({@code OMP_THREAD_LIMIT=1}, {@code --jobs 1}), whole command lines timed from outside, so model
 * loading, rendering and writing are counted for everyone.
 *
 * <p>Samples are the files of the scan directory that have a ground truth beside them; a name
 * containing "-degraded" puts a sample in the degraded group, "-clean" in the clean group, anything
 * else (born-digital, mixed) in the text-layer group, which only registre reads. The bitonal group
 * is made here from the clean one ({@link BitonalScans}). registre reads each group in a run of its
 * own, so that each group's time is its own.
 */
public final class Benchmark {

    static final List<String> GROUPS = List.of("clean", "degraded", "bitonal", "text-layer");
    /**
     * How many copies of the clean pages two runs read to measure the CPU time a page costs once
     * start-up and the compiler's first work are paid: the difference between the runs is that of
     * the extra pages alone.
     */
    private static final int FEW_COPIES = 2;
    private static final int MANY_COPIES = 6;

    /** A sample and its reference text. */
    record Sample(Path file, String reference, String group) {

        String stem() {
            return ScanSet.stem(file.getFileName().toString());
        }

        boolean isImage() {
            return !file.toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
        }
    }

    /** One tool's result on one group of samples. */
    record Result(String tool, String group, int pages, double cer, double wer, ToolRun.Cost cost) {

        double pagesPerMinute() {
            return cost.seconds() == 0 ? 0 : pages * 60 / cost.seconds();
        }

        /** CPU seconds per page, or -1 when not measured. */
        double cpuPerPage() {
            return cost.cpuSeconds() < 0 ? -1 : cost.cpuSeconds() / pages;
        }
    }

    /**
     * CPU time of a clean page once the fixed start-up is paid: registre's from the difference
     * between a run over {@code few} copies of the clean pages and a run over {@code many};
     * Tesseract's per page, since the CLI starts afresh for each page.
     */
    record PageCpu(int few, int many, double registre, double tesseract) {
    }

    private final Path scans;
    private final Path work;
    private final List<String> registre;

    /**
     * @param scans    directory of samples with {@code .gt.txt} ground truth
     * @param work     scratch directory
     * @param registre the command that starts registre (java, class path, main class)
     */
    public Benchmark(Path scans, Path work, List<String> registre) {
        this.scans = scans;
        this.work = work.toAbsolutePath();
        this.registre = List.copyOf(registre);
    }

    /** Runs every available tool and returns the report as Markdown. */
    public String run() throws IOException, InterruptedException {
        List<Sample> samples = samples();
        if (samples.isEmpty()) {
            throw new IOException("no sample with a " + ScanSet.GROUND_TRUTH + " ground truth in " + scans);
        }
        List<Sample> clean = samples.stream().filter(s -> s.group().equals("clean")).toList();
        samples.addAll(BitonalScans.derive(clean, ToolRun.emptyDirectory(work.resolve("bitonal-scans"))));
        List<Sample> scanned = samples.stream().filter(s -> !s.group().equals("text-layer")).toList();
        List<Result> results = new ArrayList<>();
        for (String group : GROUPS) {
            List<Sample> members = samples.stream().filter(s -> s.group().equals(group)).toList();
            if (members.isEmpty()) {
                continue;
            }
            results.addAll(runRegistre("registre", "registre-" + group, members, List.of()));
            if (!group.equals("text-layer")) {
                results.addAll(runRegistre("registre --no-preprocess", "registre-no-preprocess-" + group, members,
                        List.of("--no-preprocess")));
                results.addAll(runRegistre("registre --ocr-model fast", "registre-fast-model-" + group, members,
                        List.of("--ocr-model", "fast")));
            }
        }
        PageCpu pageCpu = null;
        if (ToolRun.available("tesseract") && ToolRun.available("pdftoppm")) {
            List<Result> tesseract = runTesseract(scanned);
            results.addAll(tesseract);
            pageCpu = pageCpu(clean, tesseract);
        }
        if (ToolRun.available("ocrmypdf")) {
            results.addAll(runOcrmypdf(scanned));
        }
        return BenchmarkReport.markdown(samples, results, pageCpu, correctionSpeed());
    }

    /**
     * The CPU time of a clean page for registre, start-up aside, against Tesseract's: registre reads
     * {@link #FEW_COPIES} and then {@link #MANY_COPIES} copies of the clean samples, a run each, and
     * the difference is the cost of the extra pages.
     */
    private PageCpu pageCpu(List<Sample> clean, List<Result> tesseract) throws IOException, InterruptedException {
        Optional<Result> alone = tesseract.stream().filter(r -> r.group().equals("clean")).findFirst();
        if (clean.isEmpty() || alone.isEmpty() || alone.get().cost().cpuSeconds() < 0) {
            return null;
        }
        double few = copiesCpu(clean, FEW_COPIES);
        double many = copiesCpu(clean, MANY_COPIES);
        int pages = clean.stream().mapToInt(Benchmark::pages).sum();
        return new PageCpu(FEW_COPIES, MANY_COPIES, (many - few) / ((MANY_COPIES - FEW_COPIES) * pages),
                alone.get().cpuPerPage());
    }

    /** CPU seconds of one registre run over {@code copies} copies of the samples. */
    private double copiesCpu(List<Sample> samples, int copies) throws IOException, InterruptedException {
        Path dir = ToolRun.emptyDirectory(work.resolve("clean-copies"));
        for (int copy = 0; copy < copies; copy++) {
            for (Sample s : samples) {
                Files.copy(s.file(), dir.resolve(copy + "-" + s.file().getFileName()));
            }
        }
        List<String> command = new ArrayList<>(registre);
        command.addAll(List.of("ingest", "--out", fresh("registre-clean-copies").toString(), "--jobs", "1", dir.toString()));
        return ToolRun.run(command, work).cpuSeconds();
    }

    private List<Sample> samples() throws IOException {
        List<Sample> samples = new ArrayList<>();
        try (Stream<Path> files = Files.list(scans)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                Path gt = scans.resolve(ScanSet.stem(name) + ScanSet.GROUND_TRUTH);
                if (name.endsWith(ScanSet.GROUND_TRUTH) || !Files.exists(gt)) {
                    continue;
                }
                String group = name.contains("-degraded") ? "degraded" : name.contains("-clean") ? "clean" : "text-layer";
                samples.add(new Sample(f, Files.readString(gt, StandardCharsets.UTF_8), group));
            }
        }
        return samples;
    }

    private List<Result> runRegistre(String tool, String runName, List<Sample> samples, List<String> extra)
            throws IOException, InterruptedException {
        Path out = fresh(runName);
        List<String> command = new ArrayList<>(registre);
        command.addAll(List.of("ingest", "--out", out.toString(), "--jobs", "1"));
        command.addAll(extra);
        samples.forEach(s -> command.add(s.file().toAbsolutePath().toString()));
        ToolRun.Cost cost = ToolRun.run(command, work);
        List<Result> results = new ArrayList<>(List.of(result(tool, outputs(samples, out, ".raw.txt"), cost)));
        if (extra.isEmpty()) {
            results.add(result(tool + ", corrected", outputs(samples, out, ".txt"), cost));
        }
        return results;
    }

    private static Map<Sample, String> outputs(List<Sample> samples, Path out, String suffix) throws IOException {
        Map<Sample, String> texts = new LinkedHashMap<>();
        for (Sample s : samples) {
            texts.put(s, Files.readString(out.resolve(s.stem() + suffix), StandardCharsets.UTF_8));
        }
        return texts;
    }

    /**
     * Words per second the corrector handles on one thread, measured in this process on registre's
     * raw OCR output of the scanned samples (after a warm-up run).
     */
    private CorrectionSpeed correctionSpeed() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Stream.of("clean", "degraded").map(g -> work.resolve("registre-" + g))
                .filter(Files::isDirectory).flatMap(Benchmark::list)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".raw.txt")).sorted().toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        OcrCorrector corrector = new OcrCorrector(Lexicon.load(), AccentIndex.load(), CorrectorOptions.defaults());
        long words = texts.stream().mapToLong(t -> t.split("\\s+").length).sum();
        texts.forEach(corrector::correct);
        long start = System.nanoTime();
        int rounds = 0;
        do {
            texts.forEach(corrector::correct);
            rounds++;
        } while (System.nanoTime() - start < 3_000_000_000L);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new CorrectionSpeed(words * rounds / seconds, (double) words / texts.size());
    }

    /** Corrector throughput, and the mean number of words per scanned sample to compare it with OCR. */
    record CorrectionSpeed(double wordsPerSecond, double wordsPerDocument) {
    }

    private List<Result> runTesseract(List<Sample> samples) throws IOException, InterruptedException {
        Path out = fresh("tesseract");
        Map<Sample, String> texts = new LinkedHashMap<>();
        Map<Sample, ToolRun.Cost> costs = new LinkedHashMap<>();
        for (Sample s : samples) {
            ToolRun.Cost cost = ToolRun.Cost.ZERO;
            List<Path> images = new ArrayList<>();
            if (s.isImage()) {
                images.add(s.file().toAbsolutePath());
            } else {
                Path prefix = out.resolve(s.stem());
                cost = cost.then(ToolRun.run(List.of("pdftoppm", "-r", "300", "-gray",
                        s.file().toAbsolutePath().toString(), prefix.toString()), work));
                try (Stream<Path> pages = Files.list(out)) {
                    images.addAll(pages.filter(p -> p.getFileName().toString().startsWith(s.stem() + "-")
                            && p.toString().endsWith(".pgm")).sorted().toList());
                }
            }
            StringBuilder text = new StringBuilder();
            for (Path image : images) {
                Path base = out.resolve(image.getFileName().toString() + ".tess");
                cost = cost.then(ToolRun.run(List.of("tesseract", image.toString(), base.toString(), "-l", "fra"), work));
                text.append(Files.readString(Path.of(base + ".txt"), StandardCharsets.UTF_8)).append('\f');
            }
            texts.put(s, text.toString());
            costs.put(s, cost);
        }
        return bySample("tesseract CLI (pdftoppm -gray)", texts, costs);
    }

    private List<Result> runOcrmypdf(List<Sample> samples) throws IOException, InterruptedException {
        Path out = fresh("ocrmypdf");
        Map<Sample, String> texts = new LinkedHashMap<>();
        Map<Sample, ToolRun.Cost> costs = new LinkedHashMap<>();
        for (Sample s : samples) {
            Path sidecar = out.resolve(s.stem() + ".txt");
            List<String> command = new ArrayList<>(List.of("ocrmypdf", "-l", "fra", "--jobs", "1", "--force-ocr",
                    "--output-type", "pdf", "--sidecar", sidecar.toString()));
            if (s.isImage()) {
                command.addAll(List.of("--image-dpi", "300"));
            }
            command.addAll(List.of(s.file().toAbsolutePath().toString(), out.resolve(s.stem() + ".pdf").toString()));
            costs.put(s, ToolRun.run(command, work));
            texts.put(s, Files.readString(sidecar, StandardCharsets.UTF_8));
        }
        return bySample("ocrmypdf", texts, costs);
    }

    /** Error rates per group for a tool run once per sample: each group's cost is its samples'. */
    private static List<Result> bySample(String tool, Map<Sample, String> texts, Map<Sample, ToolRun.Cost> costs) {
        List<Result> results = new ArrayList<>();
        for (String g : GROUPS) {
            Map<Sample, String> members = new LinkedHashMap<>();
            ToolRun.Cost cost = ToolRun.Cost.ZERO;
            for (Map.Entry<Sample, String> e : texts.entrySet()) {
                if (e.getKey().group().equals(g)) {
                    members.put(e.getKey(), e.getValue());
                    cost = cost.then(costs.get(e.getKey()));
                }
            }
            if (!members.isEmpty()) {
                results.add(result(tool, members, cost));
            }
        }
        return results;
    }

    /** Error rates of one group's samples, read at the given cost. */
    private static Result result(String tool, Map<Sample, String> texts, ToolRun.Cost cost) {
        StringBuilder ref = new StringBuilder();
        StringBuilder hyp = new StringBuilder();
        int pages = 0;
        for (Map.Entry<Sample, String> e : texts.entrySet()) {
            ref.append(e.getKey().reference()).append('\n');
            hyp.append(e.getValue()).append('\n');
            pages += pages(e.getKey());
        }
        String group = texts.keySet().iterator().next().group();
        return new Result(tool, group, pages, ErrorRate.cer(ref.toString(), hyp.toString()),
                ErrorRate.wer(ref.toString(), hyp.toString()), cost);
    }

    private static Stream<Path> list(Path dir) {
        try {
            return Files.list(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pages(Sample s) {
        return ScanSet.pageCount(s.reference());
    }

    private Path fresh(String tool) throws IOException {
        return ToolRun.emptyDirectory(work.resolve(tool.replaceAll("[^A-Za-z0-9]+", "-")));
    }
}
