package fr.registre.bench;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import fr.registre.nlp.EntityTagger;
import fr.registre.nlp.NameFinderModels;
import fr.registre.nlp.SentenceSplitter;
import fr.registre.text.Lexicon;
import fr.registre.nlp.TaggerOptions;

/**
 * How long tagging a long register takes: the bundled register texts laid end to end up to
 * {@link #PAGES} pages of {@link #CHARS_PER_PAGE} characters (a typed register page), tagged on one
 * thread, first with the model loading, then warm.
 */
public final class TaggingBenchmark {

    public static final int PAGES = 100;
    static final int CHARS_PER_PAGE = 2500;
    private static final List<String> TEXTS = List.of("bureau-2025", "bureau-2019", "territoire-2022", "convention-2016");

    private TaggingBenchmark() {
    }

    /** The Markdown section of the report. */
    public static String markdown() throws IOException {
        String register = register();
        long start = System.nanoTime();
        EntityTagger tagger = new EntityTagger(NameFinderModels.loadShipped(),
                new SentenceSplitter(SentenceSplitter.loadFrenchModel()), Lexicon.load(), TaggerOptions.defaults());
        int entities = tagger.tag(register).size();
        double cold = (System.nanoTime() - start) / 1e9;
        int rounds = 3;
        start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            tagger.tag(register);
        }
        double warm = (System.nanoTime() - start) / 1e9 / rounds;
        long words = register.split("\\s+").length;
        return String.format(Locale.ROOT, "%n## tagging%n%nA %d-page register (%d characters, %d words, %d names found) "
                        + "is tagged in %.1f s on one thread, %.1f s including the model loading "
                        + "(%.0f words per second warm).%n",
                PAGES, register.length(), words, entities, warm, cold, words / warm);
    }

    private static String register() throws IOException {
        StringBuilder out = new StringBuilder();
        while (out.length() < PAGES * CHARS_PER_PAGE) {
            for (String name : TEXTS) {
                out.append(ScanSet.text(name)).append("\n\n");
            }
        }
        return out.substring(0, PAGES * CHARS_PER_PAGE);
    }
}
