package fr.registre.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import fr.registre.text.Dehyphenator;
import fr.registre.text.Lexicon;

/** Opens any supported input as a {@link DocumentSource}. */
public final class DocumentSources {

    private final IngestOptions options;
    private final TextLayerQuality quality;
    private final Dehyphenator dehyphenator;

    public DocumentSources(IngestOptions options, Lexicon lexicon) {
        this.options = options;
        this.quality = new TextLayerQuality(lexicon);
        this.dehyphenator = new Dehyphenator(lexicon);
    }

    /**
     * Opens a PDF or an image file.
     *
     * @throws BadInputException with a one-line reason when the file cannot be used
     */
    public DocumentSource open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(Files.exists(file) ? "not a regular file" : "no such file");
        }
        if (!Files.isReadable(file)) {
            throw new BadInputException("permission denied");
        }
        SourceFormat format = SourceFormat.detect(file);
        return format == SourceFormat.PDF
                ? PdfDocumentSource.open(file, options, quality, dehyphenator)
                : ImageDocumentSource.open(file, options);
    }
}
