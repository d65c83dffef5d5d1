package fr.registre.review;

import static fr.registre.review.Html.escape;
import static fr.registre.review.Html.url;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import fr.registre.archive.Archive;
import fr.registre.archive.PersonResolver;
import fr.registre.archive.Variant;
import fr.registre.archive.Review;

/** The HTML of each page of the review app, from archive rows and reviewed documents. */
final class Pages {

    /** Below these OCR confidences a page or a word is tinted red, then yellow. */
    private static final double LOW = 0.6;
    private static final double MID = 0.85;
    private static final List<String> ROLES = List.of("present", "represented", "excused", "absent", "holds proxy of");

    /** A list of names of the attendance: its field in the record and its heading on the page. */
    private record NameList(String field, String label) {
    }

    private static final List<NameList> NAME_LISTS = List.of(new NameList("present", "Présents"),
            new NameList("excused", "Excusés"), new NameList("absent", "Absents"));

    private Pages() {
    }

    static String search(String query, Archive.Filter filter, List<Archive.Hit> hits) {
        StringBuilder b = new StringBuilder("<h1>Recherche</h1><form action=\"/search\">"
                + "<input name=\"q\" value=\"" + escape(query) + "\" size=\"30\"> Autorité <input name=\"authority\" value=\""
                + escape(filter.authority()) + "\" size=\"18\"> Année <input name=\"year\" value=\"" + escape(filter.year())
                + "\" size=\"5\"> <button>Filtrer</button></form>");
        if (!query.isBlank()) {
            b.append("<p class=\"muted\">").append(hits.size()).append(" document(s)</p><table id=\"hits\">");
            for (Archive.Hit h : hits) {
                b.append("<tr><td><a class=\"hit\" href=\"/document?doc=").append(url(h.output())).append("\">")
                        .append(escape(h.title() == null ? h.output() : h.title())).append("</a><br><span class=\"muted\">")
                        .append(escape(h.authority())).append(" · ").append(escape(h.sessionDate())).append(" · ")
                        .append(escape(h.output())).append("</span><br>").append(snippet(h.snippet())).append("</td></tr>");
            }
            b.append("</table>");
        }
        return Html.page("Recherche", query, b.toString());
    }

    /** FTS5 marks the matches with [ and ]: escaped first, then marked. */
    private static String snippet(String snippet) {
        return escape(snippet).replace("[", "<mark>").replace("]", "</mark>");
    }

    static String document(Archive.Document doc, JsonNode reviewed, Map<Integer, List<List<AltoWords.Word>>> words, String token) {
        String output = doc.output();
        StringBuilder b = new StringBuilder("<h1>").append(escape(doc.title() == null ? output : doc.title())).append("</h1>")
                .append("<p class=\"muted\">").append(escape(doc.authority())).append(" · ").append(escape(doc.body()))
                .append(" · ").append(escape(doc.sessionDate())).append(" · <a id=\"export\" href=\"/export?doc=")
                .append(url(output)).append("\">JSON revu</a></p><div class=\"cols\"><section class=\"panel\">");
        for (JsonNode page : reviewed.path("pages")) {
            int n = page.path("number").asInt();
            b.append("<div class=\"page\"><p>Page ").append(n).append(' ').append(confidence(page)).append("</p>");
            if (!"failed".equals(page.path("method").asText())) {
                b.append("<img alt=\"page ").append(n).append("\" src=\"/page?doc=").append(url(output)).append("&amp;n=")
                        .append(n).append("\">");
            } else {
                b.append("<p class=\"rejected\">").append(escape(page.path("error").asText())).append("</p>");
            }
            if (words.containsKey(n)) {
                b.append(tinted(n, words.get(n)));
            }
            b.append("</div>");
        }
        b.append("</section><section class=\"panel\"><h2>Texte</h2><div class=\"text\" id=\"text\">")
                .append(markedText(reviewed)).append("</div><h2>Corrections</h2>")
                .append(corrections(output, reviewed, token)).append("</section><section class=\"panel\"><h2>Séance</h2>")
                .append(record(output, reviewed.path("deliberation"), token)).append("</section></div>");
        return Html.page(doc.title() == null ? output : doc.title(), "", b.toString());
    }

