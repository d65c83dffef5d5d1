package fr.registre.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import fr.registre.bench.BatchBenchmark;
import fr.registre.bench.Benchmark;
import fr.registre.bench.TaggingBenchmark;
import fr.registre.io.AtomicFiles;

/** {@code registre bench}: OCR quality and speed against the tesseract CLI and ocrmypdf. */
final class BenchCommand implements Command {

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String synopsis() {
        return "[--suite ocr|tagging|batch] [--scans DIR] [--report FILE]";
    }

    @Override
    public String summary() {
        return "measure error rates, pages/min and memory against tesseract and ocrmypdf";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("scans").hasArg().argName("DIR")
                        .desc("samples with .gt.txt ground truth (default scans)").build())
                .addOption(Option.builder().longOpt("report").hasArg().argName("FILE")
                        .desc("Markdown report (default target/bench/report.md, or SUITE-report.md)").build())
                .addOption(Option.builder().longOpt("suite").hasArg().argName("NAME")
                        .desc("ocr: accuracy and speed against tesseract and ocrmypdf, then tagging (default); "
                                + "tagging: time to tag a 100-page register; batch: --jobs scaling against "
                                + "ocrmypdf --jobs N, and memory of a 20- and a 200-page register").build())
                .addOption(Option.builder("h").longOpt("help").build());
    }

    @Override
    public int run(CommandLine line) throws Exception {
        Path work = Files.createDirectories(Path.of("target", "bench"));
        String suite = line.getOptionValue("suite", "ocr");
        Path report = Path.of(line.getOptionValue("report",
                work.resolve(suite.equals("ocr") ? "report.md" : suite + "-report.md").toString()));
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> registre = List.of(java, "-cp", absoluteClassPath(), Main.class.getName());
        Path scans = Path.of(line.getOptionValue("scans", "scans"));
        String markdown = switch (suite) {
            case "ocr" -> new Benchmark(scans, work, registre).run() + TaggingBenchmark.markdown();
            case "tagging" -> TaggingBenchmark.markdown();
            case "batch" -> new BatchBenchmark(scans, work, registre).run();
            default -> throw new UsageException("--suite is ocr, tagging or batch");
        };
        AtomicFiles.writeString(report, markdown);
        System.out.print(markdown);
        System.out.println("\nreport written to " + report);
        return OK;
    }

    /** The benchmark runs registre in other working directories, so relative entries must be resolved now. */
    private static String absoluteClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
