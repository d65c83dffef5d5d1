package fr.registre.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import fr.registre.cli.Command;
import fr.registre.cli.ExitCode;
import fr.registre.cli.Invocation;
import fr.registre.cli.Main;
import fr.registre.cli.UsageException;

import fr.registre.io.AtomicFiles;

/** {@code registre bench}: OCR quality and speed against the tesseract CLI and ocrmypdf. */
public final class BenchCommand implements Command {

    private static final Spec SPEC = new Spec("bench", "[--suite ocr|real|startup|tagging|batch|extraction|entities|archive] [--scans DIR] [--real-scans DIR] [--texts DIR] [--report FILE]",
            "measure error rates, pages/min and memory against tesseract and ocrmypdf",
            List.of(Opt.value("scans", "DIR", "samples with .gt.txt ground truth (default scans)"),
                    Opt.value("real-scans", "DIR", "real page images with .gt.txt ground truth (default ../shared/real-scans)"),
                    Opt.value("texts", "DIR", "texts for the start-up, extraction and entities suites (default ../shared/real-texts)"),
                    Opt.value("report", "FILE", "Markdown report (default target/bench/report.md, or SUITE-report.md)"),
                    Opt.value("suite", "NAME", "ocr: accuracy and speed against tesseract and ocrmypdf, then tagging (default); "
                            + "real: real scans against tesseract alone, page by page; "
                            + "startup: extract on one text and on many, corrector start-up, ingest memory; "
                            + "tagging: time to tag a 100-page register; batch: --jobs scaling against "
                            + "ocrmypdf --jobs N, and memory of a 20- and a 200-page register; "
                            + "extraction: records against the gold of real texts; "
                            + "entities: persons and organisations against the samples' annotations and the real texts' gold; "
                            + "archive: index, re-index and search 1 000 documents, and person resolution against the gold")));

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public ExitCode run(Invocation call) throws Exception {
        Path work = Files.createDirectories(Path.of("target", "bench"));
        String suite = call.value("suite", "ocr");
        Path report = Path.of(call.value("report", switch (suite) {
            case "ocr" -> work.resolve("report.md").toString();
            case "extraction", "entities", "real", "archive" -> "docs/bench/" + suite + "-report.md";
            default -> work.resolve(suite + "-report.md").toString();
        }));
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> registre = List.of(java, "-cp", absoluteClassPath(), Main.class.getName());
        // the OCR suite times registre as users start it: through the launcher, with its heap, collector and class archive
        Path launcher = Path.of("registre").toAbsolutePath();
        List<String> asUsersRunIt = Files.isExecutable(launcher) ? List.of(launcher.toString()) : registre;
        Path scans = Path.of(call.value("scans", "scans"));
        String markdown = switch (suite) {
            case "ocr" -> new Benchmark(scans, work, asUsersRunIt).run() + TaggingBenchmark.markdown();
            case "real" -> new RealScanBenchmark(Path.of(call.value("real-scans", "../shared/real-scans")), work).run();
            case "startup" -> new StartupBenchmark(launcher, Path.of(call.value("texts", "../shared/real-texts")),
                    scans, work).run();
            case "tagging" -> TaggingBenchmark.markdown();
            case "batch" -> new BatchBenchmark(scans, work, registre).run();
            case "extraction" -> new ExtractionBenchmark(Path.of(call.value("texts", "../shared/real-texts"))).run();
            case "entities" -> new EntityBenchmark(Path.of(call.value("texts", "../shared/real-texts")), Path.of("models", "ner")).run();
            case "archive" -> new ArchiveBenchmark(work).run()
                    + new PersonResolutionBenchmark(Path.of(call.value("texts", "../shared/real-texts"))).markdown();
            default -> throw new UsageException("--suite is ocr, real, startup, tagging, batch, extraction, entities or archive");
        };
        Files.createDirectories(report.toAbsolutePath().getParent());
        AtomicFiles.writeString(report, markdown);
        call.out().print(markdown);
        call.info("report written to " + report);
        return ExitCode.OK;
    }

    /** The benchmark runs registre in other working directories, so relative entries must be resolved now. */
    private static String absoluteClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
