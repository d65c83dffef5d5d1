package fr.registre.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import fr.registre.ingest.InputFile;
import fr.registre.model.IngestedDocument;
import fr.registre.model.PageMethod;
import fr.registre.pipeline.DocumentOutcome;
import fr.registre.pipeline.RunListener;

/**
 * What a user sees of an ingest run: one line per input as it finishes (errors on stderr) and, on
 * a terminal, a progress bar kept under them (documents, pages, pages per minute, time left).
 */
final class BatchProgress implements RunListener {

    private static final int BAR_WIDTH = 24;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean bar;
    private final boolean quiet;
    private final long start = System.nanoTime();
    private final AtomicInteger pages = new AtomicInteger();
    private final AtomicInteger documents = new AtomicInteger();
    private volatile int total;
    private long lastDraw;

    /** @param quiet only errors: no line per finished input, no bar */
    BatchProgress(PrintStream out, PrintStream err, boolean terminal, boolean quiet) {
        this.out = out;
        this.err = err;
        this.bar = terminal && !quiet;
        this.quiet = quiet;
    }

    /** A display with a bar when the process runs on a terminal and is not asked to be quiet. */
    static BatchProgress onConsole(Invocation call) {
        return new BatchProgress(call.out(), call.err(), System.console() != null && !"dumb".equals(System.getenv("TERM")),
                call.quiet());
    }

    @Override
    public void started(int inputs) {
        total = inputs;
    }

    @Override
    public synchronized void pageFinished(InputFile input, int number) {
        pages.incrementAndGet();
        if (bar && System.nanoTime() - lastDraw > REDRAW_NANOS) {
            draw();
        }
    }

    @Override
    public synchronized void finished(DocumentOutcome o) {
        documents.incrementAndGet();
        if (bar) {
            err.print("\r\033[K");
        }
        String source = o.input().path().toString();
        if (o.status() == DocumentOutcome.Status.FAILED) {
            err.println("error   " + source + ": " + o.error());
        } else {
            if (!quiet) {
                out.println(line(o, source));
            }
            if (o.error() != null) {
                err.println("error   " + source + ": " + o.error());
            }
        }
        out.flush();
        if (bar) {
            draw();
        }
    }

    /** Clears the bar before the final summary. */
    synchronized void done() {
        if (bar) {
            err.print("\r\033[K");
            err.flush();
        }
    }

    private static String line(DocumentOutcome o, String source) {
        IngestedDocument d = o.document();
        long ocr = d.pages().stream().filter(p -> p.method() == PageMethod.OCR).count();
        long text = d.pages().stream().filter(p -> p.method() == PageMethod.TEXT_LAYER).count();
        double conf = d.pages().stream().filter(p -> p.confidence() != null)
                .mapToDouble(p -> p.confidence()).average().orElse(Double.NaN);
        return String.format(Locale.ROOT, "%-7s %s  %d pages (%d text layer, %d OCR%s)  %.1f s",
                o.status() == DocumentOutcome.Status.DONE ? "ok" : "partial", source, d.pages().size(), text, ocr,
                Double.isNaN(conf) ? "" : String.format(Locale.ROOT, ", confidence %.2f", conf),
                o.elapsed().toMillis() / 1000.0);
    }

    private void draw() {
        lastDraw = System.nanoTime();
        double minutes = (lastDraw - start) / 60e9;
        int done = documents.get();
        int filled = total == 0 ? BAR_WIDTH : BAR_WIDTH * done / total;
        String eta = done == 0 ? "?" : duration(minutes * (total - done) / done);
        err.printf(Locale.ROOT, "\r\033[K[%s%s] %d/%d documents  %d pages  %.1f pages/min  ETA %s",
                "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), done, total, pages.get(),
                minutes > 0 ? pages.get() / minutes : 0.0, eta);
        err.flush();
    }

    private static String duration(double minutes) {
        long seconds = Math.round(minutes * 60);
        return seconds >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60)
                : String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
    }
}
