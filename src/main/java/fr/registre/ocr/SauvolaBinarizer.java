package fr.registre.ocr;

/**
 * Sauvola's adaptive threshold: each pixel is compared with {@code m · (1 + k · (s / R − 1))},
 * where m and s are the mean and standard deviation of its neighbourhood. Unlike a global Otsu
 * threshold it keeps faint text on stained, shadowed or low-contrast paper. Window sums are kept
 * with running column sums, so memory is two rows of integers, not an integral image of the page
 * (a column holds one window's height of pixels: its sum of squares fits an int up to a radius of 100).
 */
public final class SauvolaBinarizer {

    /** Dynamic range of the standard deviation for 8-bit images. */
    private static final double R = 128.0;

    private final int radius;
    private final double k;

    /**
     * @param radius half the window side in pixels, at most 100
     * @param k      sensitivity, above 0; lower keeps fainter strokes
     */
    public SauvolaBinarizer(int radius, double k) {
        if (radius < 1 || radius > 100) {
            throw new IllegalArgumentException("radius must be between 1 and 100");
        }
        if (!(k > 0)) {
            throw new IllegalArgumentException("k must be positive");
        }
        this.radius = radius;
        this.k = k;
    }

    /** The usual setting at a given resolution: a window about a sixth of an inch wide. */
    public static SauvolaBinarizer forDpi(int dpi, double k) {
        return new SauvolaBinarizer(Math.min(100, Math.max(4, dpi / 12)), k);
    }

    public GrayImage binarize(GrayImage image) {
        int w = image.width();
        int h = image.height();
        byte[] in = image.pixels();
        byte[] out = new byte[w * h];
        int[] colSum = new int[w];
        int[] colSq = new int[w];
        // 1 / window width at each column (narrower at the edges), so that no pixel divides
        double[] perColumns = new double[w];
        for (int x = 0; x < w; x++) {
            perColumns[x] = 1.0 / (Math.min(w - 1, x + radius) - Math.max(0, x - radius) + 1);
        }
        // v <= m (1 + k (s / R - 1))  <=>  v - m (1 - k) <= m k s / R, whose right side is never
        // negative for k > 0: compared squared, with the variance, no pixel takes a square root.
        double below = 1 - k;
        double spread = k / R;
        // Prime the columns with rows [0, radius].
        for (int y = 0; y <= Math.min(radius, h - 1); y++) {
            addRow(in, y * w, colSum, colSq);
        }
        for (int y = 0; y < h; y++) {
            int top = Math.max(0, y - radius);
            int bottom = Math.min(h - 1, y + radius);
            double perRows = 1.0 / (bottom - top + 1);
            long sum = 0;
            long sq = 0;
            for (int x = 0; x <= Math.min(radius, w - 1); x++) {
                sum += colSum[x];
                sq += colSq[x];
            }
            int offset = y * w;
            for (int x = 0; x < w; x++) {
                double perPixel = perRows * perColumns[x];
                double mean = sum * perPixel;
                double excess = (in[offset + x] & 0xFF) - mean * below;
                boolean ink = excess <= 0;
                if (!ink) {
                    double variance = sq * perPixel - mean * mean;
                    double reach = mean * spread;
                    ink = variance > 0 && excess * excess <= reach * reach * variance;
                }
                out[offset + x] = ink ? (byte) GrayImage.BLACK : (byte) GrayImage.WHITE;
                // Slide the window one column right.
                if (x + radius + 1 < w) {
                    sum += colSum[x + radius + 1];
                    sq += colSq[x + radius + 1];
                }
                if (x - radius >= 0) {
                    sum -= colSum[x - radius];
                    sq -= colSq[x - radius];
                }
            }
            // Slide the window one row down.
            if (y + radius + 1 < h) {
                addRow(in, (y + radius + 1) * w, colSum, colSq);
            }
            if (y - radius >= 0) {
                removeRow(in, (y - radius) * w, colSum, colSq);
            }
        }
        return new GrayImage(out, w, h);
    }

    private static void addRow(byte[] in, int offset, int[] colSum, int[] colSq) {
        for (int x = 0; x < colSum.length; x++) {
            int v = in[offset + x] & 0xFF;
            colSum[x] += v;
            colSq[x] += v * v;
        }
    }

    private static void removeRow(byte[] in, int offset, int[] colSum, int[] colSq) {
        for (int x = 0; x < colSum.length; x++) {
            int v = in[offset + x] & 0xFF;
            colSum[x] -= v;
            colSq[x] -= v * v;
        }
    }
}
