package fr.registre.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** One sub-command of the {@code registre} command line. */
interface Command {

    /** Exit status: everything worked. */
    int OK = 0;
    /** Exit status: the run finished, but some inputs failed. */
    int FAILURES = 1;
    /** Exit status: the command line was wrong. */
    int USAGE = 2;

    String name();

    /** Argument synopsis shown after the command name, e.g. "INPUT... --out DIR". */
    String synopsis();

    String summary();

    Options options();

    int run(CommandLine line) throws Exception;
}
