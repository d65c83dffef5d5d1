package fr.registre.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.registre.cli.Command.Opt;
import fr.registre.model.Deliberation;
import fr.registre.pipeline.Registre;

/**
 * {@code registre extract}: the deliberation record of texts, PDFs and images, as JSON. Texts are
 * corrected first, unless {@code --no-correct}; PDFs and images go through the whole pipeline, and
 * only then is the OCR engine loaded.
 */
final class ExtractCommand implements Command {

    private static final Spec SPEC = new Spec("extract", "FILE(.txt|.pdf|image)... [--out DIR] [--no-correct] [options]",
            "print the deliberation record (attendance, votes, beneficiaries...) as JSON",
            ConfigOptions.join(List.of(
                    Opt.value("out", "DIR", "write NAME.deliberation.json for each input into DIR"),
                    Opt.flag("no-correct", "extract from a text file as it is")),
                    ConfigOptions.READING, ConfigOptions.CORRECTION));

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public ExitCode run(Invocation call) throws Exception {
        call.requireInputs();
        call.prepareOutput();
        // standard input is read once, before deciding whether OCR is needed
        Map<String, byte[]> stdin = new HashMap<>();
        if (call.args().contains(Invocation.STDIO)) {
            stdin.put(Invocation.STDIO, call.readBytes(Invocation.STDIO));
        }
        boolean ocr = call.args().stream().anyMatch(a -> !isText(a, stdin.get(a)));
        try (Registre registre = Registre.open(ConfigOptions.config(call, ocr))) {
            JsonResults results = new JsonResults(call, registre.json(), "deliberation");
            ExitCode code = call.forEachInput(input -> {
                Deliberation record = extract(call, registre, input, stdin.get(input));
                results.add(input, registre.json().deliberation(record));
            });
            results.finish();
            return code;
        }
    }

    private static Deliberation extract(Invocation call, Registre registre, String input, byte[] stdin) throws IOException {
        if (!isText(input, stdin)) {
            return stdin != null ? registre.read(new ByteArrayInputStream(stdin), "stdin").deliberation()
                    : registre.read(Path.of(input)).deliberation();
        }
        String text = stdin != null ? Invocation.decode(stdin) : call.readText(input);
        return call.has("no-correct") ? registre.extractor().extract(text) : registre.analyse(text, input).deliberation();
    }

    /** A {@code .txt} file, or standard input that is not a PDF or an image. */
    private static boolean isText(String input, byte[] stdin) {
        if (stdin != null) {
            String head = new String(stdin, 0, Math.min(8, stdin.length), StandardCharsets.ISO_8859_1);
            return !(head.startsWith("%PDF") || head.startsWith("\u0089PNG") || head.startsWith("\u00ff\u00d8")
                    || head.startsWith("II*") || head.startsWith("MM\u0000*"));
        }
        return input.toLowerCase(Locale.ROOT).endsWith(".txt");
    }
}
