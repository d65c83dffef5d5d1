package fr.registre.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import fr.registre.model.PageMethod;

/**
 * The Markdown summary of a batch ({@code report.md}): documents and pages, text layer against OCR,
 * OCR confidence, corrections by rule, names tagged, failures with their reasons, and the pages most
 * worth a human look.
 */
public final class BatchReport {

    /** The report's file name in the output directory. */
    public static final String FILE_NAME = "report.md";

    /** How many low-confidence pages the report lists. */
    static final int WORST_PAGES = 15;

    private BatchReport() {
    }

    private record PageRef(DocumentRecord document, DocumentRecord.PageRecord page) {
    }

    static String markdown(RunResult result) {
        List<DocumentRecord> all = result.all();
        List<PageRef> pages = new ArrayList<>();
        all.forEach(d -> d.pages().forEach(p -> pages.add(new PageRef(d, p))));
        long ocr = count(pages, PageMethod.OCR);
        long textLayer = count(pages, PageMethod.TEXT_LAYER);
        long failedPages = count(pages, PageMethod.FAILED);
        long damagedPages = pages.stream().filter(p -> p.page().error() != null).count() - failedPages;
        double confidence = pages.stream().filter(p -> p.page().confidence() != null)
                .mapToDouble(p -> p.page().confidence()).average().orElse(Double.NaN);
        long processedPages = result.processed().stream().mapToLong(d -> d.pages().size()).sum();
        double minutes = result.elapsed().toMillis() / 60_000.0;

        StringBuilder md = new StringBuilder("# Batch report\n\n");
        md.append("| | |\n|---|---:|\n");
        row(md, "documents", all.size());
        row(md, "done", all.stream().filter(d -> d.status() == DocumentOutcome.Status.DONE).count());
        row(md, "partial (some pages failed or damaged, or the file is)", all.stream().filter(d -> d.status() == DocumentOutcome.Status.PARTIAL).count());
        row(md, "failed", all.stream().filter(d -> d.status() == DocumentOutcome.Status.FAILED).count());
        row(md, "processed by this run", result.processed().size());
        row(md, "left as an earlier run finished them", result.skipped().size());
        row(md, "pages", pages.size());
        row(md, "pages read from the text layer", textLayer);
        row(md, "pages OCR'd", ocr);
        row(md, "pages failed", failedPages);
        row(md, "pages damaged (read in part)", damagedPages);
        md.append(String.format(Locale.ROOT, "| mean OCR confidence | %s |%n",
                Double.isNaN(confidence) ? "-" : String.format(Locale.ROOT, "%.3f", confidence)));
        row(md, "persons tagged", all.stream().mapToLong(DocumentRecord::persons).sum());
        row(md, "organisations tagged", all.stream().mapToLong(DocumentRecord::organizations).sum());
        md.append(String.format(Locale.ROOT, "| this run | %d pages in %.1f min (%.1f pages/min) |%n", processedPages,
                minutes, minutes > 0 ? processedPages / minutes : 0));

        Map<String, Integer> rules = new TreeMap<>();
        all.forEach(d -> d.corrections().forEach((rule, n) -> rules.merge(rule, n, Integer::sum)));
        md.append("\n## Corrections applied, by rule\n\n");
        if (rules.isEmpty()) {
            md.append("None.\n");
        } else {
            md.append("| rule | corrections |\n|---|---:|\n");
            rules.forEach((rule, n) -> md.append("| ").append(rule).append(" | ").append(n).append(" |\n"));
        }

        List<DocumentRecord> failures = all.stream().filter(DocumentRecord::isFailure).toList();
        if (!failures.isEmpty()) {
            md.append("\n## Failures\n\n| input | status | reason |\n|---|---|---|\n");
            failures.forEach(d -> md.append("| ").append(cell(d.source())).append(" | ")
                    .append(d.status().name().toLowerCase(Locale.ROOT)).append(" | ").append(cell(d.error())).append(" |\n"));
        }

        List<PageRef> worst = pages.stream().filter(p -> p.page().confidence() != null)
                .sorted(Comparator.comparingDouble((PageRef p) -> p.page().confidence())).limit(WORST_PAGES).toList();
        if (!worst.isEmpty()) {
            md.append("\n## Pages to review (lowest OCR confidence)\n\n| input | page | confidence |\n|---|---:|---:|\n");
            worst.forEach(p -> md.append(String.format(Locale.ROOT, "| %s | %d | %.3f |%n",
                    cell(p.document().source()), p.page().number(), p.page().confidence())));
        }
        return md.toString();
    }

    private static long count(List<PageRef> pages, PageMethod method) {
        return pages.stream().filter(p -> p.page().method().equals(method.label())).count();
    }

    private static void row(StringBuilder md, String label, long value) {
        md.append("| ").append(label).append(" | ").append(value).append(" |\n");
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace('\n', ' ');
    }
}
