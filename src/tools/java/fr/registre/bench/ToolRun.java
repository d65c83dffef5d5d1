package fr.registre.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs an external command the way a user would, single-threaded, and measures its wall time, and
 * its CPU time and peak resident memory with GNU time when it is installed.
 */
final class ToolRun {

    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    /**
     * Cost of one command.
     *
     * @param seconds    wall time
     * @param peakKb     peak resident set size in KiB, or -1 when it could not be measured
     * @param cpuSeconds user and system CPU time of the command and its children, or -1 when it
     *                   could not be measured
     */
    record Cost(double seconds, long peakKb, double cpuSeconds) {

        static final Cost ZERO = new Cost(0, 0, 0);

        /** Costs of commands run one after the other: times add up, memory peaks do not. */
        Cost then(Cost next) {
            long peak = peakKb < 0 || next.peakKb < 0 ? -1 : Math.max(peakKb, next.peakKb);
            double cpu = cpuSeconds < 0 || next.cpuSeconds < 0 ? -1 : cpuSeconds + next.cpuSeconds;
            return new Cost(seconds + next.seconds, peak, cpu);
        }
    }

    private ToolRun() {
    }

    static boolean available(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /** {@code dir}, emptied of what an earlier benchmark left, or created. */
    static Path emptyDirectory(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> old = Files.walk(dir)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    /** Runs the command and fails with its error output when it does not exit 0. */
    static Cost run(List<String> command, Path workDir) throws IOException, InterruptedException {
        boolean measured = Files.isExecutable(GNU_TIME);
        Path timing = Files.createTempFile(workDir, "time", ".txt");
        Path log = Files.createTempFile(workDir, "log", ".txt");
        List<String> full = new ArrayList<>();
        if (measured) {
            full.addAll(List.of(GNU_TIME.toString(), "-f", "%e %M %U %S", "-o", timing.toString()));
        }
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        long start = System.nanoTime();
        int exit = pb.start().waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        try {
            if (exit != 0) {
                String output = Files.readString(log, StandardCharsets.UTF_8);
                throw new IOException(command.get(0) + " exited " + exit + ": "
                        + output.substring(Math.max(0, output.length() - 400)).strip());
            }
            if (!measured) {
                return new Cost(wall, -1, -1);
            }
            // GNU time may write the child's signal or exit status above its line
            String[] fields = Files.readString(timing).strip().split("\\s+");
            int n = fields.length;
            return new Cost(wall, Long.parseLong(fields[n - 3]),
                    Double.parseDouble(fields[n - 2]) + Double.parseDouble(fields[n - 1]));
        } finally {
            Files.deleteIfExists(timing);
            Files.deleteIfExists(log);
        }
    }
}
