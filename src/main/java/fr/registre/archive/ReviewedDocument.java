package fr.registre.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
        for (Review r : latest.values()) {
            if (r.kind().equals(Review.FIELD) && record.isObject()) {
                set((ObjectNode) record, r.target(), r.value());
            }
        }
        ArrayNode list = reviewed.putArray("reviews");
        latest.values().stream().sorted(Comparator.comparing(Review::at)).forEach(r -> list.addObject()
                .put("kind", r.kind()).put("target", r.target()).put("value", r.value())
                .put("reviewer", r.reviewer()).put("at", r.at().toString()));
        return reviewed;
    }

    /** Sets the string at {@code pointer} under {@code record}, when its parent exists. */
    private static void set(ObjectNode record, String pointer, String value) {
        JsonPointer path = JsonPointer.compile(pointer);
        JsonNode parent = record.at(path.head());
        String last = path.last().getMatchingProperty();
        if (parent.isArray() && path.last().mayMatchElement() && path.last().getMatchingIndex() < parent.size()) {
            ((ArrayNode) parent).set(path.last().getMatchingIndex(), TextNode.valueOf(value));
        } else if (parent.isObject()) {
            ((ObjectNode) parent).put(last, value);
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
        CorrectedText text = CorrectedText.apply(raw, applied, List.of());
        moveEntities(doc, raw, machine, text.corrections());
        doc.put("text", text.text());
    }

    private static boolean decided(Map<String, Review> latest, Correction c, String value) {
        Review r = latest.get(Review.CORRECTION + " " + c.start() + ":" + c.end());
        return r != null && r.value().equals(value);
    }

    /** Entity offsets into the machine text, moved to the reviewed text through the raw text they both come from. */
    private static void moveEntities(ObjectNode doc, String raw, List<Correction> machine, List<Correction> reviewed) {
        String reviewedText = CorrectedText.apply(raw, reviewed, List.of()).text();
        for (JsonNode e : doc.path("entities")) {
            int start = toReviewed(toRaw(e.path("start").asInt(), machine), reviewed);
            int end = Math.max(start, toReviewed(toRaw(e.path("end").asInt(), machine), reviewed));
            ((ObjectNode) e).put("start", start).put("end", end).put("text", reviewedText.substring(start, end));
        }
    }

    /** The raw offset of a corrected-text offset: shifted back by every change before it, clamped into a changed span. */
    private static int toRaw(int offset, List<Correction> changes) {
        int shift = 0;
        for (Correction c : changes) {
            int start = c.start() + shift;
            if (offset < start) {
                break;
            }
            int end = start + c.replacement().length();
            if (offset < end) {
                return c.start() + Math.min(offset - start, c.end() - c.start());
            }
            shift += c.replacement().length() - (c.end() - c.start());
        }
        return offset - shift;
    }

    private static int toReviewed(int rawOffset, List<Correction> changes) {
        int shift = 0;
        for (Correction c : changes) {
            if (rawOffset < c.start()) {
                break;
            }
            if (rawOffset < c.end()) {
                return c.start() + shift + Math.min(rawOffset - c.start(), c.replacement().length());
            }
            shift += c.replacement().length() - (c.end() - c.start());
        }
        return rawOffset + shift;
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
