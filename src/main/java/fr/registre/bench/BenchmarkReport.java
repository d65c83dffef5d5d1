package fr.registre.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import fr.registre.ocr.TesseractEngine;

/** Renders benchmark results as Markdown, with ratios against registre. */
final class BenchmarkReport {

    private BenchmarkReport() {
    }

    static String markdown(List<Benchmark.Sample> samples, List<Benchmark.Result> results) {
        StringBuilder md = new StringBuilder();
        md.append("# registre OCR benchmark\n\n");
        md.append(String.format(Locale.ROOT, "%s, %d cores, Java %s, Tesseract %s. Every tool on one core "
                        + "(OMP_THREAD_LIMIT=1, --jobs 1), whole command lines timed.%n%n",
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                TesseractEngine.version()));
        md.append("Samples: ");
        md.append(String.join(", ", samples.stream().map(s -> s.file().getFileName() + " (" + s.group() + ", "
                + Benchmark.pages(s) + " p.)").toList()));
        md.append("\n\nCER/WER: character/word error rate against the ground truth (white space and quote style "
                + "normalised). Ratios are registre's figure divided by the tool's: below 1 means registre "
                + "has fewer errors; speed ratio is registre's pages per minute over the tool's.\n");
        for (String group : List.of("clean", "degraded", "text-layer")) {
            List<Benchmark.Result> rows = results.stream().filter(r -> r.group().equals(group)).toList();
            if (rows.isEmpty()) {
                continue;
            }
            Optional<Benchmark.Result> ours = rows.stream().filter(r -> r.tool().equals("registre")).findFirst();
            md.append("\n## ").append(group).append("\n\n");
            md.append("| tool | pages | CER | WER | pages/min | peak RSS | CER ratio | speed ratio |\n");
            md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
            for (Benchmark.Result r : rows) {
                md.append(String.format(Locale.ROOT, "| %s | %d | %.2f%% | %.2f%% | %.1f | %s | %s | %s |%n",
                        r.tool(), r.pages(), 100 * r.cer(), 100 * r.wer(), r.pagesPerMinute(), memory(r.cost().peakKb()),
                        ours.map(o -> ratio(o.cer(), r.cer())).orElse("-"),
                        ours.map(o -> ratio(o.pagesPerMinute(), r.pagesPerMinute())).orElse("-")));
            }
        }
        return md.toString();
    }

    private static String memory(long kb) {
        return kb < 0 ? "n/a" : String.format(Locale.ROOT, "%d MB", kb / 1024);
    }

    private static String ratio(double a, double b) {
        return b == 0 ? "-" : String.format(Locale.ROOT, "%.2f", a / b);
    }
}
