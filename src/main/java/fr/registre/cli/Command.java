package fr.registre.cli;

import java.util.List;

/**
 * One sub-command of {@code registre}: a declarative {@link Spec} (name, synopsis, options) from
 * which parsing and help are derived, and the action. Every command also takes {@code --help},
 * {@code -q} and {@code -v}. Commands outside the runtime jar (bench, training) register through
 * {@link java.util.ServiceLoader}.
 */
public interface Command {

    Spec spec();

    ExitCode run(Invocation call) throws Exception;

    /**
     * What a command is and takes.
     *
     * @param synopsis shown after the command name, e.g. "INPUT... --out DIR [options]"
     */
    record Spec(String name, String synopsis, String summary, List<Opt> options) {

        public Spec {
            options = List.copyOf(options);
        }
    }

    /**
     * An option: {@code --name} alone, or {@code --name ARG} when {@code arg} is set.
     *
     * @param name        the long name
     * @param arg         the value's name in the help, or null for a flag
     * @param description one line for the help
     */
    record Opt(String name, String arg, String description) {

        public static Opt flag(String name, String description) {
            return new Opt(name, null, description);
        }

        public static Opt value(String name, String arg, String description) {
            return new Opt(name, arg, description);
        }
    }
}
