package fr.registre.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.registre.model.AnalysedDocument;
import fr.registre.model.CorrectedText;
import fr.registre.model.Deliberation;
import fr.registre.model.Entity;
import fr.registre.model.Correction;
import fr.registre.model.IngestedDocument;
import fr.registre.model.Page;
import fr.registre.model.PageMethod;

/**
 * The {@code NAME.json} document: source, hash, pages and raw text, to which later stages add their
 * results. Thread-safe. The tree is built explicitly so that the published format does not follow refactorings
 * of the Java records.
 */
public final class DocumentJson implements DocumentWriter {

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** The configured mapper, also for reading the files back; thread-safe. */
    public ObjectMapper mapper() {
        return mapper;
    }

    @Override
    public OutputFormat format() {
        return OutputFormat.JSON;
    }

    @Override
    public void write(AnalysedDocument document, OutputStream out) throws IOException {
        write(of(document), out);
    }

    /** The full document: what was read, then what each later stage found. */
    public ObjectNode of(AnalysedDocument analysis) {
        ObjectNode root = of(analysis.ingested());
        putCorrections(root, analysis.corrected());
        root.set("entities", entities(analysis.entities(), analysis.corrected()));
        root.set("deliberation", deliberation(analysis.deliberation()));
        return root;
    }

    /** Persons and organisations: type, text, start, end, source, and the long form of an acronym. */
    public ArrayNode entities(List<Entity> entities) {
        return mapper.valueToTree(entities);
    }

    /**
     * Persons and organisations tagged in {@code corrected}'s text, each also with {@code rawStart}
     * and {@code rawEnd}, its offsets in the text as read (where ALTO's words and the pages' offsets point).
     */
    public ArrayNode entities(List<Entity> entities, CorrectedText corrected) {
        ArrayNode array = entities(entities);
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            ((ObjectNode) array.get(i)).put("rawStart", corrected.toRaw(e.start())).put("rawEnd", corrected.toRaw(e.end()));
        }
        return array;
    }

    /** The deliberation record; dates as ISO strings, amounts as plain numbers. */
    public ObjectNode deliberation(Deliberation deliberation) {
        return mapper.valueToTree(deliberation);
    }

    /** The document as read: source, hash, pages and raw text. */
    public ObjectNode of(IngestedDocument document) {
        ObjectNode root = mapper.createObjectNode();
        root.put("source", document.source());
        root.put("sha256", document.sha256());
        ArrayNode pages = root.putArray("pages");
        int[] starts = document.pageStarts();
        for (int i = 0; i < starts.length; i++) {
            Page page = document.pages().get(i);
            ObjectNode p = pages.addObject();
            p.put("number", page.number());
            p.put("method", page.method().label());
            if (page.confidence() != null) {
                p.put("confidence", Math.round(page.confidence() * 1000) / 1000.0);
            }
            if (page.method() != PageMethod.FAILED) { // a page never decoded has no size
                p.put("width", page.width());
                p.put("height", page.height());
                p.put("dpi", page.dpi());
            }
            if (page.skewDegrees() != 0) {
                p.put("skewDegrees", Math.round(page.skewDegrees() * 100) / 100.0);
            }
            p.put("start", starts[i]);
            p.put("end", starts[i] + page.text().length());
            if (page.error() != null) {
                p.put("error", page.error());
            }
        }
        root.put("rawText", document.rawText());
        return root;
    }

    /** Adds {@code text}, {@code corrections} and {@code suggestions} (offsets into {@code rawText}). */
    public void putCorrections(ObjectNode root, CorrectedText corrected) {
        root.put("text", corrected.text());
        putChanges(root.putArray("corrections"), corrected.corrections());
        putChanges(root.putArray("suggestions"), corrected.suggestions());
    }

    private static void putChanges(ArrayNode array, List<Correction> changes) {
        for (Correction c : changes) {
            ObjectNode o = array.addObject();
            o.put("start", c.start());
            o.put("end", c.end());
            o.put("original", c.original());
            o.put("replacement", c.replacement());
            o.put("rule", c.rule());
            o.put("confidence", c.confidence());
        }
    }

    public void write(ObjectNode json, OutputStream out) throws IOException {
        mapper.writeValue(out, json);
        out.write('\n');
    }
}
