package fr.registre.pipeline;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code DIR/manifest.jsonl}: one JSON line per input each time a run finishes it, the last line
 * of an input winning. Lines are appended and synced one by one, so a killed run loses at most the
 * line it was writing; that torn line is cut off when the manifest is next opened.
 */
public final class Manifest implements Closeable {

    public static final String FILE_NAME = "manifest.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final FileChannel channel;
    private final Map<String, DocumentRecord> latest;

    private Manifest(FileChannel channel, Map<String, DocumentRecord> latest) {
        this.channel = channel;
        this.latest = latest;
    }

    /** Opens (or creates) the manifest of {@code outDir} and reads what earlier runs recorded. */
    public static Manifest open(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Path file = outDir.resolve(FILE_NAME);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            byte[] bytes = Files.readAllBytes(file);
            int complete = bytes.length;
            while (complete > 0 && bytes[complete - 1] != '\n') {
                complete--;
            }
            channel.truncate(complete);
            Map<String, DocumentRecord> latest = new HashMap<>();
            for (String line : new String(bytes, 0, complete, StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    DocumentRecord r = JSON.readValue(line, DocumentRecord.class);
                    latest.put(r.name(), r);
                } catch (JsonProcessingException e) {
                    // a line from another version or damaged by hand: that input is simply redone
                }
            }
            channel.position(complete);
            return new Manifest(channel, latest);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The last record of the input named {@code name}, if a run finished it. */
    public synchronized Optional<DocumentRecord> last(String name) {
        return Optional.ofNullable(latest.get(name));
    }

    /** The last record of every input a run finished. */
    public synchronized List<DocumentRecord> records() {
        return List.copyOf(latest.values());
    }

    /** Appends the record and syncs it to disk before returning. */
    public synchronized void append(DocumentRecord record) throws IOException {
        ByteBuffer line = ByteBuffer.wrap((JSON.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8));
        while (line.hasRemaining()) {
            channel.write(line);
        }
        channel.force(false);
        latest.put(record.name(), record);
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
