package fr.registre.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import fr.registre.model.AnalysedDocument;

/** The raw text (pages separated by a form feed) or the corrected text, in UTF-8. */
public record PlainTextWriter(OutputFormat format) implements DocumentWriter {

    public PlainTextWriter {
        if (format != OutputFormat.RAW_TEXT && format != OutputFormat.TEXT) {
            throw new IllegalArgumentException("not a text format: " + format);
        }
    }

    @Override
    public void write(AnalysedDocument document, OutputStream out) throws IOException {
        String text = format == OutputFormat.RAW_TEXT ? document.ingested().rawText() : document.corrected().text();
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
