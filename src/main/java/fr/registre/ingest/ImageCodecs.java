package fr.registre.ingest;

import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The image reader registre decodes a file with: the Java platform's own reader of the format when
 * another is installed too. The JPEG 2000 codec (jai-imageio) comes with older TIFF and BMP readers
 * that ImageIO would otherwise try first.
 */
public final class ImageReaders {

    private ImageReaders() {
    }

    /** The reader for what {@code stream} holds, or empty when no installed reader knows the format. */
    public static Optional<ImageReader> forInput(ImageInputStream stream) {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
        ImageReader first = null;
        while (readers.hasNext()) {
            ImageReader r = readers.next();
            if (r.getOriginatingProvider() != null && r.getOriginatingProvider().getClass().getModule().isNamed()) {
                return Optional.of(r);
            }
            first = first == null ? r : first;
        }
        return Optional.ofNullable(first);
    }
}