    /** The page's words as recognised, those of low confidence tinted, each with its confidence on hover. */
    private static String tinted(int page, List<List<AltoWords.Word>> lines) {
        StringBuilder b = new StringBuilder("<details open><summary>Mots reconnus</summary><p class=\"words\" id=\"words-")
                .append(page).append("\">");
        for (List<AltoWords.Word> line : lines) {
            for (AltoWords.Word w : line) {
                Double c = w.confidence();
                String tint = c == null ? "" : c < LOW ? "conf-low" : c < MID ? "conf-mid" : "";
                b.append("<span class=\"").append(tint).append("\" title=\"")
                        .append(c == null ? "" : String.format(Locale.ROOT, "%.0f %%", c * 100)).append("\">")
                        .append(escape(w.content())).append("</span> ");
            }
            b.append("<br>");
        }
        return b.append("</p></details>").toString();
    }

    private static String confidence(JsonNode page) {
        if (!page.hasNonNull("confidence")) {
            return "<span class=\"badge conf-high\">" + escape(page.path("method").asText()) + "</span>";
        }
        double c = page.path("confidence").asDouble();
        String tint = c < LOW ? "conf-low" : c < MID ? "conf-mid" : "conf-high";
        return String.format(Locale.ROOT, "<span class=\"badge %s\">OCR %.0f %%</span>", tint, c * 100);
    }

    /** The text with its persons and organisations marked. */
    private static String markedText(JsonNode doc) {
        String text = doc.path("text").asText();
        StringBuilder b = new StringBuilder();
        int last = 0;
        for (JsonNode e : doc.path("entities")) {
            int start = e.path("start").asInt();
            int end = e.path("end").asInt();
            if (start < last || end > text.length()) {
                continue;
            }
            String type = e.path("type").asText();
            String page = type.equals("person") ? "/person?name=" : "/organisation?name=";
            b.append(escape(text.substring(last, start))).append("<a class=\"").append(type.equals("person") ? "person" : "organization")
                    .append("\" href=\"").append(page).append(url(text.substring(start, end))).append("\">")
                    .append(escape(text.substring(start, end))).append("</a>");
            last = end;
        }
        return b.append(escape(text.substring(last))).toString();
    }

    private static String corrections(String output, JsonNode doc, String token) {
        Map<String, String> decided = new LinkedHashMap<>();
        doc.path("reviews").forEach(r -> {
            if (r.path("kind").asText().equals(Review.CORRECTION)) {
                decided.put(r.path("target").asText(), r.path("value").asText());
            }
        });
        StringBuilder b = new StringBuilder("<table id=\"corrections\"><tr><th>avant</th><th>après</th><th>règle</th><th></th></tr>");
        for (String list : List.of("corrections", "suggestions")) {
            for (JsonNode c : doc.path(list)) {
                String target = c.path("start").asInt() + ":" + c.path("end").asInt();
                String state = decided.getOrDefault(target, list.equals("corrections") ? "appliquée" : "proposée");
                b.append("<tr class=\"correction\" data-target=\"").append(target).append("\"><td>")
                        .append(escape(c.path("original").asText())).append("</td><td>").append(escape(c.path("replacement").asText()))
                        .append("</td><td class=\"muted\">").append(escape(c.path("rule").asText())).append(String.format(Locale.ROOT,
                                " %.2f", c.path("confidence").asDouble())).append("</td><td><span class=\"state ")
                        .append(escape(state)).append("\">").append(escape(state)).append("</span> ")
                        .append(decision(output, target, Review.ACCEPTED, "accepter", token))
                        .append(decision(output, target, Review.REJECTED, "rejeter", token)).append("</td></tr>");
            }
        }
        return b.append("</table>").toString();
    }

