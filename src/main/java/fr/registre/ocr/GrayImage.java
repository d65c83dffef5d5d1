package fr.registre.ocr;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * An 8-bit grey page image (0 black .. 255 white) as a plain row-major byte array: the form every
 * preprocessing step and Tesseract work on, with no colour-model conversion on the way.
 */
public final class GrayImage {

    public static final int BLACK = 0;
    public static final int WHITE = 255;

    private final byte[] pixels;
    private final int width;
    private final int height;

    public GrayImage(byte[] pixels, int width, int height) {
        if (pixels.length != width * height) {
            throw new IllegalArgumentException("pixel array does not match " + width + "x" + height);
        }
        this.pixels = pixels;
        this.width = width;
        this.height = height;
    }

    /** Converts any image to grey using Rec. 601 luma; 8-bit grey images are copied directly. */
    public static GrayImage of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] px = new byte[w * h];
        Raster raster = image.getRaster();
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY && raster.getDataBuffer() instanceof DataBufferByte) {
            raster.getDataElements(0, 0, w, h, px);
            return new GrayImage(px, w, h);
        }
        if (raster.getDataBuffer() instanceof DataBufferByte bytes && raster.getSampleModel() instanceof ComponentSampleModel model
                && !image.getColorModel().hasAlpha() && image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_RGB
                && model.getNumBands() == 3 && bytes.getNumBanks() == 1) {
            // interleaved 8-bit colour, as ImageIO decodes JPEG: read the bytes, not pixel by pixel
            byte[] data = bytes.getData();
            int[] band = model.getBandOffsets();
            int stride = model.getScanlineStride();
            int step = model.getPixelStride();
            int origin = -raster.getSampleModelTranslateY() * stride - raster.getSampleModelTranslateX() * step;
            for (int y = 0; y < h; y++) {
                int i = origin + y * stride;
                for (int x = 0; x < w; x++, i += step) {
                    int r = data[i + band[0]] & 0xFF;
                    int g = data[i + band[1]] & 0xFF;
                    int b = data[i + band[2]] & 0xFF;
                    px[y * w + x] = (byte) ((299 * r + 587 * g + 114 * b) / 1000);
                }
            }
            return new GrayImage(px, w, h);
        }
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int rgb = row[x];
                int alpha = rgb >>> 24;
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                int luma = (299 * r + 587 * g + 114 * b) / 1000;
                // Transparent pixels lie on white paper.
                px[y * w + x] = (byte) ((luma * alpha + WHITE * (255 - alpha)) / 255);
            }
        }
        return new GrayImage(px, w, h);
    }

    /**
     * True when an image holds colours beyond greys: a colour model of three components, unless it
     * is a palette of greys only (a black-and-white or grey scan stored with a palette).
     */
    public static boolean inColour(BufferedImage image) {
        ColorModel model = image.getColorModel();
        if (model.getNumColorComponents() < 3) {
            return false;
        }
        if (model instanceof IndexColorModel palette) {
            for (int i = 0; i < palette.getMapSize(); i++) {
                if (palette.getRed(i) != palette.getGreen(i) || palette.getGreen(i) != palette.getBlue(i)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    public BufferedImage toBufferedImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setDataElements(0, 0, width, height, pixels);
        return image;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixel at (x, y), 0..255. */
    public int get(int x, int y) {
        return pixels[y * width + x] & 0xFF;
    }

    /** This page turned clockwise by {@code quarters} quarter turns (a page scanned sideways or upside down, set upright). */
    public GrayImage turned(int quarters) {
        int q = Math.floorMod(quarters, 4);
        if (q == 0) {
            return this;
        }
        int w = q == 2 ? width : height;
        int h = q == 2 ? height : width;
        byte[] out = new byte[pixels.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int tx = q == 1 ? height - 1 - y : q == 2 ? width - 1 - x : y;
                int ty = q == 1 ? x : q == 2 ? height - 1 - y : width - 1 - x;
                out[ty * w + tx] = pixels[y * width + x];
            }
        }
        return new GrayImage(out, w, h);
    }

    /**
     * This page reduced by {@code factor} (0 &lt; factor &lt; 1): halved by 2×2 means while more than
     * twice too large, then reduced once more with bilinear interpolation, so that every pixel
     * counts. Works on the bytes alone: a 600-dpi page needs no more than its grey copy.
     */
    public GrayImage reduced(double factor) {
        GrayImage out = this;
        double rest = factor;
        for (; rest < 0.5; rest *= 2) {
            out = out.halved();
        }
        return rest >= 1 ? out : out.bilinear(rest);
    }

    /** This page at half its width and height, each pixel the mean of four. */
    GrayImage halved() {
        int w = Math.max(1, width / 2);
        int h = Math.max(1, height / 2);
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int y0 = Math.min(2 * y, height - 1) * width;
            int y1 = Math.min(2 * y + 1, height - 1) * width;
            for (int x = 0; x < w; x++) {
                int x0 = Math.min(2 * x, width - 1);
                int x1 = Math.min(2 * x + 1, width - 1);
                int sum = (pixels[y0 + x0] & 0xFF) + (pixels[y0 + x1] & 0xFF) + (pixels[y1 + x0] & 0xFF) + (pixels[y1 + x1] & 0xFF);
                out[y * w + x] = (byte) ((sum + 2) / 4);
            }
        }
        return new GrayImage(out, w, h);
    }

    private GrayImage bilinear(double factor) {
        int w = Math.max(1, (int) Math.round(width * factor));
        int h = Math.max(1, (int) Math.round(height * factor));
        byte[] out = new byte[w * h];
        double step = (double) width / w;
        double stepY = (double) height / h;
        for (int y = 0; y < h; y++) {
            double sy = Math.min(height - 1, Math.max(0, (y + 0.5) * stepY - 0.5));
            int y0 = (int) sy;
            int y1 = Math.min(height - 1, y0 + 1);
            double fy = sy - y0;
            for (int x = 0; x < w; x++) {
                double sx = Math.min(width - 1, Math.max(0, (x + 0.5) * step - 0.5));
                int x0 = (int) sx;
                int x1 = Math.min(width - 1, x0 + 1);
                double fx = sx - x0;
                double top = (pixels[y0 * width + x0] & 0xFF) * (1 - fx) + (pixels[y0 * width + x1] & 0xFF) * fx;
                double bottom = (pixels[y1 * width + x0] & 0xFF) * (1 - fx) + (pixels[y1 * width + x1] & 0xFF) * fx;
                out[y * w + x] = (byte) Math.round(top * (1 - fy) + bottom * fy);
            }
        }
        return new GrayImage(out, w, h);
    }

    /**
     * The backing array, shared, not copied: preprocessing steps read it row by row and the OCR
     * engine hands it to Tesseract. Callers must not modify an image they did not create.
     */
    byte[] pixels() {
        return pixels;
    }
}
