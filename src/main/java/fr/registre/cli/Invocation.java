package fr.registre.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.commons.cli.CommandLine;

/**
 * One parsed call of a command: its positional arguments, typed option values with errors a user
 * can act on, and the console ({@code out} for results, {@code err} for progress and errors, quieter
 * with {@code -q}, more talkative with {@code -v}).
 */
public final class Invocation {

    /** The argument that stands for standard input (and, as an output, standard output). */
    public static final String STDIO = "-";

    private final String command;
    private final CommandLine line;
    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;

    Invocation(String command, CommandLine line, PrintStream out, PrintStream err, InputStream in) {
        this.command = command;
        this.line = line;
        this.out = out;
        this.err = err;
        this.in = in;
    }

    /** Positional arguments. */
    public List<String> args() {
        return line.getArgList();
    }

    public boolean has(String option) {
        return line.hasOption(option);
    }

    public String value(String option, String fallback) {
        return line.getOptionValue(option, fallback);
    }

    public boolean quiet() {
        return line.hasOption("quiet");
    }

    public boolean verbose() {
        return line.hasOption("verbose");
    }

    /** Results. */
    public PrintStream out() {
        return out;
    }

    /** Errors and progress. */
    public PrintStream err() {
        return err;
    }

    /** A progress or summary line on stderr, unless {@code -q}. */
    public void info(String message) {
        if (!quiet()) {
            err.println(message);
        }
    }

    /** A detail on stderr with {@code -v}. */
    public void debug(String message) {
        if (verbose()) {
            err.println("registre " + command + ": " + message);
        }
    }

    /** One line for an input that could not be processed; the run goes on. */
    public void inputError(String input, String reason) {
        err.println("error   " + input + ": " + reason);
    }

    public int intValue(String option, int fallback, int min, int max) throws UsageException {
        return number(option, fallback, min, max, Integer::valueOf, "a whole number");
    }

    public double doubleValue(String option, double fallback, double min, double max) throws UsageException {
        return number(option, fallback, min, max, Double::valueOf, "a number");
    }

    private <N extends Comparable<N>> N number(String option, N fallback, N min, N max, Function<String, N> parse,
                                               String kind) throws UsageException {
        String value = line.getOptionValue(option);
        if (value == null) {
            return fallback;
        }
        N n;
        try {
            n = parse.apply(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " takes " + kind + ", got '" + value + "'");
        }
        if (!(n.compareTo(min) >= 0 && n.compareTo(max) <= 0)) {
            throw new UsageException("--" + option + " must be between " + min + " and " + max + ", got " + value);
        }
        return n;
    }

    public <E extends Enum<E>> E enumValue(String option, Class<E> type, E fallback) throws UsageException {
        String value = line.getOptionValue(option);
        if (value == null) {
            return fallback;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value.strip().replace('-', '_'))) {
                return e;
            }
        }
        throw new UsageException("--" + option + " takes one of "
                + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT) + ", got '" + value + "'");
    }

    /** Fails unless the command was given at least one input ({@code -} for standard input). */
    void requireInputs() throws UsageException {
        if (args().isEmpty()) {
            throw new UsageException("no FILE given ('-' reads standard input)");
        }
    }

    /**
     * Creates the {@code --out} directory, if one is given, and checks it can be written, so that a
     * run that could not keep its results stops before reading anything.
     */
    void prepareOutput() throws OutputException {
        if (!has("out")) {
            return;
        }
        Path out = Path.of(value("out", null));
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new OutputException("cannot create the output directory " + out + ": " + e, e);
        }
        if (!Files.isWritable(out)) {
            throw new OutputException("the output directory " + out + " is not writable", null);
        }
    }

    /** What a command does with one of its inputs; an {@link IOException} fails that input only. */
    @FunctionalInterface
    public interface InputAction {
        void accept(String input) throws IOException;
    }

    /**
     * Runs {@code action} on every positional argument in turn; an input that fails gets one line on
     * stderr and the others go on.
     *
     * @return {@link ExitCode#INPUT_FAILED} if any input failed, else {@link ExitCode#OK}
     */
    public ExitCode forEachInput(InputAction action) {
        boolean failed = false;
        for (String input : args()) {
            long start = System.nanoTime();
            try {
                action.accept(input);
                debug(String.format(Locale.ROOT, "%s in %.2f s", input, (System.nanoTime() - start) / 1e9));
            } catch (IOException e) {
                inputError(input, e instanceof NoSuchFileException n && n.getReason() != null ? n.getReason() : e.getMessage());
                failed = true;
            }
        }
        return failed ? ExitCode.INPUT_FAILED : ExitCode.OK;
    }

    /** The output file for an input under {@code --out DIR}: the input's name with its extension replaced. */
    public Path outputFor(String input, String suffix) throws IOException {
        String name = STDIO.equals(input) ? "stdin" : Path.of(input).getFileName().toString().replaceFirst("\\.[^.]+$", "");
        Path target = Path.of(value("out", ".")).resolve(name + suffix);
        if (!STDIO.equals(input) && target.toAbsolutePath().normalize().equals(Path.of(input).toAbsolutePath().normalize())) {
            throw new IOException(target + " would overwrite its input: choose another --out");
        }
        return target;
    }

    /** The bytes of an input file, or of standard input for {@code -}. */
    public byte[] readBytes(String input) throws IOException {
        if (STDIO.equals(input)) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            in.transferTo(buffer);
            return buffer.toByteArray();
        }
        Path file = Path.of(input);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(input, null, Files.exists(file) ? "not a regular file" : "no such file");
        }
        return Files.readAllBytes(file);
    }

    /** An input's text, which must be UTF-8. */
    public String readText(String input) throws IOException {
        return decode(readBytes(input));
    }

    /** UTF-8 text, refusing malformed bytes rather than guessing. */
    static String decode(byte[] bytes) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text (convert it first, e.g. iconv -f latin1 -t utf-8)");
        }
    }
}
