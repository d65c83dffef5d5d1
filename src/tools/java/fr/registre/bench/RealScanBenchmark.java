package fr.registre.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import fr.registre.correct.HyphenationRule;
import fr.registre.model.AnalysedDocument;
import fr.registre.model.CorrectedText;
import fr.registre.ocr.OcrModel;
import fr.registre.pipeline.Registre;
import fr.registre.pipeline.RegistreConfig;

/**
 * OCR on real scans with hand-made ground truth ({@code ../shared/real-scans}: a folder per
 * collection, {@code PAGE.jpg} beside {@code PAGE.gt.txt}): character and word error rates per page
 * and per collection, for registre (raw OCR, and after correction; with the model it ships and with
 * the system's) and for {@code tesseract IMAGE - -l fra} on the same images in the same run, with the
 * time per page of each, one page at a time. Then the same pages once stamped and signed in blue ink
 * ({@link Stamps}, saved as JPEG as an office scanner would), for both.
 */
public final class RealScanBenchmark {

    /** A page image with its ground truth. */
    private record RealPage(Path image, String collection, String name, String truth) {
    }

    /** One stamped page's scores. */
    record StampedScore(String collection, String page, int chars, double registreCer, double tesseractCer) {
    }

    /** One page's scores. */
    record PageScore(String collection, String page, int chars, double registreCer, double correctedCer,
                     double correctedLinesCer, double fastModelCer, double tesseractCer, double registreWer, double tesseractWer,
                     double registreSeconds, double fastModelSeconds, double tesseractSeconds) {
    }

    private final Path scans;
    private final Path work;

    public RealScanBenchmark(Path scans, Path work) {
        this.scans = scans;
        this.work = work;
    }

