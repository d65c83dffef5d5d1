package fr.registre.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import fr.registre.cli.Command.Opt;
import fr.registre.export.OutputFormat;
import fr.registre.ingest.InputCollector;
import fr.registre.ingest.InputFile;
import fr.registre.io.DirectoryLock;
import fr.registre.pipeline.BatchReport;
import fr.registre.pipeline.DocumentOutcome;
import fr.registre.pipeline.DocumentRecord;
import fr.registre.pipeline.Manifest;
import fr.registre.pipeline.Registre;
import fr.registre.pipeline.RunOptions;
import fr.registre.pipeline.RunResult;

/** {@code registre ingest}: PDFs and page images to text, JSON, ALTO and searchable PDFs. */
final class IngestCommand implements Command {

    private static final Spec SPEC = new Spec("ingest", "INPUT... --out DIR [options]",
            "read PDFs, images and directories of them into text (text layer or OCR), records and archival copies",
            ConfigOptions.join(List.of(
                    Opt.value("out", "DIR", "output directory (required)"),
                    Opt.value("outputs", "LIST", "files to write: raw,txt,alto,pdf,json (default all; json is always written)"),
                    Opt.flag("no-archival", "write no ALTO and searchable PDF (same as --outputs raw,txt,json)"),
                    Opt.flag("force", "process every input again, even those an earlier run into --out finished unchanged")),
                    ConfigOptions.READING, ConfigOptions.CORRECTION));

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public ExitCode run(Invocation call) throws Exception {
        if (!call.has("out")) {
            throw new UsageException("--out DIR is required");
        }
        if (call.args().isEmpty()) {
            throw new UsageException("no INPUT given");
        }
        RunOptions run = RunOptions.defaults().withOutputs(outputs(call)).withForce(call.has("force"));
        Path out = Path.of(call.value("out", null));
        List<InputFile> inputs = InputCollector.collect(call.args().stream().map(Path::of).toList(), out);
        if (inputs.isEmpty()) {
            call.err().println("registre ingest: no PDF or image found in " + call.args());
            return ExitCode.INPUT_FAILED;
        }
        long start = System.nanoTime();
        BatchProgress progress = BatchProgress.onConsole(call);
        RunResult result;
        try (Registre registre = Registre.open(ConfigOptions.config(call, true))) {
            call.debug(String.format(Locale.ROOT, "loaded in %.2f s", (System.nanoTime() - start) / 1e9));
            call.prepareOutput();
            result = registre.run(inputs, out, run, progress);
        } catch (DirectoryLock.BusyException e) {
            throw new OutputException(e.getMessage(), e);
        }
        progress.done();
        summarise(call, result, out);
        return result.hasFailures() ? ExitCode.INPUT_FAILED : ExitCode.OK;
    }

    private static Set<OutputFormat> outputs(Invocation call) throws UsageException {
        if (call.has("no-archival")) {
            if (call.has("outputs")) {
                throw new UsageException("--no-archival and --outputs: give one of them");
            }
            return EnumSet.of(OutputFormat.RAW_TEXT, OutputFormat.TEXT, OutputFormat.JSON);
        }
        if (!call.has("outputs")) {
            return EnumSet.allOf(OutputFormat.class);
        }
        Set<OutputFormat> formats = EnumSet.of(OutputFormat.JSON);
        for (String label : call.value("outputs", "").split(",")) {
            formats.add(OutputFormat.ofLabel(label).orElseThrow(
                    () -> new UsageException("--outputs takes raw, txt, alto, pdf, json; got '" + label + "'")));
        }
        return formats;
    }

    private static void summarise(Invocation call, RunResult result, Path out) {
        List<DocumentRecord> all = result.all();
        long pages = result.processed().stream().mapToLong(d -> d.pages().size()).sum();
        double minutes = result.elapsed().toMillis() / 60_000.0;
        for (DocumentRecord r : result.skipped()) {
            if (r.isFailure()) {
                call.inputError(r.source(), r.error() + " (unchanged since an earlier run; --force to retry)");
            }
        }
        if (call.quiet()) {
            return;
        }
        call.out().println(String.format(Locale.ROOT, "%d documents: %d done, %d partial, %d failed; %d processed now (%d pages in %.1f s, "
                        + "%.1f pages/min), %d left as an earlier run finished them",
                all.size(), count(all, DocumentOutcome.Status.DONE), count(all, DocumentOutcome.Status.PARTIAL),
                count(all, DocumentOutcome.Status.FAILED), result.processed().size(), pages, minutes * 60,
                minutes > 0 ? pages / minutes : 0.0, result.skipped().size()));
        call.out().println("report: " + out.resolve(BatchReport.FILE_NAME) + ", manifest: " + out.resolve(Manifest.FILE_NAME));
    }

    private static long count(List<DocumentRecord> records, DocumentOutcome.Status status) {
        return records.stream().filter(r -> r.status() == status).count();
    }
}