    private static String decision(String output, String target, String value, String label, String token) {
        return "<form class=\"inline\" method=\"post\" action=\"/review\">" + Html.token(token)
                + "<input type=\"hidden\" name=\"doc\" value=\"" + escape(output) + "\"><input type=\"hidden\" name=\"kind\" value=\""
                + Review.CORRECTION + "\"><input type=\"hidden\" name=\"target\" value=\"" + escape(target)
                + "\"><input type=\"hidden\" name=\"value\" value=\"" + value + "\"><button class=\"" + value + "\">" + label
                + "</button></form> ";
    }

    /** The attendance, each name editable, the votes with the item each decides, and the grants. */
    private static String record(String output, JsonNode record, String token) {
        StringBuilder b = new StringBuilder();
        JsonNode attendance = record.path("attendance");
        b.append("<p>Président : ").append(escape(record.path("president").asText(""))).append("</p>");
        for (NameList role : NAME_LISTS) {
            JsonNode names = attendance.path(role.field());
            b.append("<h3>").append(role.label()).append(" (").append(names.size()).append(")</h3><ol id=\"")
                    .append(role.field()).append("\">");
            for (int i = 0; i < names.size(); i++) {
                b.append("<li>").append(personField(output, "/attendance/" + role.field() + "/" + i, names.get(i).asText(), token))
                        .append("</li>");
            }
            b.append("</ol>");
        }
        b.append("<h3>Représentés (").append(attendance.path("represented").size()).append(")</h3><ol id=\"represented\">");
        JsonNode represented = attendance.path("represented");
        for (int i = 0; i < represented.size(); i++) {
            b.append("<li>").append(personField(output, "/attendance/represented/" + i + "/member",
                            represented.get(i).path("member").asText(), token))
                    .append(" par ").append(personField(output, "/attendance/represented/" + i + "/proxy",
                            represented.get(i).path("proxy").asText(""), token)).append("</li>");
        }
        b.append("</ol><h3>Votes</h3><table id=\"votes\">");
        JsonNode votes = record.path("votes");
        for (int i = 0; i < votes.size(); i++) {
            JsonNode v = votes.get(i);
            b.append("<tr><td>").append(escape(v.path("item").asText(""))).append("</td><td>")
                    .append(v.path("unanimous").asBoolean() ? "unanimité " : "");
            for (String[] count : new String[][] {{"for", "pour"}, {"against", "contre"}, {"abstentions", "abst."}}) {
                b.append(count[1]).append(' ').append(field(output, "/votes/" + i + "/" + count[0], v.path(count[0]).asText(""), token, 3))
                        .append(' ');
            }
            b.append("</td><td>").append(escape(v.path("outcome").asText(""))).append("</td></tr>");
        }
        b.append("</table><h3>Subventions</h3><table id=\"grants\">");
        JsonNode grants = record.path("beneficiaries");
        for (int i = 0; i < grants.size(); i++) {
            JsonNode g = grants.get(i);
            b.append("<tr><td>").append(field(output, "/beneficiaries/" + i + "/name", g.path("name").asText(), token, 24))
                    .append(" <a href=\"/organisation?name=").append(url(g.path("name").asText())).append("\">→</a></td><td>")
                    .append(field(output, "/beneficiaries/" + i + "/amount", g.path("amount").asText(""), token, 9))
                    .append(' ').append(escape(g.path("currency").asText(""))).append("</td></tr>");
        }
        return b.append("</table>").toString();
    }

    /** A name of the record, editable, with a link to the person's page. */
    private static String personField(String output, String pointer, String value, String token) {
        return field(output, pointer, value, token, 20) + " <a href=\"/person?name=" + url(value) + "\">→</a>";
    }

    /** A field of the record as a form: its value editable, sent as a review of its JSON Pointer. */
    private static String field(String output, String pointer, String value, String token, int size) {
        return "<form class=\"inline field\" method=\"post\" action=\"/review\">" + Html.token(token)
                + "<input type=\"hidden\" name=\"doc\" value=\"" + escape(output) + "\"><input type=\"hidden\" name=\"kind\" value=\""
                + Review.FIELD + "\"><input type=\"hidden\" name=\"target\" value=\"" + escape(pointer) + "\">"
                + "<input name=\"value\" size=\"" + size + "\" value=\"" + escape(value) + "\" data-pointer=\"" + escape(pointer)
                + "\"> <button>corriger</button></form>";
    }