    public String run() throws IOException, InterruptedException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(scans)) {
            pages = files.filter(f -> f.toString().endsWith(".jpg") || f.toString().endsWith(".png")
                    || f.toString().endsWith(".tif")).sorted().toList();
        }
        List<RealPage> real = new ArrayList<>();
        for (Path image : pages) {
            String name = image.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            Path gt = image.resolveSibling(name + ".gt.txt");
            if (Files.exists(gt)) {
                real.add(new RealPage(image, image.getParent().getFileName().toString(), name,
                        Files.readString(gt, StandardCharsets.UTF_8)));
            }
        }
        List<PageScore> scores = new ArrayList<>();
        Path tesseractOut = Files.createDirectories(work.resolve("real-tesseract"));
        RegistreConfig config = RegistreConfig.defaults().withJobs(1);
        try (Registre registre = Registre.open(config);
             Registre fast = Registre.open(config.withOcr(config.ocr().withModel(OcrModel.FAST)))) {
            for (RealPage page : real) {
                String truth = page.truth();
                long start = System.nanoTime();
                AnalysedDocument doc = registre.read(page.image());
                double registreSeconds = (System.nanoTime() - start) / 1e9;
                String raw = doc.ingested().rawText();
                start = System.nanoTime();
                String fastRaw = fast.read(page.image()).ingested().rawText();
                double fastSeconds = (System.nanoTime() - start) / 1e9;
                Path out = tesseractOut.resolve(page.name());
                ToolRun.Cost cost = tesseract(page.image(), out);
                String tesseract = Files.readString(out.resolveSibling(page.name() + ".txt"), StandardCharsets.UTF_8);
                scores.add(new PageScore(page.collection(), page.name(),
                        ErrorRate.normalise(truth).length(), ErrorRate.cer(truth, raw),
                        ErrorRate.cer(truth, doc.corrected().text()), ErrorRate.cer(truth, asPrinted(doc.corrected())),
                        ErrorRate.cer(truth, fastRaw), ErrorRate.cer(truth, tesseract),
                        ErrorRate.wer(truth, raw), ErrorRate.wer(truth, tesseract), registreSeconds, fastSeconds, cost.seconds()));
            }
            List<StampedScore> stamped = new ArrayList<>();
            Path stampedDir = ToolRun.emptyDirectory(work.resolve("real-stamped"));
            for (RealPage page : real) {
                Path image = stampedDir.resolve(page.name() + ".jpg");
                ImageIO.write(Stamps.stamped(ImageIO.read(page.image().toFile())), "jpeg", image.toFile());
                String raw = registre.read(image).ingested().rawText();
                Path out = stampedDir.resolve(page.name());
                tesseract(image, out);
                String tesseract = Files.readString(out.resolveSibling(page.name() + ".txt"), StandardCharsets.UTF_8);
                stamped.add(new StampedScore(page.collection(), page.name(), ErrorRate.normalise(page.truth()).length(),
                        ErrorRate.cer(page.truth(), raw), ErrorRate.cer(page.truth(), tesseract)));
            }
            return markdown(scores) + stampedMarkdown(stamped);
        }
    }

    static String stampedMarkdown(List<StampedScore> scores) {
        StringBuilder md = new StringBuilder("\n## the same pages, stamped\n\n");
        md.append("Each page with a round stamp and a signature in blue ink over its middle, saved as JPEG (quality 0.75), "
                + "read by registre and by Tesseract alone.\n\n| collection | pages | registre CER | tesseract CER | CER ratio "
                + "| pages worse than Tesseract |\n|---|---:|---:|---:|---:|---:|\n");
        Map<String, List<StampedScore>> byCollection = new LinkedHashMap<>();
        for (StampedScore s : scores) {
            byCollection.computeIfAbsent(s.collection(), k -> new ArrayList<>()).add(s);
        }
        byCollection.put("all", scores);
        for (Map.Entry<String, List<StampedScore>> e : byCollection.entrySet()) {
            List<StampedScore> c = e.getValue();
            double r = weighted(c, StampedScore::chars, StampedScore::registreCer);
            double t = weighted(c, StampedScore::chars, StampedScore::tesseractCer);
            md.append(String.format(Locale.ROOT, "| %s | %d | %.2f%% | %.2f%% | %.2f | %d |%n", e.getKey(), c.size(),
                    100 * r, 100 * t, ratio(r, t), c.stream().filter(s -> s.registreCer() > s.tesseractCer() + 0.001).count()));
        }
        md.append('\n');
        for (StampedScore s : scores) {
            if (s.registreCer() > s.tesseractCer() + 0.001) {
                md.append(String.format(Locale.ROOT, "- worse: %s/%s (%d characters): %.2f%% against %.2f%% (+%.2f points)%n",
                        s.collection(), s.page(), s.chars(), 100 * s.registreCer(), 100 * s.tesseractCer(),
                        100 * (s.registreCer() - s.tesseractCer())));
            }
        }
        return md.toString();
    }

    /** {@code tesseract IMAGE OUT -l fra}, as a user runs it. */
    private ToolRun.Cost tesseract(Path image, Path out) throws IOException, InterruptedException {
        return ToolRun.run(List.of("tesseract", image.toAbsolutePath().toString(), out.toAbsolutePath().toString(), "-l", "fra"),
                work.toAbsolutePath());
    }

    /**
     * The corrected text with its line-end hyphenations left as printed: the ground truth keeps them,
     * so this is what the word corrections alone do to the error rate.
     */
    private static String asPrinted(CorrectedText corrected) {
        return CorrectedText.apply(corrected.raw(), corrected.corrections().stream()
                .filter(c -> !c.rule().equals(HyphenationRule.NAME)).toList(), List.of()).text();
    }

    static String markdown(List<PageScore> scores) {
        StringBuilder md = new StringBuilder("\n## real scans\n\n");
        md.append("Pages of `").append("real-scans").append("`, one at a time on one core. CER ratio below 1: registre "
                + "makes fewer errors than Tesseract alone on the same image.\n\n");
        md.append("`corrected`: the text users get (words corrected, line-end hyphenations joined); `lines kept`: the same "
                + "with the hyphenations left at the line ends, as the ground truth transcribes them.\n\n");
        md.append("| collection | page | chars | registre CER | corrected | lines kept | tesseract CER | registre WER | tesseract WER"
                + " | CER ratio | registre s | tesseract s |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Map<String, List<PageScore>> byCollection = new LinkedHashMap<>();
        for (PageScore s : scores) {
            byCollection.computeIfAbsent(s.collection(), k -> new ArrayList<>()).add(s);
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %.2f%% | %.2f%% | %.2f%% | %.2f%% | %.2f%% | %.2f%% | %.2f | %.1f | %.1f |%n",
                    s.collection(), s.page(), s.chars(), 100 * s.registreCer(), 100 * s.correctedCer(),
                    100 * s.correctedLinesCer(), 100 * s.tesseractCer(), 100 * s.registreWer(), 100 * s.tesseractWer(),
                    ratio(s.registreCer(), s.tesseractCer()), s.registreSeconds(), s.tesseractSeconds()));
        }
        md.append("\n`fast model`: registre reading with the system's model (`--ocr-model fast`, Debian's tessdata_fast) instead of"
                + " the tessdata_best model it ships.\n");
        md.append("\n| collection | pages | registre CER | corrected | lines kept | fast model CER | tesseract CER | CER ratio"
                + " | registre s/page | fast model s/page | tesseract s/page |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        byCollection.put("all", scores);
        for (Map.Entry<String, List<PageScore>> e : byCollection.entrySet()) {
            List<PageScore> c = e.getValue();
            double r = weighted(c, PageScore::registreCer);
            double t = weighted(c, PageScore::tesseractCer);
            md.append(String.format(Locale.ROOT, "| %s | %d | %.2f%% | %.2f%% | %.2f%% | %.2f%% | %.2f%% | %.2f | %.2f | %.2f | %.2f |%n",
                    e.getKey(), c.size(), 100 * r, 100 * weighted(c, PageScore::correctedCer), 100 * weighted(c, PageScore::correctedLinesCer),
                    100 * weighted(c, PageScore::fastModelCer), 100 * t, ratio(r, t),
                    c.stream().mapToDouble(PageScore::registreSeconds).average().orElse(0),
                    c.stream().mapToDouble(PageScore::fastModelSeconds).average().orElse(0),
                    c.stream().mapToDouble(PageScore::tesseractSeconds).average().orElse(0)));
        }
        List<PageScore> worse = scores.stream().filter(s -> s.registreCer() > s.tesseractCer() + 0.001).toList();
        md.append("\nPages where registre is worse than Tesseract alone: ").append(worse.isEmpty() ? "none" : "").append('\n');
        for (PageScore s : worse) {
            md.append(String.format(Locale.ROOT, "- %s/%s: %.2f%% against %.2f%% (+%.2f points)%n", s.collection(), s.page(),
                    100 * s.registreCer(), 100 * s.tesseractCer(), 100 * (s.registreCer() - s.tesseractCer())));
        }
        return md.toString();
    }

    /** Character-weighted mean. */
    private static double weighted(List<PageScore> scores, ToDoubleFunction<PageScore> f) {
        return weighted(scores, PageScore::chars, f);
    }

    private static <T> double weighted(List<T> scores, ToIntFunction<T> chars, ToDoubleFunction<T> f) {
        double all = scores.stream().mapToInt(chars).sum();
        return scores.stream().mapToDouble(s -> f.applyAsDouble(s) * chars.applyAsInt(s)).sum() / all;
    }

    private static double ratio(double a, double b) {
        return b == 0 ? (a == 0 ? 1 : Double.POSITIVE_INFINITY) : a / b;
    }
}
