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
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.registre.ingest.InputFile;
import fr.registre.io.Hashes;
import fr.registre.model.Deliberation;
import fr.registre.pipeline.DocumentRecord;
import fr.registre.pipeline.Registre;
import fr.registre.pipeline.RunListener;
import fr.registre.pipeline.RunOptions;

/**
 * One input on an executor: read from any Hadoop file system, skipped when an earlier run did it
 * (same SHA-256), otherwise run through the batch pipeline of the executor in a local staging
 * directory, its outputs copied to the destination under a temporary name and then renamed, and its
 * record turned into table rows. Whatever goes wrong becomes a failed row, never a failed task.
 */
final class DocumentTask implements Serializable {

    private final String out;
    private final Set<String> done;
    private final int taskSlots;

    /**
     * @param out       the destination directory (any Hadoop file system URI or path)
     * @param done      SHA-256 of the inputs an earlier run finished
     * @param taskSlots concurrent tasks per executor: the OCR engines its pipeline opens
     */
    DocumentTask(String out, Set<String> done, int taskSlots) {
        this.out = out;
        this.done = done;
        this.taskSlots = taskSlots;
    }

    /** One input: its URI, and the name its outputs take (its path under the walked directory, without extension). */
    record Input(String source, String name) implements Serializable {
    }

    /** The rows of one input, or null when an earlier run did it. */
    DocumentRows process(Input document) {
        long start = System.nanoTime();
        String source = document.source();
        String name = document.name();
        String fileName = new org.apache.hadoop.fs.Path(source).getName();
        Path staging = null;
        String sha256 = null;
        try {
            org.apache.hadoop.fs.Path input = new org.apache.hadoop.fs.Path(source);
            FileSystem inFs = input.getFileSystem(new Configuration());
            byte[] bytes;
            try (InputStream in = inFs.open(input)) {
                bytes = in.readAllBytes();
            }
            sha256 = Hashes.sha256(bytes);
            if (done.contains(sha256)) {
                return null;
            }
            staging = Files.createTempDirectory("registre-spark-");
            Path local = Files.createDirectories(staging.resolve("in")).resolve(fileName);
            Files.write(local, bytes);
            Path localOut = staging.resolve("out");
            Registre registre = ExecutorPipeline.get(taskSlots);
            DocumentRecord record = registre.run(List.of(new InputFile(local, name)), localOut, RunOptions.defaults(),
                    RunListener.none()).all().get(0);
            Deliberation deliberation = publish(registre.json().mapper(), record, localOut, source);
            return DocumentRows.of(source, name, record, deliberation, millis(start));
        } catch (IOException | RuntimeException e) {
            return DocumentRows.failure(source, name, sha256, e, millis(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DocumentRows.failure(source, name, sha256, e, millis(start));
        } finally {
            delete(staging);
        }
    }

    /**
     * Copies the outputs to the destination, each under a temporary name then renamed, the JSON last
     * (as the batch writes it) and naming the input as the job read it; returns the record it holds.
     */
    private Deliberation publish(ObjectMapper json, DocumentRecord record, Path localOut, String source) throws IOException {
        org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(out);
        FileSystem fs = dir.getFileSystem(new Configuration());
        Deliberation deliberation = null;
        List<String> outputs = new ArrayList<>(record.outputs());
        outputs.sort(Comparator.comparing((String o) -> o.endsWith(".json")));
        for (String output : outputs) {
            byte[] content = Files.readAllBytes(localOut.resolve(output));
            if (output.endsWith(".json")) {
                ObjectNode root = (ObjectNode) json.readTree(content);
                root.put("source", source);
                content = (json.writeValueAsString(root) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                JsonNode node = root.get("deliberation");
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
