package fr.registre.bench;

import java.nio.file.Path;
import java.util.List;

import fr.registre.cli.Command;
import fr.registre.cli.ExitCode;
import fr.registre.cli.Invocation;

/** {@code registre scans}: regenerates the synthetic sample scans and their ground truth. */
public final class ScansCommand implements Command {

    private static final Spec SPEC = new Spec("scans", "[--out DIR]",
            "regenerate the sample scans and ground truth (default into scans/)",
            List.of(Opt.value("out", "DIR", "target directory (default scans)")));

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public ExitCode run(Invocation call) throws Exception {
        for (Path p : ScanSet.generate(Path.of(call.value("out", "scans")))) {
            call.out().println("wrote " + p);
        }
        return ExitCode.OK;
    }
}
