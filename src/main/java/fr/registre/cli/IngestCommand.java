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
import fr.registre.nlp.TaggerOptions;
import fr.registre.ocr.OcrOptions;
import fr.registre.ocr.PreprocessOptions;
import fr.registre.pipeline.BatchRun;
import fr.registre.pipeline.DocumentOutcome;
import fr.registre.pipeline.DocumentRecord;
import fr.registre.pipeline.IngestRunner;
import fr.registre.pipeline.Manifest;
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
                .addOption(Option.builder().longOpt("force")
                        .desc("process every input again, even those an earlier run into --out finished unchanged").build())
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
        BatchProgress progress = BatchProgress.onConsole();
        BatchRun.Result result;
        try (IngestRunner runner = new IngestRunner(options)) {
            result = BatchRun.run(runner, inputs, out, line.hasOption("force"), progress);
        }
        progress.done();
        summarise(result, out);
        return result.hasFailures() ? FAILURES : OK;
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
        TaggerOptions tagging = line.hasOption("roster")
                ? TaggerOptions.withRoster(Path.of(line.getOptionValue("roster"))) : TaggerOptions.defaults();
        return new PipelineOptions(ingest, ocr, jobs, !line.hasOption("no-archival"),
                CorrectCommand.CorrectionOptions.from(line), tagging);
    }

    private static void summarise(BatchRun.Result result, Path out) {
        List<DocumentRecord> all = result.all();
        long pages = result.processed().stream().mapToLong(d -> d.pages().size()).sum();
        double minutes = result.elapsed().toMillis() / 60_000.0;
        System.out.printf(Locale.ROOT, "%d documents: %d done, %d partial, %d failed; %d processed now (%d pages in %.1f s, "
                        + "%.1f pages/min), %d left as an earlier run finished them%n",
                all.size(), count(all, DocumentOutcome.Status.DONE), count(all, DocumentOutcome.Status.PARTIAL),
                count(all, DocumentOutcome.Status.FAILED), result.processed().size(), pages, minutes * 60,
                minutes > 0 ? pages / minutes : 0.0, result.skipped().size());
        for (DocumentRecord r : result.skipped()) {
            if (r.isFailure()) {
                System.err.println("error   " + r.source() + ": " + r.error() + " (unchanged since an earlier run; --force to retry)");
            }
        }
        System.out.println("report: " + out.resolve(BatchRun.REPORT) + ", manifest: " + out.resolve(Manifest.FILE_NAME));
    }

    private static long count(List<DocumentRecord> records, DocumentOutcome.Status status) {
        return records.stream().filter(r -> r.status() == status).count();
    }
}
