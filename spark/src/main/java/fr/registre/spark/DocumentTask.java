package fr.registre.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.registre.ingest.InputFile;
import fr.registre.io.Hashes;
import fr.registre.model.Deliberation;
import fr.registre.pipeline.DocumentPart;
import fr.registre.pipeline.DocumentRecord;
import fr.registre.pipeline.Registre;
import fr.registre.pipeline.RunListener;
import fr.registre.pipeline.RunOptions;

/**
 * The work of the job's tasks on one input, read from any Hadoop file system into a local staging
 * directory. An input with few pages is run whole through the batch pipeline of the executor
 * ({@link #start}); a longer one is read in parts of {@code pagesPerTask} pages, each in a task of
 * its own ({@link #read}), then put together ({@link #assemble}). Either way its outputs are copied
 * to the destination under a temporary name and then renamed, and its record becomes table rows.
 * An input an earlier run did (same SHA-256) is skipped; whatever goes wrong becomes a failed row,
 * never a failed task.
 */
final class DocumentTask implements Serializable {

    private final String out;
    private final Set<String> done;
    private final int taskSlots;
    private final int pagesPerTask;

    /**
     * @param out          the destination directory (any Hadoop file system URI or path)
     * @param done         SHA-256 of the inputs an earlier run finished
     * @param taskSlots    concurrent tasks per executor: the OCR engines its pipeline opens
     * @param pagesPerTask pages a task reads at most: longer documents are shared out in parts
     */
    DocumentTask(String out, Set<String> done, int taskSlots, int pagesPerTask) {
        this.out = out;
        this.done = done;
        this.taskSlots = taskSlots;
        this.pagesPerTask = pagesPerTask;
    }

    /** One input: its URI, and the name its outputs take (its path under the walked directory, without extension). */
    record Input(String source, String name) implements Serializable {
    }

    /** Pages {@code first} to {@code last} of an input of {@code sha256}, to be read by one task. */
    record Part(Input input, String sha256, int first, int last) implements Serializable {
    }

    /** What a task read of a part, or why it could not. */
    record PartRead(Part part, DocumentPart pages, String error) implements Serializable {
    }

    /** What became of an input in its first task: its rows when it was run whole, else its parts. */
    record Started(DocumentRows rows, List<Part> parts) implements Serializable {
    }

    /**
     * The first task of an input: null when an earlier run did it; its rows when it is short or
     * cannot be read; else its parts.
     */
    Started start(Input document) {
        long start = System.nanoTime();
        String sha256 = null;
        Path staging = null;
        try {
            byte[] bytes = fetch(document);
            sha256 = Hashes.sha256(bytes);
            if (done.contains(sha256)) {
                return null;
            }
            staging = Files.createTempDirectory("registre-spark-");
            Path local = stage(staging, document, bytes);
            Registre registre = ExecutorPipeline.get(taskSlots);
            int pages = pageCount(registre, local);
            if (pages > pagesPerTask) {
                List<Part> parts = new ArrayList<>();
                for (int first = 1; first <= pages; first += pagesPerTask) {
                    parts.add(new Part(document, sha256, first, Math.min(pages, first + pagesPerTask - 1)));
                }
                return new Started(null, parts);
            }
            Path localOut = staging.resolve("out");
            DocumentRecord record = registre.run(List.of(new InputFile(local, document.name(), document.source())), localOut,
                    RunOptions.defaults(), RunListener.none()).all().get(0);
            return new Started(rows(registre, document, record, localOut, start), List.of());
        } catch (IOException | RuntimeException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return new Started(DocumentRows.failure(document.source(), document.name(), sha256, e, millis(start)), List.of());
        } finally {
            delete(staging);
        }
    }

    /** Reads the pages of one part (a part of a file changed since its first task fails when put together). */
    PartRead read(Part part) {
        Path staging = null;
        try {
            staging = Files.createTempDirectory("registre-spark-");
            Path local = stage(staging, part.input(), fetch(part.input()));
            return new PartRead(part, ExecutorPipeline.get(taskSlots).readPart(local, part.first(), part.last(),
                    RunOptions.defaults()), null);
        } catch (IOException | RuntimeException e) {
            return new PartRead(part, null, DocumentRows.reason(e));
        } finally {
            delete(staging);
        }
    }

