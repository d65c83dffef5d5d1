package fr.registre.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import fr.registre.export.DocumentJson;
import fr.registre.io.AtomicFiles;

/**
 * Where the JSON result of each input of {@code tag} and {@code extract} goes: with {@code --out DIR}
 * a file per input; otherwise standard output, the result itself for one input, an array of
 * {@code {"source", FIELD}} objects for several.
 */
final class JsonResults {

    private final Invocation call;
    private final DocumentJson json;
    private final String field;
    private final String suffix;
    private final List<JsonNode> printed = new ArrayList<>();

    /** @param field the result's name in the array ("entities", "deliberation"), also the file suffix */
    JsonResults(Invocation call, DocumentJson json, String field) {
        this.call = call;
        this.json = json;
        this.field = field;
        this.suffix = "." + field + ".json";
    }

    void add(String input, JsonNode result) throws IOException {
        if (call.has("out")) {
            AtomicFiles.write(call.outputFor(input, suffix), o -> json.mapper().writeValue(o, result));
        } else if (call.args().size() == 1) {
            call.out().println(json.mapper().writeValueAsString(result));
        } else {
            printed.add(json.mapper().createObjectNode().put("source", input).set(field, result));
        }
    }

    /** Prints the array of several inputs' results. */
    void finish() throws IOException {
        if (!printed.isEmpty()) {
            ArrayNode array = json.mapper().createArrayNode().addAll(printed);
            call.out().println(json.mapper().writeValueAsString(array));
        }
    }
}
