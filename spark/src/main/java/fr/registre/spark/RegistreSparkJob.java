package fr.registre.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import fr.registre.ingest.InputCollector;

/**
 * The registre batch as an Apache Spark job, the class {@code spark-submit} runs. Inputs are paths or
 * globs on any Hadoop file system; each document is a task that runs the same pipeline as
 * {@code registre ingest} (one pipeline per executor JVM, one OCR engine per task slot), a long one
 * several tasks that each read some of its pages, and writes the same outputs to {@code --out}; the
 * records become Parquet tables under {@code OUT/tables/} (documents, pages, attendance, votes,
 * grants, items). A failed input is a row with its reason; a
 * re-run skips the inputs whose SHA-256 an earlier run finished.
 * <pre>{@code
 * spark-submit --class fr.registre.spark.RegistreSparkJob registre-spark.jar INPUT... --out DIR
 * }</pre>
 */
public final class RegistreSparkJob {

    /** What a run did. */
    public record Summary(int inputs, int skipped, Map<String, Integer> byStatus) {
    }

    /** Pages one task reads at most, unless {@code --pages-per-task} says otherwise. */
    public static final int PAGES_PER_TASK = 16;

    private RegistreSparkJob() {
    }

    public static void main(String[] args) throws IOException {
        List<String> inputs = new ArrayList<>();
        String out = null;
        String master = null;
        int pagesPerTask = PAGES_PER_TASK;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = args[++i];
                case "--master" -> master = args[++i];
                case "--pages-per-task" -> pagesPerTask = Integer.parseInt(args[++i]);
                default -> inputs.add(args[i]);
            }
        }
        if (out == null || inputs.isEmpty() || pagesPerTask < 1) {
            System.err.println("usage: RegistreSparkJob INPUT... --out DIR [--master local[N]] [--pages-per-task "
                    + PAGES_PER_TASK + "]");
            System.exit(2);
        }
        SparkSession.Builder builder = SparkSession.builder().appName("registre");
        if (master != null) {
            builder.master(master);
        }
        try (SparkSession spark = builder.getOrCreate()) {
            spark.sparkContext().setLogLevel("WARN");
            Summary s = run(spark, inputs, out, pagesPerTask);
            System.out.printf(Locale.ROOT, "%d inputs: %d skipped as done before, %s%n", s.inputs(), s.skipped(), s.byStatus());
            System.exit(s.byStatus().getOrDefault("FAILED", 0) + s.byStatus().getOrDefault("PARTIAL", 0) > 0 ? 1 : 0);
        }
    }

    /** Runs the inputs into {@code out}, reading documents longer than {@value #PAGES_PER_TASK} pages in parts. */
    public static Summary run(SparkSession spark, List<String> inputs, String out) throws IOException {
        return run(spark, inputs, out, PAGES_PER_TASK);
    }

    /**
     * Runs the inputs into {@code out}; the tables of earlier runs there are kept and added to. A
     * document of more than {@code pagesPerTask} pages is read in parts of that many pages, each
     * in a task of its own, then put together in one more: a long register does not hold one core
     * while the others wait.
     */
    public static Summary run(SparkSession spark, List<String> inputs, String out, int pagesPerTask) throws IOException {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<DocumentTask.Input> files = documents(inputs, sc.hadoopConfiguration());
        String tables = new Path(out, "tables").toString();
        DocumentTask task = new DocumentTask(out, doneBefore(spark, tables), taskSlots(sc), pagesPerTask);
        JavaRDD<DocumentTask.Started> started = sc.parallelize(files, Math.max(1, files.size()))
                .map(task::start).filter(Objects::nonNull).persist(StorageLevel.MEMORY_AND_DISK());
        List<DocumentTask.Part> parts = started.flatMap(s -> s.parts().iterator()).collect();
        JavaRDD<DocumentRows> whole = started.filter(s -> s.rows() != null).map(DocumentTask.Started::rows);
        JavaRDD<DocumentRows> rows = (parts.isEmpty() ? whole : whole.union(sc.parallelize(parts, parts.size())
                .map(task::read)
                .groupBy(r -> r.part().input(), (int) parts.stream().map(DocumentTask.Part::input).distinct().count())
                .map(g -> task.assemble(g._1(), g._2()))))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            List<String> statuses = rows.map(r -> r.document().status()).collect();
            Map<String, Integer> byStatus = new TreeMap<>();
            statuses.forEach(s -> byStatus.merge(s, 1, Integer::sum));
            if (!statuses.isEmpty()) {
                write(spark, rows.map(DocumentRows::document), DocumentRows.DocumentRow.class, tables, "documents");
                write(spark, rows.flatMap(r -> r.pages().iterator()), DocumentRows.PageRow.class, tables, "pages");
                write(spark, rows.flatMap(r -> r.attendance().iterator()), DocumentRows.AttendanceRow.class, tables, "attendance");
                write(spark, rows.flatMap(r -> r.votes().iterator()), DocumentRows.VoteRow.class, tables, "votes");
                write(spark, rows.flatMap(r -> r.grants().iterator()), DocumentRows.GrantRow.class, tables, "grants");
                write(spark, rows.flatMap(r -> r.items().iterator()), DocumentRows.ItemRow.class, tables, "items");
            }
            return new Summary(files.size(), files.size() - statuses.size(), byStatus);
        } finally {
            rows.unpersist();
            started.unpersist();
        }
    }

    private static <T extends Record> void write(SparkSession spark, JavaRDD<T> rows, Class<T> type, String tables, String name) {
        Tables.of(spark, rows, type).coalesce(1).write().mode(SaveMode.Append).parquet(new Path(tables, name).toString());
    }

    /**
     * The documents the inputs name, each with the name its outputs take: files as given, directories
     * walked (the name is then the path under the directory, as {@code ingest} names it), globs
     * expanded; PDFs and images only. A name two inputs would share gets a number, so that no output
     * is written over another.
     */
    static List<DocumentTask.Input> documents(List<String> inputs, Configuration conf) throws IOException {
        Map<String, String> nameBySource = new TreeMap<>();
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                throw new IOException(input + ": no such file");
            }
            for (FileStatus match : matches) {
                String root = match.getPath().toUri().getPath();
                RemoteIterator<LocatedFileStatus> walk = fs.listFiles(match.getPath(), true);
                while (walk.hasNext()) {
                    Path file = walk.next().getPath();
                    String relative = match.isDirectory() ? file.toUri().getPath().substring(root.length() + 1) : file.getName();
                    if (!file.getName().startsWith(".") && InputCollector.isDocument(java.nio.file.Path.of(file.getName()))) {
                        nameBySource.putIfAbsent(file.toString(), relative.replaceFirst("\\.[^./]+$", ""));
                    }
                }
            }
        }
        List<DocumentTask.Input> documents = new ArrayList<>();
        Map<String, Integer> taken = new HashMap<>();
        nameBySource.forEach((source, name) -> {
            int seen = taken.merge(name.toLowerCase(Locale.ROOT), 1, Integer::sum);
            documents.add(new DocumentTask.Input(source, seen == 1 ? name : name + "-" + seen));
        });
        return documents;
    }

    /** SHA-256 of the inputs an earlier run into the same tables finished (done or partial; failures are tried again). */
    private static Set<String> doneBefore(SparkSession spark, String tables) throws IOException {
        Path documents = new Path(tables, "documents");
        if (!documents.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(documents)) {
            return Set.of();
        }
        Set<String> done = new HashSet<>();
        for (Row r : spark.read().parquet(documents.toString()).where("status <> 'FAILED' AND sha256 IS NOT NULL")
                .select("sha256").collectAsList()) {
            done.add(r.getString(0));
        }
        return done;
    }

    /** Tasks that run at once in one executor: local[N] gives N; on a cluster, spark.executor.cores. */
    private static int taskSlots(JavaSparkContext sc) {
        String master = sc.master();
        if (master.startsWith("local")) {
            return sc.defaultParallelism();
        }
        return Integer.parseInt(sc.getConf().get("spark.executor.cores", "1"))
                / Integer.parseInt(sc.getConf().get("spark.task.cpus", "1"));
    }
}
