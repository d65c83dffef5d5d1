package fr.registre.extract;

import java.util.regex.Pattern;

/**
 * What a decision came to, as the text says it: an opinion ("avis favorable", "avis défavorable")
 * first, then a rejection, then an adoption. Two vocabularies share that order: the strict phrases
 * a whole document decides with, and the wider ones said beside a vote ("est CONTRE", "décide").
 */
final class Outcomes {

    /** "La proposition est adoptée", "sont rejetées": said of the document as a whole. */
    static final Outcomes DOCUMENT = new Outcomes(Pattern.compile("\\b(?:est|sont) rejetee?s?\\b"),
            Pattern.compile("\\b(?:est|sont|a ete) adoptee?s?\\b|adopte a l'unanimite"));
    /** Said on the lines of a vote: "refuse", "s'oppose", "donne son accord", "approuvé". */
    static final Outcomes VOTE = new Outcomes(
            Pattern.compile("\\brejet|\\brefus|(?<!qui )\\best contre\\b|\\bs'oppose|\\bopposition\\b"),
            Pattern.compile("\\badopt|\\bapprouv|\\baccord\\b|\\bdecide|\\bvalide|\\bapprobation\\b"));

    private final Pattern rejected;
    private final Pattern adopted;

    private Outcomes(Pattern rejected, Pattern adopted) {
        this.rejected = rejected;
        this.adopted = adopted;
    }

    /** The outcome folded {@code text} states, or null. */
    String in(String text) {
        if (text.contains("avis defavorable")) {
            return "unfavourable-opinion";
        }
        if (text.contains("avis favorable")) {
            return "favourable-opinion";
        }
        if (rejected.matcher(text).find()) {
            return "rejected";
        }
        return adopted.matcher(text).find() ? "adopted" : null;
    }
}
