package fr.registre.archive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import fr.registre.model.CorrectedText;
import fr.registre.model.Correction;

/**
 * A document's JSON as its reviews make it, the machine output left untouched: rejected corrections
 * undone and accepted suggestions applied to the text (entity offsets moved with it), record fields
 * set to their reviewed values, and the reviews themselves listed under {@code "reviews"}. The
 * exports read this, so what a clerk fixed is what gets published.
 */
public final class ReviewedDocument {

    private ReviewedDocument() {
    }

    /** A copy of {@code document} (an ingest {@code NAME.json}) with {@code reviews} applied, latest decision winning. */
    public static ObjectNode apply(ObjectNode document, List<Review> reviews) {
        ObjectNode reviewed = document.deepCopy();
        if (reviews.isEmpty()) {
            return reviewed;
        }
        Map<String, Review> latest = new HashMap<>();
        reviews.stream().sorted(Comparator.comparing(Review::at)).forEach(r -> latest.put(r.kind() + " " + r.target(), r));
        applyCorrections(reviewed, latest);
        JsonNode record = reviewed.path("deliberation");
        Map<String, List<String>> copies = record.isObject() ? copies(record) : Map.of();
        for (Review r : latest.values()) {
            if (r.kind().equals(Review.FIELD) && record.isObject()) {
                set((ObjectNode) record, r.target(), r.value());
                for (Map.Entry<String, List<String>> copy : copies.entrySet()) {
                    if (r.target().equals(copy.getKey()) || r.target().startsWith(copy.getKey() + "/")) {
                        String rest = r.target().substring(copy.getKey().length());
                        copy.getValue().forEach(at -> set((ObjectNode) record, at + rest, r.value()));
                    }
                }
            }
        }
        if (record.isObject()) {
            retitle((ObjectNode) record, copies);
        }
        ArrayNode list = reviewed.putArray("reviews");
        latest.values().stream().sorted(Comparator.comparing(Review::at)).forEach(r -> list.addObject()
                .put("kind", r.kind()).put("target", r.target()).put("value", r.value())
                .put("reviewer", r.reviewer()).put("at", r.at().toString()));
        return reviewed;
    }

    /**
     * Where the record repeats a value, so that a fix made to one is made to all: the first vote is
     * also {@code /vote}, each item repeats its own votes and grants ({@code /items/i/votes/j} equal
     * to {@code /votes/k}), and the one item of an extract its number, title, rapporteur and outcome.
     */
    private static Map<String, List<String>> copies(JsonNode record) {
        Map<String, List<String>> copies = new HashMap<>();
        for (String field : List.of("votes", "beneficiaries")) {
            JsonNode all = record.path(field);
            for (int k = 0; k < all.size(); k++) {
                List<String> at = new ArrayList<>();
                if (field.equals("votes") && k == 0) {
                    at.add("/vote");
                }
                JsonNode items = record.path("items");
                for (int i = 0; i < items.size(); i++) {
                    JsonNode own = items.get(i).path(field);
                    for (int j = 0; j < own.size(); j++) {
                        if (own.get(j).equals(all.get(k))) {
                            at.add("/items/" + i + "/" + field + "/" + j);
                        }
                    }
                }
                copies.put("/" + field + "/" + k, at);
            }
        }
        // an extract is one item, which repeats the document's number, title, rapporteur and outcome
        JsonNode items = record.path("items");
        if (items.size() == 1) {
            for (String field : List.of("number", "title", "rapporteur", "outcome")) {
                if (items.get(0).path(field).equals(record.path(field))) {
                    copies.put("/" + field, List.of("/items/0/" + field));
                }
            }
        }
        return copies;
    }

    /** Each vote names its item by the item's title, reviewed or not, wherever the vote is repeated. */
    private static void retitle(ObjectNode record, Map<String, List<String>> copies) {
        for (Map.Entry<String, List<String>> copy : copies.entrySet()) {
            if (!copy.getKey().startsWith("/votes/")) {
                continue;
            }
            copy.getValue().stream().filter(at -> at.startsWith("/items/")).findFirst().ifPresent(inItem -> {
                String title = record.at(inItem.substring(0, inItem.indexOf("/votes/")) + "/title").asText("");
                set(record, copy.getKey() + "/item", title);
                copy.getValue().forEach(same -> set(record, same + "/item", title));
            });
        }
    }

    /**
     * Sets the value at {@code pointer} under {@code record}, when its parent exists: a number where
     * the record holds a number or nothing yet (vote counts, amounts) and the value reads as one, no
     * value when it is blank, else the text.
     */
    private static void set(ObjectNode record, String pointer, String value) {
        JsonPointer path = JsonPointer.compile(pointer);
        JsonNode parent = record.at(path.head());
        JsonNode old = record.at(path);
        JsonNode node = value.isBlank() ? NullNode.instance : TextNode.valueOf(value);
        if (!value.isBlank() && (old.isNumber() || old.isNull()) && value.strip().matches("-?\\d{1,15}(?:[.,]\\d+)?")) {
            BigDecimal number = new BigDecimal(value.strip().replace(',', '.'));
            node = number.scale() <= 0 ? LongNode.valueOf(number.longValueExact()) : DecimalNode.valueOf(number);
        }
        if (parent.isArray() && path.last().mayMatchElement() && path.last().getMatchingIndex() < parent.size()) {
            ((ArrayNode) parent).set(path.last().getMatchingIndex(), node);
        } else if (parent.isObject()) {
            ((ObjectNode) parent).set(path.last().getMatchingProperty(), node);
        }
    }

    private static void applyCorrections(ObjectNode doc, Map<String, Review> latest) {
        String raw = doc.path("rawText").asText(null);
        if (raw == null) {
            return;
        }
        List<Correction> applied = new ArrayList<>();
        List<Correction> machine = changes(doc.path("corrections"));
        for (Correction c : machine) {
            if (!decided(latest, c, Review.REJECTED)) {
                applied.add(c);
            }
        }
        for (Correction s : changes(doc.path("suggestions"))) {
            if (decided(latest, s, Review.ACCEPTED) && applied.stream().noneMatch(s::overlaps)) {
                applied.add(s);
            }
        }
        CorrectedText machineText = CorrectedText.apply(raw, machine, List.of());
        CorrectedText reviewedText = CorrectedText.apply(raw, applied, List.of());
        // entity offsets point into the machine text: through the raw text into the reviewed one
        for (JsonNode e : doc.path("entities")) {
            int start = reviewedText.toText(machineText.toRaw(e.path("start").asInt()));
            int end = Math.max(start, reviewedText.toText(machineText.toRaw(e.path("end").asInt())));
            ((ObjectNode) e).put("start", start).put("end", end).put("text", reviewedText.text().substring(start, end));
        }
        doc.put("text", reviewedText.text());
    }

    private static boolean decided(Map<String, Review> latest, Correction c, String value) {
        Review r = latest.get(Review.CORRECTION + " " + c.start() + ":" + c.end());
        return r != null && r.value().equals(value);
    }

    private static List<Correction> changes(JsonNode array) {
        List<Correction> changes = new ArrayList<>();
        for (JsonNode c : array) {
            changes.add(new Correction(c.path("start").asInt(), c.path("end").asInt(), c.path("original").asText(),
                    c.path("replacement").asText(), c.path("rule").asText(), c.path("confidence").asDouble()));
        }
        changes.sort(Comparator.comparingInt(Correction::start));
        return changes;
    }
}
