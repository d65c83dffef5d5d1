package fr.registre.cli;

import java.util.List;

import fr.registre.cli.Command.Opt;
import fr.registre.model.CorrectedText;
import fr.registre.pipeline.Registre;

/**
 * {@code registre tag}: the persons and organisations of text files as JSON. Texts are corrected
 * first and tagged corrected: {@code start}/{@code end} point into the corrected text,
 * {@code rawStart}/{@code rawEnd} into the file; with {@code --no-correct}, the file is tagged as it is.
 */
final class TagCommand implements Command {

    private static final Spec SPEC = new Spec("tag", "FILE.txt... [--out DIR] [--roster names.txt] [--no-correct]",
            "print the persons and organisations of texts as JSON",
            ConfigOptions.join(List.of(
                    Opt.value("out", "DIR", "write NAME.entities.json for each input into DIR"),
                    Opt.flag("no-correct", "tag the text as it is, offsets into the file")),
                    ConfigOptions.CORRECTION));

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public ExitCode run(Invocation call) throws Exception {
        call.requireInputs();
        call.prepareOutput();
        try (Registre registre = Registre.open(ConfigOptions.config(call, false))) {
            JsonResults results = new JsonResults(call, registre.json(), "entities");
            ExitCode code = call.forEachInput(input -> {
                String text = call.readText(input);
                if (call.has("no-correct")) {
                    results.add(input, registre.json().entities(registre.tagger().tag(text)));
                } else {
                    CorrectedText corrected = registre.corrector().correct(text);
                    results.add(input, registre.json().entities(registre.tagger().tag(corrected.text()), corrected));
                }
            });
            results.finish();
            return code;
        }
    }
}
