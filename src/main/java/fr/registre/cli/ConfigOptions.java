package fr.registre.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import fr.registre.cli.Command.Opt;
import fr.registre.correct.CorrectorOptions;
import fr.registre.correct.Roster;
import fr.registre.ingest.IngestOptions;
import fr.registre.ingest.OcrMode;
import fr.registre.io.ListFile;
import fr.registre.nlp.TaggerOptions;
import fr.registre.ocr.OcrModel;
import fr.registre.ocr.OcrOptions;
import fr.registre.ocr.PreprocessOptions;
import fr.registre.ocr.Thresholding;
import fr.registre.pipeline.RegistreConfig;

/** The option groups that configure the {@link fr.registre.pipeline.Registre}, shared by the commands. */
final class ConfigOptions {

    /** How text is corrected, and names known from outside. */
    static final List<Opt> CORRECTION = List.of(
            Opt.value("threshold", "0..1", "apply changes at least this confident, suggest the others (default 0.5)"),
            Opt.value("roster", "FILE", "known member names, one per line: repairs misread names and tags them"),
            Opt.flag("no-typography", "leave typography (bullets read as letters) as it is"));

    /** How PDFs and images are read. */
    static final List<Opt> READING = List.of(
            Opt.value("ocr", "MODE", "auto (OCR pages without a good text layer, default), always, never"),
            Opt.value("jobs", "N", "worker threads, one OCR engine each (default: number of cores)"),
            Opt.value("dpi", "N", "resolution at which PDF pages are drawn for OCR (default 300); a page that is one image scanned at less is read at its own"),
            Opt.value("lang", "LANG", "Tesseract language (default fra)"),
            Opt.value("tessdata", "DIR", "Tesseract model directory (overrides --ocr-model)"),
            Opt.value("ocr-model", "MODEL", "best: tessdata_best French, shipped (default); fast: the system's model"),
            Opt.value("page-timeout", "SECONDS", "abandon a page whose OCR takes longer (default 120)"),
            Opt.flag("no-preprocess", "read each page once, as rendered: no second reading of the cleaned page"),
            Opt.value("tesseract-threshold", "METHOD", "how Tesseract binarises the first reading: otsu (default) or sauvola"));

    private ConfigOptions() {
    }

    @SafeVarargs
    static List<Opt> join(List<Opt>... groups) {
        List<Opt> all = new ArrayList<>();
        for (List<Opt> group : groups) {
            all.addAll(group);
        }
        return List.copyOf(all);
    }

    /**
     * The configuration a call asks for.
     *
     * @param ocr whether the inputs need the OCR engine loaded
     */
    static RegistreConfig config(Invocation call, boolean ocr) throws UsageException, IOException {
        RegistreConfig config = RegistreConfig.defaults();
        List<String> roster = call.has("roster") ? ListFile.read(Path.of(call.value("roster", null))) : List.of();
        CorrectorOptions correction = CorrectorOptions.defaults()
                .withTypography(!call.has("no-typography"))
                .withThreshold(call.doubleValue("threshold", CorrectorOptions.defaults().threshold(), 0, 1))
                .withRoster(Roster.of(roster));
        config = config.withCorrection(correction).withTagging(new TaggerOptions(roster));
        config = config.withJobs(call.intValue("jobs", config.jobs(), 1, 256));
        if (!ocr) {
            return config.withoutOcr();
        }
        IngestOptions ingest = IngestOptions.defaults()
                .withOcrMode(call.enumValue("ocr", OcrMode.class, OcrMode.AUTO))
                .withDpi(call.intValue("dpi", 300, 50, 1200));
        OcrOptions defaults = OcrOptions.defaults();
        OcrOptions options = new OcrOptions(call.value("lang", defaults.language()), call.value("tessdata", null),
                defaults.pageSegMode(),
                Duration.ofSeconds(call.intValue("page-timeout", (int) defaults.pageTimeout().toSeconds(), 1, 86_400)),
                call.has("no-preprocess") ? PreprocessOptions.none() : defaults.preprocess(),
                call.enumValue("tesseract-threshold", Thresholding.class, defaults.thresholding()),
                call.enumValue("ocr-model", OcrModel.class, defaults.model()));
        return config.withIngest(ingest).withOcr(options);
    }
}
