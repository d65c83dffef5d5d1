package fr.registre.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiPredicate;

import com.fasterxml.jackson.databind.JsonNode;

import fr.registre.model.Deliberation;

/**
 * One text's extraction compared field by field with its gold record (format of
 * {@code ../shared/real-texts/README.md}): for each field, how many items were found, how many the
 * gold holds, and how many of the found ones are right.
 */
record ExtractionScore(String text, List<Count> counts) {

    /** The fields scored, in report order. */
    static final List<String> FIELDS = List.of("attendance", "proxies", "substitutes", "declared", "date", "votes",
            "vote items", "vote names", "grants", "numbers", "president", "secretary", "authority", "body");

    /** Found, right among the found, and expected, for one field. */
    record Count(String field, int right, int found, int expected) {

        Count plus(Count other) {
            return new Count(field, right + other.right, found + other.found, expected + other.expected);
        }

        double precision() {
            return found == 0 ? (expected == 0 ? 1 : 0) : (double) right / found;
        }

        double recall() {
            return expected == 0 ? (found == 0 ? 1 : 0) : (double) right / expected;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** A member and who holds their vote, or a substitute and whom they replace. */
    private record Pair(String first, String second) {
    }

    private record Grant(String name, BigDecimal amount) {
    }

    static ExtractionScore of(String text, JsonNode gold, Deliberation found) {
        Deliberation.Attendance a = found.attendance();
        List<Count> counts = new ArrayList<>();
        counts.add(attendance(gold, a));
        List<Pair> goldProxies = new ArrayList<>();
        gold.path("represented").forEach(r -> {
            if (r.hasNonNull("proxy")) {
                goldProxies.add(new Pair(r.path("member").asText(), r.path("proxy").asText()));
            }
        });
        List<Pair> proxies = a == null ? List.of() : a.represented().stream().filter(p -> p.proxy() != null)
                .map(p -> new Pair(p.member(), p.proxy())).toList();
        counts.add(count("proxies", proxies, goldProxies, ExtractionScore::samePair));
        List<Pair> goldSubstitutes = new ArrayList<>();
        gold.path("substitutes").forEach(s -> goldSubstitutes.add(new Pair(s.path("substitute").asText(),
                s.path("replaces").asText())));
        List<Pair> substitutes = a == null ? List.of() : a.substitutes().stream()
                .map(x -> new Pair(x.substitute(), x.replaces())).toList();
        counts.add(count("substitutes", substitutes, goldSubstitutes, ExtractionScore::samePair));
        counts.add(declared(gold.path("declared"), a));
        counts.add(single("date", found.sessionDate(), gold.path("sessionDate"),
                (f, g) -> f.equals(LocalDate.parse(g.asText()))));
        counts.add(votes(gold.path("votes"), found));
        counts.add(voteItems(gold.path("votes"), found));
        counts.add(voteNames(gold.path("votes"), found));
        List<Grant> goldGrants = new ArrayList<>();
        gold.path("beneficiaries").forEach(b -> goldGrants.add(new Grant(b.path("name").asText(),
                b.path("amount").decimalValue())));
        List<Grant> grants = found.beneficiaries().stream().filter(b -> b.amount() != null)
                .map(b -> new Grant(b.name(), b.amount())).toList();
        counts.add(count("grants", grants, goldGrants, (f, g) -> NameMatch.sameAmount(f.amount(), g.amount())
                && NameMatch.sameOrganisation(f.name(), g.name())));
        List<String> goldNumbers = new ArrayList<>();
        gold.path("numbers").forEach(n -> goldNumbers.add(n.asText()));
        List<String> numbers = new ArrayList<>();
        if (found.number() != null) {
            numbers.add(found.number());
        }
        numbers.addAll(found.references());
        found.items().stream().map(Deliberation.Item::number).filter(Objects::nonNull).forEach(numbers::add);
        counts.add(count("numbers", numbers.stream().distinct().toList(), goldNumbers, (f, g) -> alphanumeric(f).equals(alphanumeric(g))));
        counts.add(single("president", found.president(), gold.path("president"),
                (f, g) -> NameMatch.samePerson(f, g.asText().replaceAll(",.*", ""))));
        counts.add(single("secretary", found.secretary(), gold.path("secretary"),
                (f, g) -> NameMatch.samePerson(f, g.asText().replaceAll("\\(.*", ""))));
        counts.add(single("authority", found.authority(), gold.path("authority"),
                (f, g) -> NameMatch.samePlace(f, g.asText())));
        counts.add(single("body", found.body(), gold.path("body"), (f, g) -> NameMatch.sameBody(f, g.asText())));
        return new ExtractionScore(text, counts);
    }

    Count count(String field) {
        return counts.stream().filter(c -> c.field().equals(field)).findFirst().orElseThrow();
    }

    /** Role-aware: a name counts when it is found in the role the gold gives it. */
    private static Count attendance(JsonNode gold, Deliberation.Attendance a) {
        Count total = new Count("attendance", 0, 0, 0);
        List<String> represented = new ArrayList<>();
        gold.path("represented").forEach(r -> represented.add(r.path("member").asText()));
        total = total.plus(count("attendance", a == null ? List.of() : a.present(), texts(gold.path("present")),
                NameMatch::samePerson));
        total = total.plus(count("attendance", a == null ? List.of() : a.represented().stream()
                .map(Deliberation.Proxy::member).toList(), represented, NameMatch::samePerson));
        total = total.plus(count("attendance", a == null ? List.of() : a.excused(), texts(gold.path("excused")),
                NameMatch::samePerson));
        return total.plus(count("attendance", a == null ? List.of() : a.absent(), texts(gold.path("absent")),
                NameMatch::samePerson));
    }

    /** Each count the gold declares (in office, present, voting) is one item. */
    private static Count declared(JsonNode gold, Deliberation.Attendance a) {
        Integer[] found = a == null ? new Integer[3] : new Integer[] {a.declaredInOffice(), a.declaredPresent(), a.declaredVoting()};
        List<String> keys = List.of("inOffice", "present", "voting");
        int expected = 0;
        int right = 0;
        int stated = 0;
        for (int i = 0; i < keys.size(); i++) {
            stated += found[i] == null ? 0 : 1;
            if (gold.hasNonNull(keys.get(i))) {
                expected++;
                right += found[i] != null && found[i] == gold.path(keys.get(i)).asInt() ? 1 : 0;
            }
        }
        return new Count("declared", right, stated, expected);
    }

    /**
     * The gold's votes against the record's, in reading order: a vote is right when its counts,
     * unanimity and outcome are the gold's.
     */
    private static Count votes(JsonNode gold, Deliberation found) {
        List<JsonNode> expected = new ArrayList<>();
        gold.forEach(expected::add);
        return count("votes", found.votes(), expected, ExtractionScore::sameVote);
    }

    /** The gold's votes that name their item: right when the vote is and its item's title is the gold's. */
    private static Count voteItems(JsonNode gold, Deliberation found) {
        List<JsonNode> expected = new ArrayList<>();
        gold.forEach(v -> {
            if (v.hasNonNull("item")) {
                expected.add(v);
            }
        });
        List<Deliberation.Vote> titled = found.votes().stream().filter(v -> v.item() != null).toList();
        return count("vote items", titled, expected,
                (f, g) -> sameVote(f, g) && NameMatch.sameTitle(f.item(), g.path("item").asText()));
    }

    /** Who voted what, each name with its choice: for, against, abstained, not voting. */
    private static Count voteNames(JsonNode gold, Deliberation found) {
        List<Pair> expected = new ArrayList<>();
        gold.forEach(v -> {
            for (String choice : List.of("forNames", "againstNames", "abstainers", "notVotingNames")) {
                v.path(choice).forEach(n -> expected.add(new Pair(choice, n.asText())));
            }
        });
        List<Pair> named = new ArrayList<>();
        for (Deliberation.Vote v : found.votes()) {
            v.forNames().forEach(n -> named.add(new Pair("forNames", n)));
            v.againstNames().forEach(n -> named.add(new Pair("againstNames", n)));
            v.abstainers().forEach(n -> named.add(new Pair("abstainers", n)));
            v.notVotingNames().forEach(n -> named.add(new Pair("notVotingNames", n)));
        }
        return count("vote names", named, expected, (f, g) -> f.first().equals(g.first())
                && NameMatch.samePerson(f.second(), g.second()));
    }

    private static boolean sameVote(Deliberation.Vote v, JsonNode gold) {
        String outcome = gold.path("outcome").isNull() ? null : gold.path("outcome").asText();
        return Objects.equals(v.forCount(), integer(gold.path("for")))
                && Objects.equals(v.against(), integer(gold.path("against")))
                && Objects.equals(v.abstentions(), integer(gold.path("abstentions")))
                && v.unanimous() == gold.path("unanimous").asBoolean()
                && (Objects.equals(v.outcome(), outcome)
                        || "unfavourable-opinion".equals(v.outcome()) && "avis défavorable".equals(outcome));
    }

    private static Integer integer(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : node.asInt();
    }

    private static <F> Count single(String field, F found, JsonNode gold, BiPredicate<F, JsonNode> same) {
        boolean expected = !gold.isNull() && !gold.isMissingNode();
        return new Count(field, found != null && expected && same.test(found, gold) ? 1 : 0, found == null ? 0 : 1,
                expected ? 1 : 0);
    }

    private static <F, G> Count count(String field, List<F> found, List<G> gold, BiPredicate<F, G> same) {
        return new Count(field, NameMatch.matches(found, gold, same), found.size(), gold.size());
    }

    private static boolean samePair(Pair f, Pair g) {
        return NameMatch.samePerson(f.first(), g.first()) && NameMatch.samePerson(f.second(), g.second());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String alphanumeric(String number) {
        return number.replaceAll("[^\\p{Alnum}]", "").toLowerCase(Locale.ROOT);
    }
}
