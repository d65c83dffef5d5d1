package fr.registre.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import fr.registre.ingest.IngestOptions;
import fr.registre.ingest.InputCollector;
import fr.registre.ingest.InputFile;
import fr.registre.ingest.OcrMode;
import fr.registre.model.IngestedDocument;
import fr.registre.model.PageMethod;
import fr.registre.ocr.OcrOptions;
import fr.registre.ocr.PreprocessOptions;
import fr.registre.pipeline.DocumentOutcome;
import fr.registre.pipeline.IngestRunner;
import fr.registre.pipeline.PipelineOptions;

/** {@code registre ingest}: PDFs and page images to text, JSON, ALTO and searchable PDFs. */
final class IngestCommand implements Command {

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public String synopsis() {
        return "INPUT... --out DIR [options]";
    }

    @Override
    public String summary() {
        return "read PDFs, images and directories of them into text (text layer or OCR)";
    }

    @Override
    public Options options() {
        return CorrectCommand.CorrectionOptions.addTo(new Options())
                .addOption(Option.builder().longOpt("out").hasArg().argName("DIR").desc("output directory (required)").build())
                .addOption(Option.builder().longOpt("ocr").hasArg().argName("MODE")
                        .desc("auto (OCR pages without a good text layer, default), always, never").build())
                .addOption(Option.builder().longOpt("jobs").hasArg().argName("N")
                        .desc("worker threads, one OCR engine each (default: number of cores)").build())
                .addOption(Option.builder().longOpt("dpi").hasArg().argName("N").desc("PDF render resolution for OCR (default 300)").build())
                .addOption(Option.builder().longOpt("lang").hasArg().argName("LANG").desc("Tesseract language (default fra)").build())
                .addOption(Option.builder().longOpt("tessdata").hasArg().argName("DIR").desc("Tesseract model directory").build())
                .addOption(Option.builder().longOpt("page-timeout").hasArg().argName("SECONDS")
                        .desc("abandon a page whose OCR takes longer (default 120)").build())
                .addOption(Option.builder().longOpt("no-preprocess")
                        .desc("give Tesseract the page as rendered: no deskew, binarisation or despeckle").build())
                .addOption(Option.builder().longOpt("no-archival").desc("do not write ALTO and searchable PDF").build())
                .addOption(Option.builder("h").longOpt("help").build());
    }

    @Override
    public int run(CommandLine line) throws Exception {
        if (!line.hasOption("out")) {
            throw new UsageException("--out DIR is required");
        }
        if (line.getArgList().isEmpty()) {
            throw new UsageException("no INPUT given");
        }
        PipelineOptions options = options(line);
        Path out = Path.of(line.getOptionValue("out"));
        List<InputFile> inputs = InputCollector.collect(line.getArgList().stream().map(Path::of).toList());
        if (inputs.isEmpty()) {
            System.err.println("registre ingest: no PDF or image found in " + line.getArgList());
            return FAILURES;
        }
        long start = System.nanoTime();
        List<DocumentOutcome> outcomes;
        try (IngestRunner runner = new IngestRunner(options)) {
            outcomes = runner.run(inputs, out, IngestCommand::report);
        }
        return summarise(outcomes, Duration.ofNanos(System.nanoTime() - start));
    }

    static PipelineOptions options(CommandLine line) throws UsageException, IOException {
        IngestOptions ingest = IngestOptions.defaults()
                .withOcrMode(Args.enumValue(line, "ocr", OcrMode.class, OcrMode.AUTO))
                .withDpi(Args.intValue(line, "dpi", 300, 50, 1200));
        OcrOptions defaults = OcrOptions.defaults();
        OcrOptions ocr = new OcrOptions(line.getOptionValue("lang", defaults.language()),
                line.getOptionValue("tessdata"), defaults.pageSegMode(),
                Duration.ofSeconds(Args.intValue(line, "page-timeout", 120, 1, 86_400)),
                line.hasOption("no-preprocess") ? PreprocessOptions.none() : defaults.preprocess());
        int jobs = Args.intValue(line, "jobs", Runtime.getRuntime().availableProcessors(), 1, 256);
        return new PipelineOptions(ingest, ocr, jobs, !line.hasOption("no-archival"),
                CorrectCommand.CorrectionOptions.from(line));
    }

    private static synchronized void report(DocumentOutcome o) {
        String source = o.input().path().toString();
        if (o.status() == DocumentOutcome.Status.FAILED) {
            System.err.println("error   " + source + ": " + o.error());
            return;
        }
        IngestedDocument d = o.document();
        long ocr = d.pages().stream().filter(p -> p.method() == PageMethod.OCR).count();
        long text = d.pages().stream().filter(p -> p.method() == PageMethod.TEXT_LAYER).count();
        double conf = d.pages().stream().filter(p -> p.confidence() != null)
                .mapToDouble(p -> p.confidence()).average().orElse(Double.NaN);
        String line = String.format(Locale.ROOT, "%-7s %s  %d pages (%d text layer, %d OCR%s)  %.1f s",
                o.status() == DocumentOutcome.Status.DONE ? "ok" : "partial", source, d.pages().size(), text, ocr,
                Double.isNaN(conf) ? "" : String.format(Locale.ROOT, ", confidence %.2f", conf),
                o.elapsed().toMillis() / 1000.0);
        System.out.println(line);
        if (o.error() != null) {
            System.err.println("error   " + source + ": " + o.error());
        }
    }

    private static int summarise(List<DocumentOutcome> outcomes, Duration elapsed) {
        long done = outcomes.stream().filter(o -> o.status() == DocumentOutcome.Status.DONE).count();
        long partial = outcomes.stream().filter(o -> o.status() == DocumentOutcome.Status.PARTIAL).count();
        long failed = outcomes.stream().filter(o -> o.status() == DocumentOutcome.Status.FAILED).count();
        long pages = outcomes.stream().filter(o -> o.document() != null).mapToLong(o -> o.document().pages().size()).sum();
        System.out.printf(Locale.ROOT, "%d documents (%d pages): %d done, %d partial, %d failed in %.1f s%n",
                outcomes.size(), pages, done, partial, failed, elapsed.toMillis() / 1000.0);
        return partial + failed == 0 ? OK : FAILURES;
    }
}
