package fr.registre.tools;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import fr.registre.correct.AccentIndex;
import fr.registre.text.Fold;
import fr.registre.text.Lexicon;
import morfologik.fsa.FSA;
import morfologik.fsa.builders.CFSA2Serializer;
import morfologik.fsa.builders.FSABuilder;

/**
 * Computes the {@link AccentIndex} of the lexicon at build time: every form that starts with a letter,
 * as {@code fold(form) TAB form}, in a compact automaton. Run by Maven's process-classes phase.
 */
public final class AccentIndexBuilder {

    private AccentIndexBuilder() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        Set<String> entries = new HashSet<>(1 << 20);
        Lexicon.load().forEachForm((form, frequency) -> {
            if (!form.isEmpty() && Character.isLetter(form.charAt(0))) {
                entries.add(Fold.fold(form) + AccentIndex.SEPARATOR + form);
            }
        });
        byte[][] sorted = entries.stream().map(e -> e.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
        Arrays.sort(sorted, Arrays::compareUnsigned);
        FSA fsa = FSABuilder.build(sorted);
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            new CFSA2Serializer().serialize(fsa, out);
        }
    }
}
