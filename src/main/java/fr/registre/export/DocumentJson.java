package fr.registre.export;

import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.registre.model.IngestedDocument;
import fr.registre.model.Page;

/**
 * The {@code NAME.json} document: source, hash, pages and raw text, to which later stages add their
 * results. The tree is built explicitly so that the published format does not follow refactorings
 * of the Java records.
 */
public final class DocumentJson {

    /** Shared, thread-safe once configured. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private DocumentJson() {
    }

    public static ObjectNode of(IngestedDocument document) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("source", document.source());
        root.put("sha256", document.sha256());
        ArrayNode pages = root.putArray("pages");
        int offset = 0;
        for (Page page : document.pages()) {
            ObjectNode p = pages.addObject();
            p.put("number", page.number());
            p.put("method", page.method().label());
            if (page.confidence() != null) {
                p.put("confidence", Math.round(page.confidence() * 1000) / 1000.0);
            }
            p.put("width", page.width());
            p.put("height", page.height());
            p.put("dpi", page.dpi());
            if (page.skewDegrees() != 0) {
                p.put("skewDegrees", Math.round(page.skewDegrees() * 100) / 100.0);
            }
            p.put("start", offset);
            offset += page.text().length();
            p.put("end", offset);
            offset++; // the page separator
            if (page.error() != null) {
                p.put("error", page.error());
            }
        }
        root.put("rawText", document.rawText());
        return root;
    }

    public static void write(ObjectNode json, OutputStream out) throws IOException {
        MAPPER.writeValue(out, json);
        out.write('\n');
    }
}
