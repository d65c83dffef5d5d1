package fr.registre.bench;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Character and word error rates: edit distance between a hypothesis and the reference, divided by
 * the reference length. Both texts are compared after the same normalisation (that of the real-scan
 * ground truth): NFKC, typographic apostrophes, quotes and dashes to their ASCII forms, runs of dots
 * to "...", runs of white space (line and page breaks included) to one space, since layout and
 * typography are not recognition errors.
 */
public final class ErrorRate {

    private ErrorRate() {
    }

    /** Normalises a text for comparison. */
    public static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('’', '\'').replace('‘', '\'').replace('`', '\'')
                .replace('“', '"').replace('”', '"').replaceAll("[‐‑‒–—―−]", "-")
                .replaceAll("\\.{2,}|…", "...")
                .replaceAll("\\s+", " ").strip();
    }

    /** Character error rate of {@code hypothesis} against {@code reference}. */
    public static double cer(String reference, String hypothesis) {
        int[] ref = normalise(reference).codePoints().toArray();
        int[] hyp = normalise(hypothesis).codePoints().toArray();
        return ref.length == 0 ? (hyp.length == 0 ? 0 : 1) : (double) distance(ref, hyp) / ref.length;
    }

    /** Word error rate of {@code hypothesis} against {@code reference}. */
    public static double wer(String reference, String hypothesis) {
        String[] refWords = split(reference);
        String[] hypWords = split(hypothesis);
        int[] ref = intern(refWords, refWords, hypWords);
        int[] hyp = intern(hypWords, refWords, hypWords);
        return ref.length == 0 ? (hyp.length == 0 ? 0 : 1) : (double) distance(ref, hyp) / ref.length;
    }

    private static String[] split(String text) {
        String n = normalise(text);
        return n.isEmpty() ? new String[0] : n.split(" ");
    }

    /** Maps words to integers shared by both sides, so the same edit distance serves words. */
    private static int[] intern(String[] words, String[] a, String[] b) {
        java.util.Map<String, Integer> ids = new java.util.HashMap<>();
        for (String w : a) {
            ids.putIfAbsent(w, ids.size());
        }
        for (String w : b) {
            ids.putIfAbsent(w, ids.size());
        }
        return Arrays.stream(words).mapToInt(ids::get).toArray();
    }

    /** Levenshtein distance in two rows. */
    static int distance(int[] a, int[] b) {
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            cur[0] = i;
            int ai = a[i - 1];
            for (int j = 1; j <= b.length; j++) {
                int cost = ai == b[j - 1] ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length];
    }
}
