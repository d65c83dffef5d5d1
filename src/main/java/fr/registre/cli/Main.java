package fr.registre.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.ParseException;

/** Entry point of the {@code registre} command. */
public final class Main {

    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        for (Command c : List.of(new IngestCommand(), new CorrectCommand(), new TagCommand(), new ExtractCommand(), new ExportCommand(), new TrainNerCommand(), new BenchCommand(), new ScansCommand())) {
            COMMANDS.put(c.name(), c);
        }
    }

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns the exit status. */
    public static int run(String... args) {
        // Libraries log every oddity of a damaged PDF; registre reports one line per input instead.
        Logger.getLogger("").setLevel(Level.SEVERE);
        Logger.getLogger("org.apache").setLevel(Level.OFF);
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            printHelp(args.length > 1 ? COMMANDS.get(args[1]) : null);
            return args.length == 0 ? Command.USAGE : Command.OK;
        }
        Command command = COMMANDS.get(args[0]);
        if (command == null) {
            System.err.println("registre: unknown command '" + args[0] + "' (try 'registre help')");
            return Command.USAGE;
        }
        try {
            CommandLine line = new DefaultParser().parse(command.options(), Arrays.copyOfRange(args, 1, args.length));
            if (line.hasOption("help")) {
                printHelp(command);
                return Command.OK;
            }
            return command.run(line);
        } catch (ParseException | UsageException e) {
            System.err.println("registre " + command.name() + ": " + e.getMessage());
            System.err.println("usage: registre " + command.name() + " " + command.synopsis()
                    + "  (registre help " + command.name() + ")");
            return Command.USAGE;
        } catch (Exception e) {
            System.err.println("registre " + command.name() + ": " + e);
            return Command.FAILURES;
        }
    }

    private static void printHelp(Command command) {
        PrintWriter out = new PrintWriter(System.out, true);
        HelpFormatter help = new HelpFormatter();
        if (command != null) {
            help.printHelp(out, 100, "registre " + command.name() + " " + command.synopsis(),
                    command.summary(), command.options(), 2, 4, "", false);
            return;
        }
        out.println("registre: digitises French deliberation registers (PDFs and page images).");
        out.println();
        out.println("usage: registre COMMAND [OPTIONS]");
        for (Command c : COMMANDS.values()) {
            out.printf("  %-10s %s%n", c.name(), c.summary());
        }
        out.println();
        out.println("'registre help COMMAND' describes a command's options.");
    }
}
