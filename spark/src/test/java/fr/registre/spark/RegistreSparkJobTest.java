package fr.registre.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.registre.ingest.InputCollector;
import fr.registre.pipeline.Registre;
import fr.registre.pipeline.RegistreConfig;
import fr.registre.pipeline.RunListener;
import fr.registre.pipeline.RunOptions;

/**
 * The Spark job in local mode on real scans: the same outputs as the batch command, Parquet tables
 * with the expected rows, a bad file as a failed row, a re-run that does no work, and documents read
 * a page per task put together as one run would write them.
 */
class RegistreSparkJobTest {

    @TempDir
    Path dir;

    @Test
    void theJobWritesWhatTheBatchWritesAndTablesAndDoesNothingTwice() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("scans", "bureau-2025-born-digital.pdf"), in.resolve("bureau.pdf"));
        Files.copy(Path.of("scans", "territoire-2022-clean.png"), in.resolve("territoire.png"));
        Files.writeString(in.resolve("broken.pdf"), "%PDF-1.4 not a pdf at all");
        Files.writeString(in.resolve("notes.txt"), "not a document: left alone");
        // the same file name from another input: its outputs must not be written over the first's
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.copy(Path.of("scans", "bureau-2025-born-digital.pdf"), other.resolve("bureau.pdf"));
        Path batch = dir.resolve("batch");
        try (Registre registre = Registre.open(RegistreConfig.defaults().withJobs(2))) {
            registre.run(InputCollector.collect(List.of(in)), batch, RunOptions.defaults(), RunListener.none());
        }
        Path out = dir.resolve("spark");
        try (SparkSession spark = SparkSession.builder().master("local[2]").appName("registre-test")
                .config("spark.ui.enabled", "false").getOrCreate()) {
            List<String> inputs = List.of(in.toString(), other.toString());
            RegistreSparkJob.Summary first = RegistreSparkJob.run(spark, inputs, out.toString());
            assertEquals(new RegistreSparkJob.Summary(4, 0, Map.of("DONE", 3, "FAILED", 1)), first);
            assertTrue(Files.isRegularFile(out.resolve("bureau-2.json")), "the second bureau.pdf is written under a name of its own");

            for (String name : List.of("bureau", "territoire")) {
                JsonNode a = new ObjectMapper().readTree(batch.resolve(name + ".json").toFile());
                JsonNode b = new ObjectMapper().readTree(out.resolve(name + ".json").toFile());
                for (String field : List.of("sha256", "pages", "rawText", "text", "corrections", "entities", "deliberation")) {
                    assertEquals(a.get(field), b.get(field), name + " " + field);
                }
                assertEquals(Files.readString(batch.resolve(name + ".txt")), Files.readString(out.resolve(name + ".txt")));
            }
            assertEquals(outputs(batch), outputs(out), "the same files, none half-written");

            assertEquals(4, spark.read().parquet(out.resolve("tables/documents").toString()).count());
            assertEquals(1, spark.read().parquet(out.resolve("tables/documents").toString())
                    .where("status = 'FAILED' AND error IS NOT NULL AND source LIKE '%broken.pdf'").count());
            assertEquals(3 + 1 + 3, spark.read().parquet(out.resolve("tables/pages").toString()).count());
            assertEquals(31 + 11 + 31, spark.read().parquet(out.resolve("tables/attendance").toString())
                    .where("role = 'present'").count());
            long votes = 0;
            for (String name : List.of("bureau", "territoire")) {
                votes += new ObjectMapper().readTree(batch.resolve(name + ".json").toFile()).at("/deliberation/votes").size();
            }
            assertTrue(votes > 0);
            votes += new ObjectMapper().readTree(batch.resolve("bureau.json").toFile()).at("/deliberation/votes").size();
            assertEquals(votes, spark.read().parquet(out.resolve("tables/votes").toString()).count());

            RegistreSparkJob.Summary again = RegistreSparkJob.run(spark, inputs, out.toString());
            assertEquals(new RegistreSparkJob.Summary(4, 3, Map.of("FAILED", 1)), again, "only the failure is tried again");
        }
    }

    @Test
    void theRecordsOfALongDocumentReadInPartsAreThoseOfOneRun() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("scans", "convention-2016-mixed.pdf"), in.resolve("convention.pdf"));
        Files.copy(Path.of("scans", "bureau-2025-born-digital.pdf"), in.resolve("bureau.pdf"));
        Path batch = dir.resolve("batch");
        try (Registre registre = Registre.open(RegistreConfig.defaults().withJobs(2))) {
            registre.run(InputCollector.collect(List.of(in)), batch, RunOptions.defaults(), RunListener.none());
        }
        Path out = dir.resolve("spark");
        List<Integer> tasksPerStage = new CopyOnWriteArrayList<>();
        try (SparkSession spark = SparkSession.builder().master("local[2]").appName("registre-test")
                .config("spark.ui.enabled", "false").getOrCreate()) {
            spark.sparkContext().addSparkListener(new SparkListener() {
                @Override
                public void onStageCompleted(SparkListenerStageCompleted stage) {
                    tasksPerStage.add(stage.stageInfo().numTasks());
                }
            });
            RegistreSparkJob.Summary summary = RegistreSparkJob.run(spark, List.of(in.toString()), out.toString(), 1);
            assertEquals(new RegistreSparkJob.Summary(2, 0, Map.of("DONE", 2)), summary);
            for (long wait = 0; !tasksPerStage.contains(2 + 3) && wait < 100; wait++) {
                Thread.sleep(100); // stage events reach listeners a little after the job
            }
            assertTrue(tasksPerStage.contains(2 + 3), "each of the 5 pages read in a task of its own: " + tasksPerStage);
            for (String name : List.of("convention", "bureau")) {
                JsonNode a = new ObjectMapper().readTree(batch.resolve(name + ".json").toFile());
                JsonNode b = new ObjectMapper().readTree(out.resolve(name + ".json").toFile());
                ((ObjectNode) a).remove("source");
                ((ObjectNode) b).remove("source");
                assertEquals(a, b, name);
                for (String suffix : List.of(".raw.txt", ".txt")) {
                    assertEquals(Files.readString(batch.resolve(name + suffix)), Files.readString(out.resolve(name + suffix)));
                }
            }
            String source = new ObjectMapper().readTree(out.resolve("convention.json").toFile()).get("source").asText();
            assertTrue(source.startsWith("file:") && source.endsWith("in/convention.pdf"), source);
            assertEquals(Files.readString(batch.resolve("convention.alto.xml")).replace(in.resolve("convention.pdf").toString(), source),
                    Files.readString(out.resolve("convention.alto.xml")), "ALTO names the input as the JSON does");
            assertTrue(Files.size(out.resolve("convention.ocr.pdf")) > 0);
            assertEquals(2 + 3, spark.read().parquet(out.resolve("tables/pages").toString()).count());
            assertEquals(0, spark.read().parquet(out.resolve("tables/pages").toString()).where("error IS NOT NULL").count());
        }
    }

    private static List<String> outputs(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(f -> f.matches("(bureau|territoire)\\..*|.*\\.part")).sorted().toList();
        }
    }
}
