package fr.registre.bench;

import java.util.Random;

import fr.registre.ocr.Deskewer;
import fr.registre.ocr.GrayImage;

/**
 * What a scanner, an old register and a photocopier do to a page: rotation, blur, faded ink on
 * unevenly lit paper (the shadow of a binding), sensor noise and dust. Seeded, so every run
 * produces the same pixels.
 *
 * @param rotationDegrees  page rotation
 * @param blurRadius       box blur radius in pixels (0 = none)
 * @param paperLight       brightness of the well-lit paper
 * @param paperShadow      brightness of the paper in the binding shadow
 * @param ink              brightness of the ink
 * @param noiseSigma       Gaussian sensor noise
 * @param specksPerPage    dust specks
 * @param seed             random seed
 */
record Degradation(double rotationDegrees, int blurRadius, int paperLight, int paperShadow, int ink,
                   double noiseSigma, int specksPerPage, long seed) {

    /** A decent office scan. */
    static Degradation clean(long seed) {
        return new Degradation(0.3, 0, 245, 240, 30, 0, 40, seed);
    }

    /** A faded register page scanned in a hurry. */
    static Degradation degraded(double rotation, long seed) {
        return new Degradation(rotation, 1, 228, 140, 95, 6, 2500, seed);
    }

    GrayImage apply(GrayImage page) {
        Random random = new Random(seed);
        GrayImage img = rotationDegrees == 0 ? page : Deskewer.rotate(page, rotationDegrees);
        int w = img.width();
        int h = img.height();
        byte[] out = new byte[w * h];
        double[] blurred = blur(img);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                // The shadow darkens the paper towards the left edge (the binding) and the bottom.
                double shade = StrictMath.pow(1 - (double) x / w, 3) * 0.8 + ((double) y / h) * 0.2;
                double paper = paperLight - (paperLight - paperShadow) * shade;
                double darkness = 1 - blurred[y * w + x] / 255.0;
                double v = paper - (paper - ink) * darkness + random.nextGaussian() * noiseSigma;
                out[y * w + x] = (byte) Math.max(0, Math.min(255, (int) Math.round(v)));
            }
        }
        for (int i = 0; i < specksPerPage; i++) {
            int cx = random.nextInt(w);
            int cy = random.nextInt(h);
            int r = random.nextInt(3);
            int value = ink + random.nextInt(40);
            for (int y = Math.max(0, cy - r); y <= Math.min(h - 1, cy + r); y++) {
                for (int x = Math.max(0, cx - r); x <= Math.min(w - 1, cx + r); x++) {
                    if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r) {
                        out[y * w + x] = (byte) value;
                    }
                }
            }
        }
        return new GrayImage(out, w, h);
    }

    private double[] blur(GrayImage img) {
        int w = img.width();
        int h = img.height();
        double[] px = new double[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                px[y * w + x] = img.get(x, y);
            }
        }
        if (blurRadius == 0) {
            return px;
        }
        double[] tmp = new double[w * h];
        int n = 2 * blurRadius + 1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double s = 0;
                for (int d = -blurRadius; d <= blurRadius; d++) {
                    s += px[y * w + Math.max(0, Math.min(w - 1, x + d))];
                }
                tmp[y * w + x] = s / n;
            }
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double s = 0;
                for (int d = -blurRadius; d <= blurRadius; d++) {
                    s += tmp[Math.max(0, Math.min(h - 1, y + d)) * w + x];
                }
                px[y * w + x] = s / n;
            }
        }
        return px;
    }
}
