package fr.registre.nlp.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import fr.registre.text.FrenchNames;

/**
 * Converts the general French NER corpora into registre's annotated-text format, rebuilding the text
 * each was cut from so that registre's own sentence splitter and tokenizer see it as they will see
 * registers. Only persons and organisations are kept; places become plain text. One document in five
 * (newspaper issue, or block of 40 sentences where the corpus has no document breaks) goes to the
 * held-out file and is never trained on.
 */
public final class GeneralCorpora {

    /** Europeana Newspapers, French part (BnF), CC0 1.0. */
    public static final String EUROPEANA = "europeana-fr";
    /** HIPE-2022 NewsEye French, CC BY 4.0. */
    public static final String NEWSEYE = "newseye-fr";

    private static final Set<String> CLOSING = Set.of(".", ",", ";", ":", ")", "]", "!", "?", "»", "%");
    private static final Set<String> OPENING = Set.of("(", "[", "«");

    private GeneralCorpora() {
    }

    /** Converts what {@code nerData} holds into {@code NAME.train.txt} and {@code NAME.eval.txt} under {@code out}. */
    public static void importAll(Path nerData, Path out) throws IOException {
        Files.createDirectories(out);
        write(out, EUROPEANA, europeana(nerData.resolve("europeana-ner-fr/enp_FR.bnf.bio")), 5);
        List<String> newseye = new ArrayList<>();
        try (Stream<Path> files = Files.list(nerData.resolve("hipe2022-newseye-fr"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                newseye.addAll(hipe(file));
            }
        }
        write(out, NEWSEYE, newseye, 5);
    }

    private static void write(Path out, String name, List<String> documents, int every) throws IOException {
        List<String> train = new ArrayList<>();
        List<String> eval = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            (i % every == every - 1 ? eval : train).add(documents.get(i));
        }
        CorpusFiles.write(out.resolve(name + ".train.txt"), train);
        CorpusFiles.write(out.resolve(name + ".eval.txt"), eval);
    }

    /** "token TAG" lines with IO tags and no breaks: documents of 40 sentences. */
    static List<String> europeana(Path file) throws IOException {
        List<String> documents = new ArrayList<>();
        MarkedText text = new MarkedText();
        int sentences = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int space = line.lastIndexOf(' ');
            if (space <= 0) {
                continue;
            }
            String token = line.substring(0, space);
            text.add(token, type(line.substring(space + 1)), false, !token.endsWith("'") && !token.endsWith("’"), false);
            if ((token.equals(".") || token.equals("?") || token.equals("!")) && ++sentences % 40 == 0) {
                documents.add(text.finish());
                text = new MarkedText();
            }
        }
        documents.add(text.finish());
        return documents;
    }

    /** HIPE TSV: IOB2 in the second column, spacing and sentence ends in the last. */
    static List<String> hipe(Path file) throws IOException {
        List<String> documents = new ArrayList<>();
        MarkedText text = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("# hipe2022:document_id")) {
                if (text != null) {
                    documents.add(text.finish());
                }
                text = new MarkedText();
            }
            String[] columns = line.split("\t", -1);
            if (text == null || line.startsWith("#") || columns.length < 10 || columns[0].equals("TOKEN")) {
                continue;
            }
            String tag = columns[1];
            String misc = columns[9];
            boolean hyphenated = columns[0].endsWith("¬") && misc.contains("EndOfLine");
            String token = hyphenated ? columns[0].substring(0, columns[0].length() - 1) : columns[0];
            boolean spaceAfter = !hyphenated && (!misc.contains("NoSpaceAfter") || misc.contains("EndOfLine"));
            text.add(token, type(tag), tag.startsWith("B-"), spaceAfter, hyphenated);
            if (misc.contains("EndOfSentence")) {
                text.endSentence();
            }
        }
        if (text != null) {
            documents.add(text.finish());
        }
        return documents;
    }

    private static String type(String tag) {
        if (tag.endsWith("-PER")) {
            return "person";
        }
        return tag.endsWith("-ORG") ? "organization" : null;
    }

    /**
     * Text rebuilt token by token, with names marked. Titles the corpora count as part of a name
     * ("M. Poincaré", "le président Wilson") are left outside it, as registre's guidelines want.
     */
    private static final class MarkedText {
        private final StringBuilder out = new StringBuilder();
        private final List<String> name = new ArrayList<>();
        private final List<Boolean> spaced = new ArrayList<>();
        private String open;
        private boolean spaceBefore;
        private boolean hyphenated;

        /** @param cut the token ends with a line-end hyphen: the next one is the rest of the word */
        void add(String token, String type, boolean begins, boolean spaceAfter, boolean cut) {
            // the corpora start a new name after a line-end hyphen that cut the previous one ("Poin¬" "caré")
            boolean continues = hyphenated && type != null && type.equals(open);
            if (open != null && (!open.equals(type) || begins && !continues)) {
                close();
            }
            boolean space = spaceBefore && out.length() + name.size() > 0 && !CLOSING.contains(token);
            if (type != null) {
                open = type;
                name.add(token);
                spaced.add(space);
            } else {
                out.append(space ? " " : "").append(token);
            }
            spaceBefore = spaceAfter && !OPENING.contains(token);
            hyphenated = cut;
        }

        void endSentence() {
            spaceBefore = true;
        }

        private void close() {
            int first = 0;
            while (first < name.size() && (FrenchNames.isTitle(name.get(first)) || name.get(first).equals(".")
                    || name.get(first).equals("le") || name.get(first).equals("la"))) {
                first++;
            }
            for (int i = 0; i < name.size(); i++) {
                out.append(spaced.get(i) ? " " : "");
                if (i == first) {
                    out.append("<START:").append(open).append("> ");
                }
                out.append(name.get(i));
            }
            if (first < name.size()) {
                out.append(" <END>");
            }
            name.clear();
            spaced.clear();
            open = null;
        }

        String finish() {
            if (open != null) {
                close();
            }
            return out.toString();
        }
    }
}
