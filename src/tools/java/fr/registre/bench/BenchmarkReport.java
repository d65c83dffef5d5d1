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

    static String markdown(List<Benchmark.Sample> samples, List<Benchmark.Result> results, Benchmark.PageCpu pageCpu,
                           Benchmark.CorrectionSpeed correction) {
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
                + "has fewer errors; speed ratio is registre's pages per minute over the tool's. CPU s/page: "
                + "user and system time of the whole run (start-up included) per page. registre reads each group "
                + "in a run of its own; the bitonal group is the clean pages at " + BitonalScans.DPI + " dpi in "
                + "black and white (CCITT G4 in a PDF, as fax, microfilm and old archive scanners give them).\n");
        for (String group : Benchmark.GROUPS) {
            List<Benchmark.Result> rows = results.stream().filter(r -> r.group().equals(group)).toList();
            if (rows.isEmpty()) {
                continue;
            }
            Optional<Benchmark.Result> ours = rows.stream().filter(r -> r.tool().equals("registre")).findFirst();
            md.append("\n## ").append(group).append("\n\n");
            md.append("| tool | pages | CER | WER | pages/min | CPU s/page | peak RSS | CER ratio | speed ratio |\n");
            md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (Benchmark.Result r : rows) {
                md.append(String.format(Locale.ROOT, "| %s | %d | %.2f%% | %.2f%% | %.1f | %s | %s | %s | %s |%n",
                        r.tool(), r.pages(), 100 * r.cer(), 100 * r.wer(), r.pagesPerMinute(),
                        r.cpuPerPage() < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", r.cpuPerPage()),
                        memory(r.cost().peakKb()),
                        ours.map(o -> ratio(o.cer(), r.cer())).orElse("-"),
                        ours.map(o -> ratio(o.pagesPerMinute(), r.pagesPerMinute())).orElse("-")));
            }
        }
        if (pageCpu != null) {
            md.append("\n## CPU time of a clean page\n\n");
            md.append(String.format(Locale.ROOT, "registre, start-up aside (a run over %d copies of the clean pages "
                            + "less a run over %d, per extra page; searchable PDF and ALTO included): %.2f CPU s/page. "
                            + "pdftoppm + tesseract, text only: %.2f CPU s/page. Ratio %.2f.%n", pageCpu.many(), pageCpu.few(),
                    pageCpu.registre(), pageCpu.tesseract(), pageCpu.registre() / pageCpu.tesseract()));
        }
        Optional<Benchmark.Result> ocr = results.stream()
                .filter(r -> r.tool().equals("registre") && r.group().equals("degraded")).findFirst();
        md.append("\n## correction\n\n");
        md.append(String.format(Locale.ROOT, "The corrector handles %.0f words per second on one thread", correction.wordsPerSecond()));
        ocr.ifPresent(r -> md.append(String.format(Locale.ROOT, "; OCR produces about %.0f words per second per core "
                + "(%.1f pages/min), so correction costs %.1f%% of the OCR time",
                r.pagesPerMinute() / 60 * wordsPerPage(samples, correction), r.pagesPerMinute(),
                100 * r.pagesPerMinute() / 60 * wordsPerPage(samples, correction) / correction.wordsPerSecond())));
        md.append(".\n");
        return md.toString();
    }

    private static double wordsPerPage(List<Benchmark.Sample> samples, Benchmark.CorrectionSpeed correction) {
        double pagesPerScan = samples.stream().filter(s -> !s.group().equals("text-layer"))
                .mapToInt(Benchmark::pages).average().orElse(1);
        return correction.wordsPerDocument() / pagesPerScan;
    }

    private static String memory(long kb) {
        return kb < 0 ? "n/a" : String.format(Locale.ROOT, "%d MB", kb / 1024);
    }

    private static String ratio(double a, double b) {
        return b == 0 ? "-" : String.format(Locale.ROOT, "%.2f", a / b);
    }
}
