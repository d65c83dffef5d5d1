package fr.registre.ingest;

import java.util.Locale;
import java.util.Optional;

import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;

/**
 * Collects what an image decoder warns about while it reads: a truncated or corrupt file is decoded
 * as far as it goes and reported only this way. A warning about stray bytes between JPEG markers,
 * which cameras and scanners often write and which loses nothing, is not kept.
 */
final class DecoderWarnings implements IIOReadWarningListener {

    private String first;

    @Override
    public synchronized void warningOccurred(ImageReader source, String warning) {
        if (first == null && !warning.toLowerCase(Locale.ROOT).contains("extraneous bytes")) {
            first = warning.strip();
        }
    }

    /** The first warning since the last call, if any, and forgets it. */
    synchronized Optional<String> take() {
        Optional<String> w = Optional.ofNullable(first);
        first = null;
        return w;
    }
}
