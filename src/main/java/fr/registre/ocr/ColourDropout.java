package fr.registre.ocr;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * A colour page with its coloured ink dropped out, as forms scanners do: stamps, signatures and
 * annotations are mostly in blue, violet or red ink and the text in black or grey, so a pixel is
 * lightened by how coloured it and its neighbours are (its chroma, the spread between its strongest
 * and weakest channel), up to the paper's white. Black ink that crosses coloured ink stays dark: the
 * two inks together are nearly black. Neighbours count because a scan's JPEG keeps colour at half
 * resolution, so the edges of a thin coloured stroke come out grey. Offered only when coloured ink
 * is a small part of the page's ink, so that a page typed or copied in colour (a violet ribbon, a
 * blue carbon) is never read without its text. Stateless.
 */
final class ColourDropout {

    /** Chroma up to which ink is black or grey: tinted paper, faded ribbons and toner stay as they are. */
    private static final int NEUTRAL = 40;
    /** Chroma above {@link #NEUTRAL} over which a pixel is lightened all the way to paper. */
    private static final int RAMP = 32;
    /** Below this share of the ink, coloured ink is too little to be in the way. */
    private static final double MIN_SHARE = 0.01;
    /** Above this share, coloured ink is the text itself. */
    private static final double MAX_SHARE = 0.4;

    private ColourDropout() {
    }

    /**
     * The page without its coloured ink, or empty when the page is grey or coloured ink is too
     * little or too much of its ink.
     *
     * @param page   the page as decoded
     * @param gray   the same page in grey
     * @param binary the same page binarised, ink {@link GrayImage#BLACK}: tells ink from paper
     */
    static Optional<GrayImage> of(BufferedImage page, GrayImage gray, GrayImage binary) {
        int w = page.getWidth();
        int h = page.getHeight();
        if (!GrayImage.inColour(page) || w != gray.width() || h != gray.height()
                || w != binary.width() || h != binary.height()) {
            return Optional.empty();
        }
        byte[] chroma = new byte[w * h];
        byte[] ink = binary.pixels();
        int[] row = new int[w];
        long inked = 0;
        long coloured = 0;
        for (int y = 0; y < h; y++) {
            page.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int rgb = row[x];
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                int spread = Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
                chroma[y * w + x] = (byte) spread;
                if (ink[y * w + x] == (byte) GrayImage.BLACK) {
                    inked++;
                    coloured += spread > NEUTRAL + RAMP / 2 ? 1 : 0;
                }
            }
        }
        double share = inked == 0 ? 0 : (double) coloured / inked;
        if (share < MIN_SHARE || share > MAX_SHARE) {
            return Optional.empty();
        }
        byte[] out = lifted(chroma, gray.pixels(), w, h);
        return Optional.of(new GrayImage(out, w, h));
    }

    /**
     * Each grey pixel lightened by the largest chroma of its 3×3 neighbourhood (a row pass, then a
     * column pass that writes the result).
     */
    private static byte[] lifted(byte[] chroma, byte[] gray, int w, int h) {
        byte[] rows = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int m = chroma[y * w + x] & 0xFF;
                if (x > 0) {
                    m = Math.max(m, chroma[y * w + x - 1] & 0xFF);
                }
                if (x + 1 < w) {
                    m = Math.max(m, chroma[y * w + x + 1] & 0xFF);
                }
                rows[y * w + x] = (byte) m;
            }
        }
        // the chroma is read no more: its array takes the result
        byte[] out = chroma;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int m = rows[y * w + x] & 0xFF;
                if (y > 0) {
                    m = Math.max(m, rows[(y - 1) * w + x] & 0xFF);
                }
                if (y + 1 < h) {
                    m = Math.max(m, rows[(y + 1) * w + x] & 0xFF);
                }
                int lift = Math.max(0, m - NEUTRAL) * 255 / RAMP;
                out[y * w + x] = (byte) Math.min(GrayImage.WHITE, (gray[y * w + x] & 0xFF) + lift);
            }
        }
        return out;
    }
}
