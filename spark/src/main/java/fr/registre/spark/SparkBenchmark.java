package fr.registre.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.spark.sql.SparkSession;

import fr.registre.ingest.InputCollector;
import fr.registre.pipeline.DocumentRecord;
import fr.registre.pipeline.Registre;
import fr.registre.pipeline.RegistreConfig;
import fr.registre.pipeline.RunListener;
import fr.registre.pipeline.RunOptions;

/**
 * {@code ./registre bench --suite spark}: the Spark job in local mode on one and two cores against
 * the batch pipeline at the same parallelism, on the same pages (the sample scans, four times under other
 * names), each run from a cold start (models loaded, Spark started) into an empty directory; then
 * one long document read in one task and in parts.
 */
public final class SparkBenchmark {

    /** The long document: the sample PDFs this many times in one file. */
    private static final int LONG_COPIES = 4;
    private static final int LONG_PAGES_PER_TASK = 4;

    private SparkBenchmark() {
    }

    /** A measured run: what ran, pages, seconds. */
    private record Run(String what, int cores, int pages, double seconds) {
        double pagesPerMinute() {
            return pages * 60 / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        Path scans = Path.of(args.length > 1 && args[0].equals("--scans") ? args[1] : "scans");
        Path work = Files.createDirectories(Path.of("target", "bench", "spark"));
        Path in = fresh(work.resolve("in"));
        for (var f : InputCollector.collect(List.of(scans))) {
            for (String copy : List.of("a-", "b-", "c-", "d-")) {
                Files.copy(f.path(), in.resolve(copy + f.path().getFileName()));
            }
        }
        List<Run> runs = new ArrayList<>();
        for (int cores : List.of(1, 2)) {
            runs.add(batch(in, fresh(work.resolve("batch-" + cores)), cores));
            runs.add(spark(in, fresh(work.resolve("spark-" + cores)), cores, RegistreSparkJob.PAGES_PER_TASK));
        }
        StringBuilder md = new StringBuilder("# registre Spark benchmark\n\n");
        md.append(String.format(Locale.ROOT, "%s. `./registre bench --suite spark`: the %d pages of `%s` (four times, under other "
                + "names) from a cold start, each run into an empty directory, on this machine (%d cores).%n%n"
                + "| run | cores | pages | seconds | pages/min |%n|---|---:|---:|---:|---:|%n", LocalDate.now(), runs.get(0).pages(),
                scans, Runtime.getRuntime().availableProcessors()));
        for (Run r : runs) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f |%n", r.what(), r.cores(), r.pages(), r.seconds(),
                    r.pagesPerMinute()));
        }
        Run batch1 = runs.get(0);
        Run spark1 = runs.get(1);
        Run batch2 = runs.get(2);
        Run spark2 = runs.get(3);
        md.append(String.format(Locale.ROOT, "%nSpark against the batch at the same parallelism: %.2f on one core, %.2f on two "
                        + "(1 = as fast; the target is 0.85 or more). Two cores against one: Spark ×%.2f, batch ×%.2f "
                        + "(the target is ×1.7).%n", spark1.pagesPerMinute() / batch1.pagesPerMinute(),
                spark2.pagesPerMinute() / batch2.pagesPerMinute(), spark2.pagesPerMinute() / spark1.pagesPerMinute(),
                batch2.pagesPerMinute() / batch1.pagesPerMinute()));
        Path register = fresh(work.resolve("long-in")).resolve("register.pdf");
        PDFMergerUtility merger = new PDFMergerUtility();
        for (int copy = 0; copy < LONG_COPIES; copy++) {
            for (var f : InputCollector.collect(List.of(scans))) {
                if (f.extension().equals("pdf")) {
                    merger.addSource(f.path().toFile());
                }
            }
        }
        merger.setDestinationFileName(register.toString());
        merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
        List<Run> longRuns = List.of(batch(register.getParent(), fresh(work.resolve("long-batch")), 2),
                spark(register.getParent(), fresh(work.resolve("long-whole")), 2, Integer.MAX_VALUE),
                spark(register.getParent(), fresh(work.resolve("long-parts")), 2, LONG_PAGES_PER_TASK));
        md.append(String.format(Locale.ROOT, "%nOne long document: the PDFs of `%s` %d times in one file of %d pages, on two cores. "
                + "Read in one task, it holds one core while the other waits; read in parts, each in a task of its own, "
                + "it is put together into the same outputs.%n%n| run | cores | pages | seconds | pages/min |%n|---|---:|---:|---:|---:|%n",
                scans, LONG_COPIES, longRuns.get(0).pages()));
        for (Run r : longRuns) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f |%n", r.what(), r.cores(), r.pages(), r.seconds(),
                    r.pagesPerMinute()));
        }
        md.append(String.format(Locale.ROOT, "%nIn parts against one task: ×%.2f; against the batch: %.2f.%n",
                longRuns.get(1).seconds() / longRuns.get(2).seconds(), longRuns.get(0).seconds() / longRuns.get(2).seconds()));
        Path report = Path.of("docs", "bench", "spark-report.md");
        Files.writeString(report, md.toString());
        System.out.print(md);
        System.err.println("report written to " + report);
        System.exit(0);
    }

    private static Run batch(Path in, Path out, int cores) throws IOException, InterruptedException {
        long start = System.nanoTime();
        List<DocumentRecord> records;
        try (Registre registre = Registre.open(RegistreConfig.defaults().withJobs(cores))) {
            records = registre.run(InputCollector.collect(List.of(in)), out, RunOptions.defaults(), RunListener.none()).all();
        }
        return new Run("batch pipeline (`ingest --jobs " + cores + "`)", cores,
                records.stream().mapToInt(r -> r.pages().size()).sum(), seconds(start));
    }

    private static Run spark(Path in, Path out, int cores, int pagesPerTask) throws IOException {
        long start = System.nanoTime();
        int pages;
        try (SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("registre-bench")
                .config("spark.ui.enabled", "false").getOrCreate()) {
            spark.sparkContext().setLogLevel("WARN");
            RegistreSparkJob.run(spark, List.of(in.toString()), out.toString(), pagesPerTask);
            pages = (int) spark.read().parquet(out.resolve("tables").resolve("pages").toString()).count();
        }
        String parts = pagesPerTask == RegistreSparkJob.PAGES_PER_TASK ? "" : pagesPerTask == Integer.MAX_VALUE
                ? ", the whole document in one task" : ", `--pages-per-task " + pagesPerTask + "`";
        return new Run("Spark job (`local[" + cores + "]`" + parts + ")", cores, pages, seconds(start));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static Path fresh(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }
}
