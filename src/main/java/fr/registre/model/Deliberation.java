package fr.registre.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A deliberation (or convention) as a record: who decided what, when, with which votes, for whom
 * and how much. The session (authority, body, date, president, secretary, attendance) holds its
 * {@code items}, one per deliberation taken (an extract holds one). The fields older than items keep
 * their meaning: {@code votes} holds every vote the text states in reading order, {@code vote} is
 * the first of them, {@code outcome} the decision of the document, {@code number}, {@code title},
 * {@code rapporteur}, {@code beneficiaries} and {@code articles} those of the whole text.
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
     * its outcome ("adopted", "rejected", "favourable-opinion", "unfavourable-opinion"). {@code item}
     * is the title of what was put to the vote, as the text heads it (null when it heads it with
     * nothing); the names are those the text gives for each choice.
     */
    public record Vote(String item, Integer present, Integer represented, @JsonProperty("for") Integer forCount, Integer against,
                       Integer abstentions, Integer notVoting, boolean unanimous, List<String> forNames, List<String> abstainers,
                       List<String> againstNames, List<String> notVotingNames, String outcome) {

        /** No vote stated. */
        public static final Vote NONE = new Vote(null, null, null, null, null, null, null, false, List.of(), List.of(), List.of(),
                List.of(), null);

        public Vote {
            forNames = forNames == null ? List.of() : List.copyOf(forNames); // records written before names of votes for were read
            abstainers = List.copyOf(abstainers);
            againstNames = List.copyOf(againstNames);
            notVotingNames = List.copyOf(notVotingNames);
        }

        /** This vote as the decision of {@code title}. */
        public Vote about(String title) {
            return new Vote(title, present, represented, forCount, against, abstentions, notVoting, unanimous, forNames,
                    abstainers, againstNames, notVotingNames, outcome);
        }
    }

    /** Who receives money (or is party to a convention), and how much when stated. */
    public record Beneficiary(String name, BigDecimal amount, String currency) {
    }

    /** Who signed the extract, and as what. */
    public record Signatory(String name, String role) {
    }

    /**
     * One deliberation of a session: its number and title as the text heads it (either may be null),
     * the rapporteur, the votes and outcome, the grants and the articles of that deliberation alone.
     * An extract is one item; minutes hold one per deliberation the session took.
     */
    public record Item(String number, String title, String rapporteur, List<Vote> votes, String outcome,
                       List<Beneficiary> beneficiaries, List<Article> articles) {

        public Item {
            // records written before items held their votes, grants and articles
            votes = votes == null ? List.of() : List.copyOf(votes);
            beneficiaries = beneficiaries == null ? List.of() : List.copyOf(beneficiaries);
            articles = articles == null ? List.of() : List.copyOf(articles);
        }
    }

    /** One article of the decision. */
    public record Article(String number, String text) {
    }
}
