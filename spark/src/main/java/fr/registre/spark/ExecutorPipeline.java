package fr.registre.spark;

import fr.registre.pipeline.Registre;
import fr.registre.pipeline.RegistreConfig;

/**
 * The one pipeline of an executor JVM. Spark ships functions, not objects, to its executors: the
 * composition root is opened here once per JVM, on the first task, with one OCR engine per task
 * slot, and closed when the JVM exits.
 */
final class ExecutorPipeline {

    private static Registre registre;
    private static int slots;

    private ExecutorPipeline() {
    }

    /** The pipeline with one OCR engine per task slot; a JVM that runs jobs of another width (tests, benchmarks) gets a new one. */
    static synchronized Registre get(int taskSlots) {
        if (registre == null || slots != taskSlots) {
            if (registre != null) {
                registre.close();
            } else {
                Runtime.getRuntime().addShutdownHook(new Thread(ExecutorPipeline::close));
            }
            registre = Registre.open(RegistreConfig.defaults().withJobs(taskSlots));
            slots = taskSlots;
        }
        return registre;
    }

    private static synchronized void close() {
        if (registre != null) {
            registre.close();
            registre = null;
        }
    }
}
