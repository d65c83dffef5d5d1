package fr.registre.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

import fr.registre.model.Box;
import fr.registre.model.TextBlock;
import fr.registre.model.TextLine;
import fr.registre.model.Word;

/**
 * Combines two readings of the same page word by word, as OCR systems are combined by voting: lines
 * are paired by position, the words of paired lines aligned by edit distance, and where the readings
 * disagree the word the recogniser was surer of (a dictionary word counting a little more) is kept.
 * A word or a line that only one reading has is kept when it is confident, so a paragraph one
 * binarisation lost comes back and specks read as letters do not. The result has the first
 * reading's geometry. Stateless.
 */
final class ReadingMerger {

    /** A word only one reading has is kept at this quality. */
    private static final double LONE_WORD = 0.75;
    /** A line only the first reading has is kept at this mean confidence: specks read as a line are not. */
    private static final double LONE_OWN_LINE = 0.60;
    /** A line only the second reading has is kept at this mean confidence. */
    private static final double LONE_LINE = 0.80;
    /** What a dictionary word adds to its confidence when two readings disagree. */
    private static final double KNOWN_BONUS = 0.08;

    private final Readability readability;

    ReadingMerger(Readability readability) {
        this.readability = readability;
    }

    /**
     * @param first   the reading whose geometry the result keeps
     * @param second  another reading of the same page
     * @param toFirst maps a box of the second reading's image into the first's
     */
    OcrResult merge(OcrResult first, OcrResult second, UnaryOperator<Box> toFirst) {
        List<TextLine> others = new ArrayList<>();
        for (TextBlock b : second.blocks()) {
            for (TextLine l : b.lines()) {
                others.add(new TextLine(toFirst.apply(l.box()), l.words().stream()
                        .map(w -> new Word(w.text(), toFirst.apply(w.box()), w.confidence())).toList()));
            }
        }
        List<TextLine> own = first.blocks().stream().flatMap(b -> b.lines().stream()).toList();
        int[] partner = pair(own, others);
        boolean[] used = new boolean[others.size()];
        List<TextBlock> blocks = new ArrayList<>();
        int index = 0;
        for (TextBlock block : first.blocks()) {
            List<TextLine> lines = new ArrayList<>();
            for (TextLine line : block.lines()) {
                int match = partner[index++];
                if (match < 0) {
                    if (meanConfidence(line) >= LONE_OWN_LINE) {
                        lines.add(line);
                    }
                } else {
                    used[match] = true;
                    lines.add(new TextLine(line.box(), vote(line.words(), others.get(match).words())));
                }
            }
            blocks.add(new TextBlock(block.box(), lines));
        }
        for (int i = 0; i < others.size(); i++) {
            TextLine lone = others.get(i);
            // only where the first reading has nothing: a region it missed, not another cut of its lines
            if (!used[i] && meanConfidence(lone) >= LONE_LINE
                    && own.stream().noneMatch(l -> overlaps(l.box(), lone.box(), 0.3, 0.1))) {
                insert(blocks, lone);
            }
        }
        // lines every word of which was voted out go, and blocks left without lines
        List<TextBlock> clean = blocks.stream().map(b -> new TextBlock(b.box(),
                b.lines().stream().filter(l -> !l.words().isEmpty()).toList())).filter(b -> !b.lines().isEmpty()).toList();
        return new OcrResult(OcrText.of(clean), OcrText.confidence(clean), clean);
    }

    /**
     * Pairs lines of the two readings that lie on the same text line, most overlapping first:
     * for each line of {@code own}, the index of its partner in {@code others}, or -1.
     */
    private static int[] pair(List<TextLine> own, List<TextLine> others) {
        List<double[]> candidates = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            for (int j = 0; j < others.size(); j++) {
                Box a = own.get(i).box();
                Box b = others.get(j).box();
                if (overlaps(a, b, 0.5, 0.3)) {
                    // the share of their union, so that a speck line inside a text line does not win it
                    double union = Math.max(a.bottom(), b.bottom()) - Math.min(a.y(), b.y());
                    candidates.add(new double[] {overlap(a.y(), a.bottom(), b.y(), b.bottom()) / Math.max(1, union), i, j});
                }
            }
        }
        candidates.sort((x, y) -> Double.compare(y[0], x[0]));
        int[] partner = new int[own.size()];
        Arrays.fill(partner, -1);
        boolean[] taken = new boolean[others.size()];
        for (double[] c : candidates) {
            int i = (int) c[1];
            int j = (int) c[2];
            if (partner[i] < 0 && !taken[j]) {
                partner[i] = j;
                taken[j] = true;
            }
        }
        return partner;
    }

    /** Two lines on the same text line: they overlap by these shares of the smaller height and width. */
    private static boolean overlaps(Box a, Box b, double vertical, double horizontal) {
        return a != null && b != null && verticalOverlap(a, b) >= vertical
                && overlap(a.x(), a.right(), b.x(), b.right()) / Math.max(1, Math.min(a.width(), b.width())) >= horizontal;
    }

    private static double verticalOverlap(Box a, Box b) {
        return overlap(a.y(), a.bottom(), b.y(), b.bottom()) / Math.max(1, Math.min(a.height(), b.height()));
    }

    private static double overlap(int from1, int to1, int from2, int to2) {
        return Math.max(0, Math.min(to1, to2) - Math.max(from1, from2));
    }

    /** Aligns two word sequences by edit distance and keeps, at each place, the better word. */
    private List<Word> vote(List<Word> a, List<Word> b) {
        int n = a.size();
        int m = b.size();
        int[][] cost = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            cost[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            cost[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int same = a.get(i - 1).text().equals(b.get(j - 1).text()) ? 0 : 1;
                cost[i][j] = Math.min(cost[i - 1][j - 1] + same, Math.min(cost[i - 1][j], cost[i][j - 1]) + 1);
            }
        }
        List<Word> out = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && cost[i][j] == cost[i - 1][j - 1] + (a.get(i - 1).text().equals(b.get(j - 1).text()) ? 0 : 1)) {
                out.add(better(a.get(i - 1), b.get(j - 1)));
                i--;
                j--;
            } else if (i > 0 && cost[i][j] == cost[i - 1][j] + 1) {
                keepIfConfident(a.get(--i), out);
            } else {
                keepIfConfident(b.get(--j), out);
            }
        }
        Collections.reverse(out);
        return out;
    }

    private Word better(Word a, Word b) {
        if (a.text().equals(b.text())) {
            return a.confidence() >= b.confidence() ? a : new Word(a.text(), a.box(), b.confidence());
        }
        return quality(b) > quality(a) ? b : a;
    }

    private void keepIfConfident(Word w, List<Word> out) {
        if (quality(w) >= LONE_WORD) {
            out.add(w);
        }
    }

    private double quality(Word w) {
        return w.confidence() + (readability.isKnown(w.text()) ? KNOWN_BONUS : 0);
    }

    private static double meanConfidence(TextLine line) {
        return line.words().stream().mapToDouble(Word::confidence).average().orElse(0);
    }

    /** Puts a line in a block of its own, before the first block that starts below it. */
    private static void insert(List<TextBlock> blocks, TextLine line) {
        int at = 0;
        while (at < blocks.size() && blocks.get(at).box() != null && blocks.get(at).box().y() <= line.box().y()) {
            at++;
        }
        blocks.add(at, new TextBlock(line.box(), List.of(line)));
    }
}
