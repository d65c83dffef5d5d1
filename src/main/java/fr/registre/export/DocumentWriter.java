package fr.registre.export;

import java.io.IOException;
import java.io.OutputStream;

import fr.registre.model.AnalysedDocument;

/**
 * Writes one output file of an analysed document. Implementations are thread-safe; the pipeline
 * gives them a temporary file that it renames into place once written. A new format is a new
 * implementation added to the writers the pipeline's {@code Registre} builds.
 */
public interface DocumentWriter {

    OutputFormat format();

    void write(AnalysedDocument document, OutputStream out) throws IOException;
}
