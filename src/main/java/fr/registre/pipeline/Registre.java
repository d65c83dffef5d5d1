package fr.registre.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import fr.registre.correct.AccentIndex;
import fr.registre.correct.OcrCorrector;
import fr.registre.export.AltoWriter;
import fr.registre.export.DocumentJson;
import fr.registre.export.OutputFormat;
import fr.registre.export.PlainTextWriter;
import fr.registre.extract.DeliberationExtractor;
import fr.registre.ingest.DocumentSources;
import fr.registre.ingest.InputFile;
import fr.registre.io.Hashes;
import fr.registre.model.AnalysedDocument;
import fr.registre.model.IngestedDocument;
import fr.registre.model.Page;
import fr.registre.nlp.EntityTagger;
import fr.registre.nlp.NameFinderModels;
import fr.registre.nlp.SentenceSplitter;
import fr.registre.ocr.MissingDependencyException;
import fr.registre.ocr.OcrOptions;
import fr.registre.ocr.Tessdata;
import fr.registre.text.Lexicon;

/**
 * The composition root and library entry point. {@link #open} loads and checks every heavy resource
 * once (the French lexicon and its prebuilt accent index, the name and sentence models, and, unless
 * the configuration is text-only, Tesseract with its language), builds the stages with them, and
 * then serves any number of documents from any number of threads:
 *
 * <pre>{@code
 * try (Registre registre = Registre.open(RegistreConfig.defaults())) {
 *     AnalysedDocument doc = registre.read(Path.of("extrait.pdf"));
 *     RunResult batch = registre.run(InputCollector.collect(List.of(Path.of("scans"))), Path.of("out"),
 *             RunOptions.defaults(), RunListener.none());
 * }
 * }</pre>
 *
 * A long document can also be read in parts by several workers ({@link #readPart}) and put
 * together ({@link #assemble}), as the Spark job does. Each stage is also reachable alone
 * ({@link #corrector()}, {@link #tagger()}, {@link #extractor()}).
 */
public final class Registre implements AutoCloseable {

    /** The producer named in ALTO files. */
    private static final String SOFTWARE = "registre";

    private final OcrCorrector corrector;
    private final EntityTagger tagger;
    private final DeliberationExtractor extractor;
    private final DocumentJson json;
    private final Pipeline pipeline;
    private final String settings;

    private Registre(OcrCorrector corrector, EntityTagger tagger, DeliberationExtractor extractor, DocumentJson json,
                     Pipeline pipeline, String settings) {
        this.corrector = corrector;
        this.tagger = tagger;
        this.extractor = extractor;
        this.json = json;
        this.pipeline = pipeline;
        this.settings = settings;
    }

    /**
     * Loads every resource the configuration needs and builds the stages.
     *
     * @throws MissingDependencyException when Tesseract or its language is not installed (before
     *                                    any document is opened)
     */
    public static Registre open(RegistreConfig config) {
        OcrOptions ocr = config.ocr() == null ? null : Tessdata.resolve(config.ocr());
        Lexicon lexicon = Lexicon.load();
        RecognizerPool recognizers = ocr == null ? null : new RecognizerPool(ocr, config.jobs(), lexicon);
        OcrCorrector corrector = new OcrCorrector(lexicon, AccentIndex.load(), config.correction());
        EntityTagger tagger = new EntityTagger(NameFinderModels.loadShipped(),
                new SentenceSplitter(SentenceSplitter.loadFrenchModel()), lexicon, config.tagging());
        DeliberationExtractor extractor = new DeliberationExtractor();
        DocumentJson json = new DocumentJson();
        String processing = ocr == null ? "recognition" : ocr.preprocess().describe();
        Pipeline pipeline = new Pipeline(new DocumentSources(config.ingest(), lexicon),
                recognizers, new Analyser(corrector, tagger, extractor),
                List.of(new PlainTextWriter(OutputFormat.RAW_TEXT), new PlainTextWriter(OutputFormat.TEXT),
                        new AltoWriter(SOFTWARE, processing), json),
                config.jobs());
        return new Registre(corrector, tagger, extractor, json, pipeline, config.outputSettings());
    }

    /** Reads and analyses one PDF or image, writing nothing. */
    public AnalysedDocument read(Path file) throws IOException {
        return pipeline.read(file);
    }

    /** Reads and analyses a PDF or image given as a stream (spooled to a temporary file, then removed). */
    public AnalysedDocument read(InputStream in, String name) throws IOException {
        Path spooled = Files.createTempFile("registre-", "-" + name.replaceAll("[^\\p{L}\\p{N}._-]", "_"));
        try {
            Files.copy(in, spooled, StandardCopyOption.REPLACE_EXISTING);
            return pipeline.read(spooled);
        } finally {
            Files.deleteIfExists(spooled);
        }
    }

    /**
     * Corrects, tags and extracts a text that needs no reading (a {@code .txt}, or text from
     * elsewhere). Its origin is unknown, so all of it is corrected, as OCR output would be.
     */
    public AnalysedDocument analyse(String text, String name) {
        IngestedDocument document = new IngestedDocument(name, Hashes.sha256(text.getBytes(StandardCharsets.UTF_8)),
                List.of(Page.fromTextLayer(1, 0, 0, text)));
        return pipeline.analyseText(document);
    }

    /**
     * Processes a batch into {@code outDir}, resuming an earlier run there: writes each document's
     * outputs, {@code manifest.jsonl} and {@code report.md}.
     */
    public RunResult run(List<InputFile> inputs, Path outDir, RunOptions options, RunListener listener)
            throws IOException, InterruptedException {
        return new BatchRun(pipeline, options, settings).run(inputs, outDir, listener);
    }

    /** The pages of a PDF or image, to share its reading out in parts ({@link #readPart}). */
    public int pageCount(Path file) throws IOException {
        return pipeline.pageCount(file);
    }

    /**
     * Reads pages {@code first} to {@code last} (from 1, inclusive) of a PDF or image on the calling
     * thread, as {@link #run} reads them: a part of a long document that other workers read the rest
     * of. A page that cannot be read is a failed page of the part, not an exception.
     *
     * @param options the outputs to come, so that page images are kept when a searchable PDF is
     * @throws IOException when the file cannot be opened at all
     */
    public DocumentPart readPart(Path file, int first, int last, RunOptions options) throws IOException {
        return pipeline.readPart(file, first, last, options);
    }

    /**
     * Puts together the parts of a document read by {@link #readPart}, possibly on other machines,
     * then corrects, tags, extracts and writes its outputs to {@code outDir} exactly as {@link #run}
     * would; writes no manifest. A page no part holds is a failed page; parts of another version of
     * the file make the document fail.
     */
    public DocumentRecord assemble(InputFile input, List<DocumentPart> parts, Path outDir, RunOptions options) {
        return DocumentRecord.of(pipeline.assemble(input, parts, new OutputFiles(outDir, input.name()), options),
                outDir, BatchRun.settings(settings, options));
    }

    public OcrCorrector corrector() {
        return corrector;
    }

    public EntityTagger tagger() {
        return tagger;
    }

    public DeliberationExtractor extractor() {
        return extractor;
    }

    /** The JSON writer and its configured mapper. */
    public DocumentJson json() {
        return json;
    }

    @Override
    public void close() {
        pipeline.close();
    }
}
