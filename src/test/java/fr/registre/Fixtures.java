package fr.registre;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import fr.registre.bench.MultiPageTiff;

/** The bundled sample scans and their ground truth, and the shared real texts. */
public final class Fixtures {

    public static final Path SCANS = Path.of("scans");
    /** Real minutes and extracts of other authorities, with gold records (shared beside the project). */
    public static final Path REAL_TEXTS = Path.of("../shared/real-texts");

    private Fixtures() {
    }

    public static Path scan(String file) {
        return SCANS.resolve(file);
    }

    /** A multi-page TIFF (LZW) of {@code pages} copies of {@code page}, as a scanner writes a register. */
    public static byte[] tiff(BufferedImage page, int pages) throws IOException {
        return tiff(Collections.nCopies(pages, page));
    }

    /** A multi-page TIFF (LZW) of the pages, in order. */
    public static byte[] tiff(List<BufferedImage> pages) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MultiPageTiff.write(pages, "LZW", null, bytes);
        return bytes.toByteArray();
    }

    /** Ground-truth pages of a sample, in order. */
    public static List<String> groundTruth(String file) {
        int dot = file.lastIndexOf('.');
        Path gt = SCANS.resolve(file.substring(0, dot) + ".gt.txt");
        try {
            return List.of(Files.readString(gt, StandardCharsets.UTF_8).strip().split("\f"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