    /**
     * Puts the parts of one input together (in any order: each page goes to its number), writes its
     * outputs and gives its rows.
     */
    DocumentRows assemble(Input document, Iterable<PartRead> reads) {
        long start = System.nanoTime();
        List<DocumentPart> parts = new ArrayList<>();
        String sha256 = null;
        for (PartRead read : reads) {
            sha256 = read.part().sha256();
            if (read.error() != null) {
                return DocumentRows.failure(document.source(), document.name(), sha256, "pages " + read.part().first()
                        + "-" + read.part().last() + ": " + read.error(), millis(start));
            }
            parts.add(read.pages());
        }
        Path staging = null;
        try {
            staging = Files.createTempDirectory("registre-spark-");
            Path local = stage(staging, document, fetch(document));
            Path localOut = staging.resolve("out");
            Registre registre = ExecutorPipeline.get(taskSlots);
            DocumentRecord record = registre.assemble(new InputFile(local, document.name(), document.source()), parts, localOut,
                    RunOptions.defaults());
            return rows(registre, document, record, localOut, start);
        } catch (IOException | RuntimeException e) {
            return DocumentRows.failure(document.source(), document.name(), sha256, e, millis(start));
        } finally {
            delete(staging);
        }
    }

    private static byte[] fetch(Input document) throws IOException {
        org.apache.hadoop.fs.Path input = new org.apache.hadoop.fs.Path(document.source());
        try (InputStream in = input.getFileSystem(new Configuration()).open(input)) {
            return in.readAllBytes();
        }
    }

    private static Path stage(Path staging, Input document, byte[] bytes) throws IOException {
        String fileName = new org.apache.hadoop.fs.Path(document.source()).getName();
        return Files.write(Files.createDirectories(staging.resolve("in")).resolve(fileName), bytes);
    }

    /** The pages of a file, or 0 when it cannot be opened: run whole, the batch then says why, as it does for any input. */
    private static int pageCount(Registre registre, Path local) {
        try {
            return registre.pageCount(local);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private DocumentRows rows(Registre registre, Input document, DocumentRecord record, Path localOut, long start)
            throws IOException {
        Deliberation deliberation = publish(registre.json().mapper(), record, localOut);
        return DocumentRows.of(document.source(), document.name(), record, deliberation, millis(start));
    }

    /**
     * Copies the outputs to the destination, each under a temporary name then renamed, the JSON last
     * (as the batch writes it); returns the record the JSON holds.
     */
    private Deliberation publish(ObjectMapper json, DocumentRecord record, Path localOut) throws IOException {
        org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(out);
        FileSystem fs = dir.getFileSystem(new Configuration());
        Deliberation deliberation = null;
        List<String> outputs = new ArrayList<>(record.outputs());
        outputs.sort(Comparator.comparing((String o) -> o.endsWith(".json")));
        for (String output : outputs) {
            byte[] content = Files.readAllBytes(localOut.resolve(output));
            if (output.endsWith(".json")) {
                JsonNode node = json.readTree(content).get("deliberation");
                deliberation = node == null || node.isNull() ? null : json.treeToValue(node, Deliberation.class);
            }
            org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(dir, output);
            org.apache.hadoop.fs.Path part = new org.apache.hadoop.fs.Path(target.getParent(),
                    "." + target.getName() + "." + UUID.randomUUID() + ".part");
            try (OutputStream o = fs.create(part, true)) {
                o.write(content);
            }
            fs.delete(target, false);
            if (!fs.rename(part, target)) {
                fs.delete(part, false);
                throw new IOException("cannot rename " + part + " to " + target);
            }
        }
        return deliberation;
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a staging directory left in the temporary directory holds nothing the run needs
        }
    }
}
