package fr.registre.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import fr.registre.correct.AccentIndex;
import fr.registre.correct.CorrectorOptions;
import fr.registre.correct.OcrCorrector;
import fr.registre.text.Lexicon;

/**
 * What a user waits for before work starts: the launcher's {@code extract} on one short text and on
 * every text of a folder in one call (JVM start included, best of three), the corrector's start-up
 * in this process, and the peak memory of {@code ingest} over the sample scans with two workers.
 */
public final class StartupBenchmark {

    private final Path launcher;
    private final Path texts;
    private final Path scans;
    private final Path work;

    /**
     * @param launcher the {@code registre} script, as a user runs it
     * @param texts    a folder of {@code .txt} files
     */
    public StartupBenchmark(Path launcher, Path texts, Path scans, Path work) {
        this.launcher = launcher.toAbsolutePath();
        this.texts = texts.toAbsolutePath();
        this.scans = scans.toAbsolutePath();
        this.work = work.toAbsolutePath();
    }

    public String run() throws IOException, InterruptedException {
        List<String> all;
        try (Stream<Path> files = Files.list(texts)) {
            all = files.filter(f -> f.toString().endsWith(".txt")).sorted().map(Path::toString).toList();
        }
        String shortest = all.stream().min((a, b) -> Long.compare(size(a), size(b))).orElseThrow();
        ToolRun.run(List.of(launcher.toString(), "--version"), work); // builds and dumps the class archive if needed
        double one = best(List.of(launcher.toString(), "extract", "-q", shortest));
        List<String> many = new ArrayList<>(List.of(launcher.toString(), "extract", "-q"));
        many.addAll(all);
        double batch = best(many);

        long start = System.nanoTime();
        Lexicon lexicon = Lexicon.load();
        new OcrCorrector(lexicon, AccentIndex.load(), CorrectorOptions.defaults());
        double corrector = (System.nanoTime() - start) / 1e9;

        Path out = ToolRun.emptyDirectory(work.resolve("startup-ingest"));
        ToolRun.Cost ingest = ToolRun.run(List.of(launcher.toString(), "ingest", scans.toString(), "--out", out.toString(),
                "--jobs", "2", "-q"), work);
        return String.format(Locale.ROOT, "%n## start-up%n%n| measure | value |%n|---|---:|%n"
                        + "| `registre extract` on one text (%d bytes), wall, JVM start included | %.2f s |%n"
                        + "| `registre extract` on the %d texts of `%s` in one call | %.2f s |%n"
                        + "| corrector start-up (lexicon and accent index loaded, rules built) | %.3f s |%n"
                        + "| peak RSS of `registre ingest %s --jobs 2` | %d MB |%n",
                size(shortest), one, all.size(), texts.getFileName(), batch, corrector, scans.getFileName(),
                ingest.peakKb() / 1024);
    }

    private double best(List<String> command) throws IOException, InterruptedException {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            best = Math.min(best, ToolRun.run(command, work).seconds());
        }
        return best;
    }

    private static long size(String file) {
        try {
            return Files.size(Path.of(file));
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
