package fr.registre.ocr;

import java.util.Arrays;

/**
 * How large the text of a page is in pixels, measured on the page itself: the median height of
 * letter-sized ink components. It gives the resolution when the file does not (a JPEG saying
 * 1×1 dpi, a scan with no density at all), and tells when text is too small for the recogniser.
 *
 * @param letterHeight median letter height in pixels, 0 when no letters were found
 */
public record TextScale(double letterHeight) {

    /** Median letter height of ordinary 10–12 pt text scanned at 300 dpi. */
    static final double HEIGHT_AT_300_DPI = 28;

    /**
     * Measures a binary page (ink {@link GrayImage#BLACK}). Components too small to be letters
     * (specks) or too large (rules, stamps, pictures) are left out.
     */
    public static TextScale measure(GrayImage binary) {
        int w = binary.width();
        int h = binary.height();
        byte[] px = binary.pixels().clone();
        int[] heights = new int[1024];
        int count = 0;
        int[] stack = new int[4096];
        final byte seen = 1;
        for (int start = 0; start < px.length; start++) {
            if (px[start] != (byte) GrayImage.BLACK) {
                continue;
            }
            int top = 0;
            stack[top++] = start;
            px[start] = seen;
            int minX = Integer.MAX_VALUE;
            int maxX = -1;
            int minY = Integer.MAX_VALUE;
            int maxY = -1;
            int area = 0;
            while (top > 0) {
                int p = stack[--top];
                int x = p % w;
                int y = p / w;
                area++;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
                if (top + 4 >= stack.length) {
                    stack = Arrays.copyOf(stack, stack.length * 2);
                }
                if (x > 0 && px[p - 1] == (byte) GrayImage.BLACK) {
                    px[p - 1] = seen;
                    stack[top++] = p - 1;
                }
                if (x + 1 < w && px[p + 1] == (byte) GrayImage.BLACK) {
                    px[p + 1] = seen;
                    stack[top++] = p + 1;
                }
                if (y > 0 && px[p - w] == (byte) GrayImage.BLACK) {
                    px[p - w] = seen;
                    stack[top++] = p - w;
                }
                if (y + 1 < h && px[p + w] == (byte) GrayImage.BLACK) {
                    px[p + w] = seen;
                    stack[top++] = p + w;
                }
            }
            int cw = maxX - minX + 1;
            int ch = maxY - minY + 1;
            // letters: a few pixels to a fraction of an inch, not much wider than tall, some ink
            if (ch >= 6 && ch <= 250 && cw >= 2 && cw <= 2 * ch && area >= 12 && area * 10 >= cw * ch) {
                if (count == heights.length) {
                    heights = Arrays.copyOf(heights, count * 2);
                }
                heights[count++] = ch;
            }
        }
        if (count < 50) {
            return new TextScale(0);
        }
        Arrays.sort(heights, 0, count);
        return new TextScale(heights[count / 2]);
    }

    /** True when enough letters were found to say anything. */
    public boolean measured() {
        return letterHeight > 0;
    }

    /** The resolution at which this text would be ordinary 10–12 pt print. */
    public int impliedDpi() {
        return (int) Math.round(300 * letterHeight / HEIGHT_AT_300_DPI);
    }

    /**
     * The resolution to assume for a page whose file does not give it: {@code usual} unless the
     * letters say otherwise by more than the spread of ordinary type sizes (a quarter), since
     * letter height alone cannot tell 11 pt at 300 dpi from 12 pt at 275.
     */
    public int resolution(int usual) {
        int implied = impliedDpi();
        return implied < usual * 0.8 || implied > usual * 1.25 ? Math.max(70, implied) : usual;
    }
}
