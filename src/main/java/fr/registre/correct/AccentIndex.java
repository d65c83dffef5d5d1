package fr.registre.correct;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import fr.registre.text.Fold;
import morfologik.fsa.FSA;
import morfologik.fsa.FSATraversal;
import morfologik.fsa.MatchResult;

/**
 * Every lexicon form under its {@link Fold#fold} key, so that all accented spellings of an OCR'd word
 * are found with one lookup. The index is an automaton of {@code key TAB form} entries computed at
 * build time (about 670 000 forms), so loading it is reading a few megabytes, not folding every form
 * again. Immutable and thread-safe.
 */
public final class AccentIndex {

    /** Where the build writes the index, on the class path. */
    public static final String RESOURCE = "/fr/registre/correct/accent-index.fsa";
    /** Separates a key from one of its forms in an entry. */
    public static final char SEPARATOR = '\t';

    private final FSA fsa;

    private AccentIndex(FSA fsa) {
        this.fsa = fsa;
    }

    /** Reads the index the build computed. */
    public static AccentIndex load() {
        try (InputStream in = AccentIndex.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path: build with 'mvn package'");
            }
            return new AccentIndex(FSA.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The lexicon forms whose key is {@code key}. */
    List<String> forms(String key) {
        MatchResult match = new FSATraversal(fsa).match((key + SEPARATOR).getBytes(StandardCharsets.UTF_8));
        if (match.kind != MatchResult.SEQUENCE_IS_A_PREFIX) {
            return List.of();
        }
        List<String> forms = new ArrayList<>(2);
        for (ByteBuffer form : fsa.getSequences(match.node)) {
            forms.add(StandardCharsets.UTF_8.decode(form).toString());
        }
        return forms;
    }
}
