package fr.registre.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.namefind.TokenNameFinderModel;

/** Loads the person and organisation model registre ships in {@code models/ner/}. */
public final class NameFinderModels {

    /** The model's file in {@code models/ner/}, where {@code train-ner} writes it. */
    public static final String FILE_NAME = "fr-registre-ner.bin";
    private static final String RESOURCE = "/models/ner/" + FILE_NAME;

    private NameFinderModels() {
    }

    /** Reads the shipped model (thread-safe once loaded: share it). */
    public static TokenNameFinderModel loadShipped() {
        try (InputStream in = NameFinderModels.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path: run 'registre train-ner'");
            }
            return new TokenNameFinderModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
