package fr.registre.ocr;

/**
 * Sauvola's adaptive threshold: each pixel is compared with {@code m · (1 + k · (s / R − 1))},
 * where m and s are the mean and standard deviation of its neighbourhood. Unlike a global Otsu
 * threshold it keeps faint text on stained, shadowed or low-contrast paper. Window sums are kept
 * with running column sums, so memory is two rows of integers, not an integral image of the page.
 */
public final class SauvolaBinarizer {

    /** Dynamic range of the standard deviation for 8-bit images. */
    private static final double R = 128.0;

    private final int radius;
    private final double k;

    /**
     * @param radius half the window side in pixels
     * @param k      sensitivity; lower keeps fainter strokes
     */
    public SauvolaBinarizer(int radius, double k) {
        if (radius < 1) {
            throw new IllegalArgumentException("radius must be positive");
        }
        this.radius = radius;
        this.k = k;
    }

    /** The usual setting at a given resolution: a window about a sixth of an inch wide. */
    public static SauvolaBinarizer forDpi(int dpi, double k) {
        return new SauvolaBinarizer(Math.max(4, dpi / 12), k);
    }

    public GrayImage binarize(GrayImage image) {
        int w = image.width();
        int h = image.height();
        byte[] in = image.pixels();
        byte[] out = new byte[w * h];
        long[] colSum = new long[w];
        long[] colSq = new long[w];
        // Prime the columns with rows [0, radius].
        for (int y = 0; y <= Math.min(radius, h - 1); y++) {
            addRow(in, y, w, colSum, colSq, 1);
        }
        for (int y = 0; y < h; y++) {
            int top = Math.max(0, y - radius);
            int bottom = Math.min(h - 1, y + radius);
            int rows = bottom - top + 1;
            long sum = 0;
            long sq = 0;
            for (int x = 0; x <= Math.min(radius, w - 1); x++) {
                sum += colSum[x];
                sq += colSq[x];
            }
            int offset = y * w;
            for (int x = 0; x < w; x++) {
                int left = Math.max(0, x - radius);
                int right = Math.min(w - 1, x + radius);
                double n = (double) rows * (right - left + 1);
                double mean = sum / n;
                double variance = Math.max(0, sq / n - mean * mean);
                double threshold = mean * (1 + k * (Math.sqrt(variance) / R - 1));
                out[offset + x] = (in[offset + x] & 0xFF) <= threshold ? (byte) GrayImage.BLACK : (byte) GrayImage.WHITE;
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
                addRow(in, y + radius + 1, w, colSum, colSq, 1);
            }
            if (y - radius >= 0) {
                addRow(in, y - radius, w, colSum, colSq, -1);
            }
        }
        return new GrayImage(out, w, h);
    }

    private static void addRow(byte[] in, int y, int w, long[] colSum, long[] colSq, int sign) {
        int offset = y * w;
        for (int x = 0; x < w; x++) {
            int v = in[offset + x] & 0xFF;
            colSum[x] += sign * v;
            colSq[x] += sign * v * v;
        }
    }
}
