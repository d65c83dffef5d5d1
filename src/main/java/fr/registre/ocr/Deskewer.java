package fr.registre.ocr;

/**
 * Finds and removes the small rotation of a scanned page. The angle is the one that makes the
 * horizontal projection of ink sharpest (text lines become tall peaks with white gaps between),
 * searched coarse-to-fine on a reduced copy of the binarised page.
 */
public final class Deskewer {

    private final double maxDegrees;

    /** @param maxDegrees largest skew searched either way */
    public Deskewer(double maxDegrees) {
        this.maxDegrees = maxDegrees;
    }

    /** The page's skew in degrees, positive when the text rises to the right (counter-clockwise). */
    public double estimate(GrayImage binary) {
        int step = Math.max(1, binary.width() / 700);
        int[] xs = inkSamples(binary, step, true);
        int[] ys = inkSamples(binary, step, false);
        if (xs.length < 200) {
            return 0;
        }
        double best = 0;
        double bestScore = score(xs, ys, 0, binary.height() / step + 1);
        for (double span = maxDegrees, inc = 0.5; inc >= 0.02; span = inc * 2, inc /= 5) {
            double centre = best;
            for (double a = centre - span; a <= centre + span + 1e-9; a += inc) {
                if (Math.abs(a) > maxDegrees) {
                    continue;
                }
                double s = score(xs, ys, a, binary.height() / step + 1);
                if (s > bestScore) {
                    bestScore = s;
                    best = a;
                }
            }
        }
        return best;
    }

    /**
     * Rotates an image by {@code degrees}, counter-clockwise for positive angles as {@link #estimate}
     * measures them: rotating by minus the estimate straightens the page. Bilinear; the corners
     * the rotation uncovers repeat the nearest edge, so no artificial white-on-grey border appears.
     */
    public static GrayImage rotate(GrayImage image, double degrees) {
        int w = image.width();
        int h = image.height();
        byte[] in = image.pixels();
        byte[] out = new byte[w * h];
        double rad = Math.toRadians(degrees);
        // StrictMath: the same angle must give the same pixels on every JVM (synthetic scans rely on it).
        double cos = StrictMath.cos(rad);
        double sin = StrictMath.sin(rad);
        double cx = w / 2.0;
        double cy = h / 2.0;
        for (int y = 0; y < h; y++) {
            double dy = y - cy;
            for (int x = 0; x < w; x++) {
                double dx = x - cx;
                // Where this output pixel comes from in the input (y axis points down).
                double sx = cx + dx * cos - dy * sin;
                double sy = cy + dx * sin + dy * cos;
                sx = Math.max(0, Math.min(w - 1.001, sx));
                sy = Math.max(0, Math.min(h - 1.001, sy));
                int x0 = (int) sx;
                int y0 = (int) sy;
                int x1 = Math.min(w - 1, x0 + 1);
                int y1 = Math.min(h - 1, y0 + 1);
                double fx = sx - x0;
                double fy = sy - y0;
                double top = (in[y0 * w + x0] & 0xFF) * (1 - fx) + (in[y0 * w + x1] & 0xFF) * fx;
                double bottom = (in[y1 * w + x0] & 0xFF) * (1 - fx) + (in[y1 * w + x1] & 0xFF) * fx;
                int v = (int) Math.round(top * (1 - fy) + bottom * fy);
                out[y * w + x] = (byte) v;
            }
        }
        return new GrayImage(out, w, h);
    }

    private static int[] inkSamples(GrayImage binary, int step, boolean wantX) {
        int w = binary.width();
        int h = binary.height();
        byte[] px = binary.pixels();
        int count = 0;
        for (int y = 0; y < h; y += step) {
            for (int x = 0; x < w; x += step) {
                if (px[y * w + x] == GrayImage.BLACK) {
                    count++;
                }
            }
        }
        int[] out = new int[count];
        int n = 0;
        for (int y = 0; y < h; y += step) {
            for (int x = 0; x < w; x += step) {
                if (px[y * w + x] == GrayImage.BLACK) {
                    out[n++] = wantX ? x / step : y / step;
                }
            }
        }
        return out;
    }

    /** Sum of squared differences between neighbouring rows of the projection at this angle. */
    private static double score(int[] xs, int[] ys, double degrees, int rows) {
        double rad = Math.toRadians(degrees);
        double tan = Math.tan(rad);
        int margin = (int) Math.ceil(Math.abs(tan) * 2000) + 2;
        int[] hist = new int[rows + 2 * margin];
        for (int i = 0; i < xs.length; i++) {
            int r = (int) Math.round(ys[i] + xs[i] * tan) + margin;
            if (r >= 0 && r < hist.length) {
                hist[r]++;
            }
        }
        double s = 0;
        for (int i = 1; i < hist.length; i++) {
            double d = hist[i] - hist[i - 1];
            s += d * d;
        }
        return s;
    }
}
