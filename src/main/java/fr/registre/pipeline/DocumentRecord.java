package fr.registre.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonIgnore;

import fr.registre.model.AnalysedDocument;
import fr.registre.model.Correction;
import fr.registre.model.EntityType;
import fr.registre.model.Page;

/**
 * What a batch keeps of one input once it is done: one line of {@code manifest.jsonl}, and what the
 * batch report is made from. Small on purpose: a batch of tens of thousands of registers holds one
 * per input, never the documents themselves.
 *
 * @param name        the input's output name ({@code DIR/NAME.*})
 * @param source      the input's absolute path
 * @param sha256      hash of the input's bytes, null if it could not be read
 * @param status      done, partial or failed
 * @param pages       what became of each page
 * @param corrections corrections applied, counted by rule
 * @param persons     persons tagged
 * @param organizations organisations tagged
 * @param outputs     files written, relative to the output directory, JSON last
 * @param millis      wall time spent on the input
 * @param error       one-line reason for a failure, else null
 * @param settings    what shaped the outputs ({@link RegistreConfig#outputSettings()} and the formats)
 * @param retry       the failure may pass (a full disk, an I/O error, a timeout): the next run tries again
 */
public record DocumentRecord(String name, String source, String sha256, DocumentOutcome.Status status,
                             List<PageRecord> pages, Map<String, Integer> corrections, int persons,
                             int organizations, List<String> outputs, long millis, String error, String settings,
                             boolean retry) {

    /**
     * One page.
     *
     * @param number     page number, from 1
     * @param method     "text-layer", "ocr" or "failed"
     * @param confidence mean OCR word confidence 0..1, null for text-layer pages
     * @param error      why the page failed, else null
     */
    public record PageRecord(int number, String method, Double confidence, String error) {
    }

    public DocumentRecord {
        pages = pages == null ? List.of() : List.copyOf(pages);
        corrections = corrections == null ? Map.of() : Map.copyOf(corrections);
        outputs = outputs == null ? List.of() : List.copyOf(outputs);
    }

    /** The record of an outcome whose outputs went to {@code outDir}, made under {@code settings}. */
    public static DocumentRecord of(DocumentOutcome o, Path outDir, String settings) {
        AnalysedDocument a = o.analysis();
        List<PageRecord> pages = a == null ? List.of() : a.ingested().pages().stream()
                .map(p -> new PageRecord(p.number(), p.method().label(), rounded(p), p.error())).toList();
        Map<String, Integer> corrections = new TreeMap<>();
        int persons = 0;
        int organizations = 0;
        if (a != null) {
            for (Correction c : a.corrected().corrections()) {
                corrections.merge(c.rule(), 1, Integer::sum);
            }
            persons = (int) a.entities().stream().filter(e -> e.type() == EntityType.PERSON).count();
            organizations = a.entities().size() - persons;
        }
        List<String> outputs = o.outputs().stream().map(p -> outDir.relativize(p).toString().replace('\\', '/')).toList();
        return new DocumentRecord(o.input().name(), o.input().path().toAbsolutePath().normalize().toString(), o.sha256(),
                o.status(), pages, corrections, persons, organizations, outputs, o.elapsed().toMillis(), o.error(),
                settings, o.retry());
    }

    private static Double rounded(Page p) {
        return p.confidence() == null ? null : Math.round(p.confidence() * 1000) / 1000.0;
    }

    /** True when every output it lists is still in {@code outDir}. */
    public boolean outputsPresent(Path outDir) {
        return outputs.stream().allMatch(f -> Files.isRegularFile(outDir.resolve(f)));
    }

    @JsonIgnore
    public boolean isFailure() {
        return status != DocumentOutcome.Status.DONE;
    }
}
