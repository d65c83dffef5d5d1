package fr.registre.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.imageio.ImageIO;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

import fr.registre.ocr.MissingDependencyException;

/** Entry point of the {@code registre} command. */
public final class Main {

    /**
     * Libraries log every oddity of a damaged PDF; registre reports one line per input instead. The
     * logger is held here because the logging framework keeps loggers only weakly: a level set on a
     * logger nobody holds is lost at the next garbage collection.
     */
    private static final Logger QUIET_LIBRARIES = Logger.getLogger("org.apache");

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final PrintStream out;
    private final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        List<Command> all = new ArrayList<>(List.of(new IngestCommand(), new CorrectCommand(), new TagCommand(),
                new ExtractCommand(), new ExportCommand(), new IndexCommand(), new SearchCommand(), new ServeCommand()));
        // bench, scans and train-ner ship in the tools jar, present in a development build
        ServiceLoader.load(Command.class).forEach(all::add);
        for (Command c : all) {
            commands.put(c.spec().name(), c);
        }
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line on the process's standard streams (UTF-8) and returns its exit status. */
    public static int run(String... args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        return new Main(out, err).execute(args).status();
    }

    /** The version of the jar, from its manifest. */
    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v != null ? v : "development build";
    }

    /** Runs a command line. */
    ExitCode execute(String... args) {
        QUIET_LIBRARIES.setLevel(Level.OFF);
        Logger.getLogger("").setLevel(Level.SEVERE);
        // page images are encoded in memory: no imageio*.tmp cache file for a killed run to leave behind
        ImageIO.setUseCache(false);
        if (args.length == 0) {
            printOverview();
            return ExitCode.USAGE;
        }
        switch (args[0]) {
            case "--version", "-V", "version" -> {
                out.println("registre " + version());
                return ExitCode.OK;
            }
            case "help", "--help", "-h" -> {
                Command c = args.length > 1 ? commands.get(args[1]) : null;
                if (args.length > 1 && c == null) {
                    return unknown(args[1]);
                }
                if (c == null) {
                    printOverview();
                } else {
                    printHelp(c);
                }
                return ExitCode.OK;
            }
            default -> {
            }
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            return unknown(args[0]);
        }
        String name = command.spec().name();
        try {
            CommandLine line = new DefaultParser().parse(options(command.spec()), Arrays.copyOfRange(args, 1, args.length));
            if (line.hasOption("help")) {
                printHelp(command);
                return ExitCode.OK;
            }
            return command.run(new Invocation(name, line, out, err, System.in));
        } catch (ParseException | UsageException e) {
            err.println("registre " + name + ": " + e.getMessage());
            err.println("usage: registre " + name + " " + command.spec().synopsis() + "  (registre " + name + " --help)");
            return ExitCode.USAGE;
        } catch (MissingDependencyException e) {
            err.println("registre " + name + ": " + e.getMessage());
            return ExitCode.MISSING_DEPENDENCY;
        } catch (OutputException e) {
            err.println("registre " + name + ": " + e.getMessage());
            return ExitCode.OUTPUT_ERROR;
        } catch (IOException e) {
            err.println("registre " + name + ": " + e.getMessage());
            return ExitCode.INPUT_FAILED;
        } catch (Exception | Error e) {
            err.println("registre " + name + ": internal error: " + e);
            return ExitCode.INTERNAL_ERROR;
        }
    }

    private ExitCode unknown(String name) {
        err.println("registre: unknown command '" + name + "' (try 'registre --help')");
        return ExitCode.USAGE;
    }

    /** The command's own options plus those every command takes. */
    static Options options(Command.Spec spec) {
        Options options = new Options();
        for (Command.Opt o : spec.options()) {
            Option.Builder b = Option.builder().longOpt(o.name()).desc(o.description());
            if (o.arg() != null) {
                b.hasArg().argName(o.arg());
            }
            options.addOption(b.build());
        }
        return options
                .addOption(Option.builder("h").longOpt("help").desc("show this help").build())
                .addOption(Option.builder("q").longOpt("quiet").desc("only results and errors, no progress").build())
                .addOption(Option.builder("v").longOpt("verbose").desc("also say what is loaded and how long each input took").build());
    }

    private void printHelp(Command command) {
        Command.Spec spec = command.spec();
        PrintWriter w = new PrintWriter(out, true);
        new HelpFormatter().printHelp(w, 100, "registre " + spec.name() + " " + spec.synopsis(),
                spec.summary(), options(spec), 2, 4, "\n" + EXIT_CODES, false);
    }

    private void printOverview() {
        out.println("registre " + version() + ": digitises French deliberation registers (PDFs and page images).");
        out.println();
        out.println("usage: registre COMMAND [OPTIONS] [INPUT...]   ('-' reads standard input)");
        for (Command c : commands.values()) {
            out.printf("  %-10s %s%n", c.spec().name(), c.spec().summary());
        }
        out.println();
        out.println("'registre COMMAND --help' describes a command's options; 'registre --version' prints the version.");
        out.println(EXIT_CODES);
    }

    private static final String EXIT_CODES = "exit status: 0 done, 1 an input failed, 2 usage, "
            + "3 missing Tesseract/language/model, 4 output not writable, 5 internal error";
}
