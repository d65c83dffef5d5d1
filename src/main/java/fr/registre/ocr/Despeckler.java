package fr.registre.ocr;

import java.util.Arrays;

/**
 * Removes specks: scanner dust and photocopy noise that otherwise become stray commas, quotes and
 * dots in the text. Tiny components go whatever their surroundings; somewhat larger ones go only
 * when no other ink lies within about a line height: punctuation, i-dots and accents (and the
 * French spaced colon, or a dash between names) always sit near letters, while the dust that
 * Tesseract turns into whole lines of garbage lies in margins and blank gaps.
 */
public final class Despeckler {

    private static final byte UNVISITED = GrayImage.BLACK;
    private static final byte VISITED = 1;
    private static final byte CURRENT = 2;

    private final int alwaysArea;
    private final int isolatedArea;
    private final int isolation;

    /**
     * @param alwaysArea   components of at most this many pixels are always erased
     * @param isolatedArea components of at most this many pixels are erased when isolated
     * @param isolation    distance in pixels within which other ink makes a component not isolated
     */
    public Despeckler(int alwaysArea, int isolatedArea, int isolation) {
        this.alwaysArea = alwaysArea;
        this.isolatedArea = Math.max(alwaysArea, isolatedArea);
        this.isolation = isolation;
    }

    /** Sizes scaled from 300 dpi: 3 px always, 40 px when 30 px away from any other ink. */
    public static Despeckler forDpi(int dpi) {
        double scale = dpi / 300.0;
        return new Despeckler(Math.max(1, (int) Math.round(3 * scale * scale)),
                (int) Math.round(40 * scale * scale), Math.max(2, (int) Math.round(30 * scale)));
    }

    /** Returns a copy of the binary image without specks. */
    public GrayImage clean(GrayImage binary) {
        int w = binary.width();
        int h = binary.height();
        byte[] px = binary.pixels().clone();
        int[] stack = new int[1024];
        int[] component = new int[isolatedArea + 1];
        for (int start = 0; start < px.length; start++) {
            if (px[start] != UNVISITED) {
                continue;
            }
            int size = 0;
            int top = 0;
            stack[top++] = start;
            px[start] = VISITED;
            while (top > 0) {
                int p = stack[--top];
                if (size <= isolatedArea) {
                    component[size] = p;
                }
                size++;
                int x = p % w;
                int y = p / w;
                for (int ny = Math.max(0, y - 1); ny <= Math.min(h - 1, y + 1); ny++) {
                    for (int nx = Math.max(0, x - 1); nx <= Math.min(w - 1, x + 1); nx++) {
                        int q = ny * w + nx;
                        if (px[q] == UNVISITED) {
                            px[q] = VISITED;
                            if (top == stack.length) {
                                stack = Arrays.copyOf(stack, stack.length * 2);
                            }
                            stack[top++] = q;
                        }
                    }
                }
            }
            if (size <= alwaysArea || (size <= isolatedArea && isolated(px, w, h, component, size))) {
                for (int i = 0; i < size; i++) {
                    px[component[i]] = (byte) GrayImage.WHITE;
                }
            }
        }
        for (int i = 0; i < px.length; i++) {
            if (px[i] == VISITED) {
                px[i] = GrayImage.BLACK;
            }
        }
        return new GrayImage(px, w, h);
    }

    /** True when no ink other than the component lies within the isolation distance of its box. */
    private boolean isolated(byte[] px, int w, int h, int[] component, int size) {
        int minX = w;
        int minY = h;
        int maxX = 0;
        int maxY = 0;
        for (int i = 0; i < size; i++) {
            int x = component[i] % w;
            int y = component[i] / w;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
            px[component[i]] = CURRENT;
        }
        boolean alone = true;
        search:
        for (int y = Math.max(0, minY - isolation); y <= Math.min(h - 1, maxY + isolation); y++) {
            for (int x = Math.max(0, minX - isolation); x <= Math.min(w - 1, maxX + isolation); x++) {
                byte v = px[y * w + x];
                if (v == UNVISITED || v == VISITED) {
                    alone = false;
                    break search;
                }
            }
        }
        for (int i = 0; i < size; i++) {
            px[component[i]] = VISITED;
        }
        return alone;
    }
}
