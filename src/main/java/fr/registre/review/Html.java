package fr.registre.review;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * HTML for the review pages. Every text that comes from a document or a request goes through
 * {@link #escape}: OCR output can hold anything, "{@code <script>}" included.
 */
final class Html {

    private static final String STYLE = """
            body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d2733;background:#f6f7f9}
            header{background:#23395b;color:#fff;padding:.6em 1.2em;display:flex;gap:1.5em;align-items:center}
            header a{color:#fff;text-decoration:none;font-weight:600}
            header form{margin-left:auto}
            main{padding:1em 1.5em}
            input,button,select{font:inherit}
            .cols{display:grid;grid-template-columns:minmax(300px,1fr) minmax(300px,1.2fr) minmax(280px,.9fr);gap:1em}
            .panel{background:#fff;border:1px solid #d8dde4;border-radius:6px;padding:.8em 1em;overflow:auto;max-height:85vh}
            .page img{width:100%;border:1px solid #ccc}
            .text{white-space:pre-wrap;font-family:Georgia,serif}
            .person{background:#dcebff;border-radius:3px}.organization{background:#e3f5dd;border-radius:3px}
            .words{font-size:90%;line-height:1.6}.conf-low{background:#ffd9d6}.conf-mid{background:#fff2c7}.conf-high{background:#e3f5dd}
            .badge{display:inline-block;padding:0 .5em;border-radius:9px;font-size:85%}
            table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #e3e6ea;padding:.25em .4em;text-align:left;vertical-align:top}
            mark{background:#ffe58a}.muted{color:#6b7785}.accepted{color:#2c7a2c}.rejected{color:#b3261e;text-decoration:line-through}
            form.inline{display:inline}form.field{white-space:nowrap}
            """;

    private Html() {
    }

    /** The text with {@code & < > " '} replaced by entities: safe inside elements and quoted attributes. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A query-string value. */
    static String url(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /** A whole page: the title, the navigation with its search box, and the body. */
    static String page(String title, String query, String body) {
        return "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + " · registre</title><style>" + STYLE + "</style></head><body><header><a href=\"/search\">registre</a>"
                + "<a href=\"/queue\">À relire</a><form action=\"/search\"><input name=\"q\" id=\"q\" size=\"32\" value=\""
                + escape(query) + "\" placeholder=\"nom, mot, organisme\"> <button>Chercher</button></form></header><main>"
                + body + "</main></body></html>";
    }

    /** A hidden field carrying the edit token. */
    static String token(String token) {
        return "<input type=\"hidden\" name=\"token\" value=\"" + escape(token) + "\">";
    }
}
