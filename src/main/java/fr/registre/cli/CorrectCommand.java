package fr.registre.cli;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.registre.cli.Command.Opt;
import fr.registre.export.DocumentJson;
import fr.registre.io.AtomicFiles;
import fr.registre.model.CorrectedText;
import fr.registre.pipeline.Registre;

/**
 * {@code registre correct}: repairs the OCR errors of text files. One input is printed; with
 * {@code --out DIR} each input gets {@code NAME.txt} and {@code NAME.corrections.json} there.
 */
final class CorrectCommand implements Command {

    private static final Spec SPEC = new Spec("correct", "FILE.txt... [--out DIR] [--report corrections.json] [options]",
            "repair French OCR errors in texts; every change is reported",
            ConfigOptions.join(List.of(
                    Opt.value("out", "DIR", "write NAME.txt and NAME.corrections.json for each input into DIR"),
                    Opt.value("report", "FILE", "with one input: write its changes and suggestions as JSON")),
                    ConfigOptions.CORRECTION));

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public ExitCode run(Invocation call) throws Exception {
        call.requireInputs();
        if (call.args().size() > 1 && !call.has("out")) {
            throw new UsageException("several inputs need --out DIR");
        }
        if (call.has("report") && call.args().size() > 1) {
            throw new UsageException("--report takes one input; with --out each input gets NAME.corrections.json");
        }
        call.prepareOutput();
        try (Registre registre = Registre.open(ConfigOptions.config(call, false))) {
            DocumentJson json = registre.json();
            return call.forEachInput(input -> {
                CorrectedText corrected = registre.corrector().correct(call.readText(input));
                ObjectNode report = json.mapper().createObjectNode();
                report.put("source", input);
                json.putCorrections(report, corrected);
                if (call.has("out")) {
                    AtomicFiles.writeString(call.outputFor(input, ".txt"), corrected.text());
                    AtomicFiles.write(call.outputFor(input, ".corrections.json"), o -> json.write(report, o));
                } else {
                    call.out().print(corrected.text());
                    call.out().flush();
                }
                if (call.has("report")) {
                    AtomicFiles.write(Path.of(call.value("report", null)), o -> json.write(report, o));
                }
                call.info(input + ": " + corrected.corrections().size() + " corrections applied, "
                        + corrected.suggestions().size() + " suggested");
            });
        }
    }
}
