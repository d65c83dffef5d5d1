package fr.registre.ingest;

import java.util.Iterator;
import java.util.Optional;
import java.util.function.Function;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIOServiceProvider;
import javax.imageio.stream.ImageInputStream;

/**
 * The image readers and writers registre uses: the Java platform's own for a format when another is
 * installed too. The JPEG 2000 codec (jai-imageio) comes with older TIFF and BMP readers and writers
 * that ImageIO would otherwise try first.
 */
public final class ImageCodecs {

    private ImageCodecs() {
    }

    /** The reader for what {@code stream} holds, or empty when no installed reader knows the format. */
    public static Optional<ImageReader> reader(ImageInputStream stream) {
        return platformFirst(ImageIO.getImageReaders(stream), ImageReader::getOriginatingProvider);
    }

    /** A writer of the format named (as {@code "tiff"}), or empty when none is installed. */
    public static Optional<ImageWriter> writer(String formatName) {
        return platformFirst(ImageIO.getImageWritersByFormatName(formatName), ImageWriter::getOriginatingProvider);
    }

    /** The first codec whose provider is part of the Java platform (a named module), else the first of all. */
    private static <T> Optional<T> platformFirst(Iterator<T> codecs, Function<T, IIOServiceProvider> provider) {
        T first = null;
        while (codecs.hasNext()) {
            T codec = codecs.next();
            IIOServiceProvider spi = provider.apply(codec);
            if (spi != null && spi.getClass().getModule().isNamed()) {
                return Optional.of(codec);
            }
            first = first == null ? codec : first;
        }
        return Optional.ofNullable(first);
    }
}
