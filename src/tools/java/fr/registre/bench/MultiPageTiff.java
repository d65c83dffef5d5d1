package fr.registre.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import fr.registre.ingest.ImageCodecs;

/** Multi-page TIFFs as scanners write registers: the sample scans (JPEG) and the tests' fixtures (LZW). */
public final class MultiPageTiff {

    private MultiPageTiff() {
    }

    /**
     * Writes {@code pages} in order as one TIFF.
     *
     * @param compression the TIFF compression, "LZW" or "JPEG"
     * @param quality     the JPEG quality 0..1, or null for a lossless compression
     */
    public static void write(List<BufferedImage> pages, String compression, Float quality, OutputStream out) throws IOException {
        ImageWriter writer = ImageCodecs.writer("tiff").orElseThrow(() -> new IOException("no TIFF writer installed"));
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(compression);
            if (quality != null) {
                param.setCompressionQuality(quality);
            }
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) {
                writer.writeToSequence(new IIOImage(page, null, null), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }
}
