package fr.registre.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A deliberation (or convention) as a record: who decided what, when, with which votes, for whom
 * and how much. {@code votes} holds every vote the text states in reading order (minutes hold one
 * per item); {@code vote} is the first of them, and {@code outcome} the decision of the document.
 * Fields are null or empty where the document says nothing; {@code warnings} tells what looked
 * inconsistent or could not be found.
 */
public record Deliberation(
        String documentType,
        String authority,
        String body,
        LocalDate sessionDate,
        String president,
        String secretary,
        String rapporteur,
        String number,
        List<String> references,
        String title,
        Attendance attendance,
        Vote vote,
        List<Vote> votes,
        String outcome,
        List<Beneficiary> beneficiaries,
        Signatory signatory,
        LocalDate signedOn,
        LocalDate receivedByPrefecture,
        List<String> visas,
        List<Article> articles,
        List<Item> items,
        List<String> warnings) {

    public Deliberation {
        references = List.copyOf(references);
        votes = List.copyOf(votes);
        beneficiaries = List.copyOf(beneficiaries);
        visas = List.copyOf(visas);
        articles = List.copyOf(articles);
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }

    /**
     * Who sat: names as the document writes them ("Prénom NOM"), and the counts the document
     * declares (members in office, present, voting), null where it declares none.
     */
    public record Attendance(Integer declaredInOffice, Integer declaredPresent, Integer declaredVoting,
                             List<String> present, List<Proxy> represented, List<String> excused, List<String> absent,
                             List<Substitute> substitutes) {
        /** No attendance stated (a convention). */
        public static final Attendance NONE = new Attendance(null, null, null, List.of(), List.of(), List.of(), List.of(), List.of());

        public Attendance {
            present = List.copyOf(present);
            represented = List.copyOf(represented);
            excused = List.copyOf(excused);
            absent = List.copyOf(absent);
            substitutes = substitutes == null ? List.of() : List.copyOf(substitutes); // records written before substitutes were read
        }
    }

    /** An absent member and the member who held their proxy. */
    public record Proxy(String member, String proxy) {
    }

    /** A substitute (suppléant) sitting for a member; the substitute counts as present. */
    public record Substitute(String substitute, String replaces) {
    }

    /**
     * A vote as counted; {@code unanimous} when the document says so instead of giving counts, and
     * its outcome ("adopted", "rejected", "favourable-opinion", "unfavourable-opinion").
     */
    public record Vote(Integer present, Integer represented, @JsonProperty("for") Integer forCount, Integer against,
                       Integer abstentions, Integer notVoting, boolean unanimous, List<String> abstainers,
                       List<String> againstNames, List<String> notVotingNames, String outcome) {

        /** No vote stated. */
        public static final Vote NONE = new Vote(null, null, null, null, null, null, false, List.of(), List.of(), List.of(), null);

        public Vote {
            abstainers = List.copyOf(abstainers);
            againstNames = List.copyOf(againstNames);
            notVotingNames = List.copyOf(notVotingNames);
        }
    }

    /** Who receives money (or is party to a convention), and how much when stated. */
    public record Beneficiary(String name, BigDecimal amount, String currency) {
    }

    /** Who signed the extract, and as what. */
    public record Signatory(String name, String role) {
    }

    /**
     * One item of minutes that record several deliberations: its number and, when written beside
     * it, its title.
     */
    public record Item(String number, String title) {
    }

    /** One article of the decision. */
    public record Article(String number, String text) {
    }
}