    static String person(String name, List<PersonResolver.Person> persons, List<Archive.Sitting> sittings,
                         List<Archive.NamedVote> votes, String token) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        ROLES.forEach(r -> counts.put(r, 0));
        sittings.forEach(s -> counts.merge(s.role(), 1, Integer::sum));
        StringBuilder b = new StringBuilder("<h1>").append(escape(name)).append("</h1><table id=\"roles\"><tr>");
        counts.forEach((role, n) -> b.append("<th>").append(escape(role)).append("</th>"));
        b.append("</tr><tr>");
        counts.forEach((role, n) -> b.append("<td>").append(n).append("</td>"));
        b.append("</tr></table>");
        for (PersonResolver.Person p : persons) {
            b.append("<h2>").append(escape(p.name())).append(" <span class=\"muted\">").append(escape(p.authority()))
                    .append("</span></h2><table id=\"variants\"><tr><th>écrit</th><th>pourquoi</th><th></th></tr>");
            for (Variant v : p.variants()) {
                b.append("<tr><td>").append(escape(v.written())).append("</td><td class=\"muted\">").append(escape(v.reason()))
                        .append("</td><td>");
                if (p.variants().size() > 1) {
                    b.append("<form class=\"inline\" method=\"post\" action=\"/apart\">").append(Html.token(token))
                            .append("<input type=\"hidden\" name=\"authority\" value=\"").append(escape(p.authority()))
                            .append("\"><input type=\"hidden\" name=\"written\" value=\"").append(escape(v.written()))
                            .append("\"><button>séparer</button></form>");
                }
                b.append("</td></tr>");
            }
            b.append("</table>");
        }
        b.append("<h2>Séances</h2><table id=\"sittings\">");
        for (Archive.Sitting s : sittings) {
            b.append("<tr><td>").append(escape(s.sessionDate())).append("</td><td><a href=\"/document?doc=").append(url(s.output()))
                    .append("\">").append(escape(s.output())).append("</a></td><td>").append(escape(s.role())).append("</td><td>")
                    .append(s.proxy() == null ? "" : "<a href=\"/person?name=" + url(s.proxy()) + "\">" + escape(s.proxy()) + "</a>")
                    .append("</td></tr>");
        }
        b.append("</table><h2>Votes nommés</h2><table id=\"named-votes\">");
        for (Archive.NamedVote v : votes) {
            b.append("<tr><td>").append(escape(v.sessionDate())).append("</td><td><a href=\"/document?doc=").append(url(v.output()))
                    .append("\">").append(escape(v.output())).append("</a> vote ").append(v.position()).append("</td><td>")
                    .append(escape(v.choice())).append("</td></tr>");
        }
        return Html.page(name, "", b.append("</table>").toString());
    }

    static String organisation(String name, List<Variant> variants, List<Archive.Grant> grants) {
        Map<String, BigDecimal> byYear = new TreeMap<>();
        for (Archive.Grant g : grants) {
            String year = g.sessionDate() == null ? "?" : g.sessionDate().substring(0, 4);
            byYear.merge(year + " " + (g.currency() == null ? "" : g.currency()),
                    g.amount() == null ? BigDecimal.ZERO : new BigDecimal(g.amount()), BigDecimal::add);
        }
        StringBuilder b = new StringBuilder("<h1>").append(escape(name)).append("</h1><table id=\"variants\">");
        for (Variant v : variants) {
            b.append("<tr><td>").append(escape(v.written())).append("</td><td class=\"muted\">").append(escape(v.reason()))
                    .append("</td></tr>");
        }
        b.append("</table>").append(chart(byYear))
                .append("<table id=\"grants\"><tr><th>séance</th><th>document</th><th>montant</th></tr>");
        for (Archive.Grant g : grants) {
            b.append("<tr><td>").append(escape(g.sessionDate())).append("</td><td><a href=\"/document?doc=").append(url(g.output()))
                    .append("\">").append(escape(g.output())).append("</a></td><td>").append(escape(g.amount())).append(' ')
                    .append(escape(g.currency())).append("</td></tr>");
        }
        b.append("</table><h2>Par année</h2><table id=\"years\">");
        byYear.forEach((year, total) -> b.append("<tr><td>").append(escape(year)).append("</td><td>")
                .append(total.toPlainString()).append("</td></tr>"));
        return Html.page(name, "", b.append("</table>").toString());
    }

    /** A bar per year: totals read better as lengths than as columns of figures. */
    private static String chart(Map<String, BigDecimal> byYear) {
        if (byYear.isEmpty()) {
            return "";
        }
        BigDecimal max = byYear.values().stream().max(Comparator.naturalOrder()).orElse(BigDecimal.ONE);
        int row = 22;
        StringBuilder svg = new StringBuilder("<svg id=\"chart\" width=\"480\" height=\"").append(row * byYear.size() + 4)
                .append("\" role=\"img\" aria-label=\"subventions par année\">");
        int y = 2;
        for (Map.Entry<String, BigDecimal> e : byYear.entrySet()) {
            double share = max.signum() == 0 ? 0 : e.getValue().doubleValue() / max.doubleValue();
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"12\">%s</text>"
                            + "<rect x=\"90\" y=\"%d\" width=\"%.0f\" height=\"16\" fill=\"#4a78b5\"></rect>"
                            + "<text x=\"%.0f\" y=\"%d\" font-size=\"12\">%s</text>", y + 13, escape(e.getKey()), y,
                    300 * share, 96 + 300 * share, y + 13, e.getValue().toPlainString()));
            y += row;
        }
        return svg.append("</svg>").toString();
    }

    static String queue(List<Archive.PageToReview> pages, List<Archive.RecordToReview> records, List<Archive.MergeToReview> merges) {
        StringBuilder b = new StringBuilder("<h1>À relire</h1><h2>Pages</h2><p class=\"muted\">Pages en échec, puis pages OCR "
                + "par confiance croissante.</p><table id=\"queue\"><tr><th>document</th><th>page</th><th>méthode</th>"
                + "<th>confiance</th><th></th></tr>");
        for (Archive.PageToReview p : pages) {
            b.append("<tr><td><a href=\"/document?doc=").append(url(p.output())).append("\">").append(escape(p.output()))
                    .append("</a></td><td>").append(p.page()).append("</td><td>").append(escape(p.method())).append("</td><td>")
                    .append(p.confidence() == null ? "" : String.format(Locale.ROOT, "%.2f", p.confidence())).append("</td><td>")
                    .append(escape(p.error())).append("</td></tr>");
        }
        b.append("</table><h2>Relevés</h2><p class=\"muted\">Comptes déclarés qui ne correspondent pas aux listes, "
                + "date ou numéro introuvables.</p><table id=\"records\">");
        for (Archive.RecordToReview r : records) {
            b.append("<tr><td><a href=\"/document?doc=").append(url(r.output())).append("\">").append(escape(r.output()))
                    .append("</a></td><td>").append(escape(r.warning())).append("</td></tr>");
        }
        b.append("</table><h2>Rapprochements de noms</h2><p class=\"muted\">Nom mal lu ou nom seul rattachés à une "
                + "personne : à confirmer, ou à séparer depuis la page de la personne.</p><table id=\"merges\">");
        for (Archive.MergeToReview m : merges) {
            b.append("<tr><td>").append(escape(m.authority())).append("</td><td><a href=\"/person?name=").append(url(m.written()))
                    .append("\">").append(escape(m.written())).append("</a> → ").append(escape(m.person())).append("</td><td class=\"muted\">")
                    .append(escape(m.reason())).append("</td></tr>");
        }
        return Html.page("À relire", "", b.append("</table>").toString());
    }

    static String notFound(String what) {
        return Html.page("Introuvable", "", "<h1>Introuvable</h1><p>" + escape(what) + "</p>");
    }
}
