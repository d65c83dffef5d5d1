package fr.registre.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.registre.archive.PersonResolver;
import fr.registre.archive.Variant;
import fr.registre.model.Deliberation;
import fr.registre.pipeline.Registre;
import fr.registre.pipeline.RegistreConfig;

/**
 * Person resolution against the gold records: the names `registre extract` reads in the attendance
 * of the real texts and of the samples (two Bureau extracts of one métropole, six years apart, one of
 * them OCR'd), with the ways a later register writes the same members (see {@link #variants}),
 * resolved together; every pair of distinct written names of one authority is scored: merged or
 * not, against whether the gold names them as one person.
 */
final class PersonResolutionBenchmark {

    private static final List<String> SAMPLES = List.of("bureau-2025", "bureau-2019", "territoire-2022");

    private final Path texts;

    PersonResolutionBenchmark(Path texts) {
        this.texts = texts;
    }

    /** Pairs of written names: those the gold says are one person, those merged, and those both. */
    record Score(int samePairs, int mergedPairs, int rightPairs, int authorities, int names) {
        double precision() {
            return mergedPairs == 0 ? 1 : (double) rightPairs / mergedPairs;
        }

        double recall() {
            return samePairs == 0 ? 1 : (double) rightPairs / samePairs;
        }
    }

    Score score() throws IOException {
        List<GoldText> golds = new ArrayList<>(GoldText.in(texts));
        for (String sample : SAMPLES) {
            golds.add(GoldText.sample(sample));
        }
        List<PersonResolver.Mention> mentions = new ArrayList<>();
        Map<String, List<String>> goldNames = new LinkedHashMap<>();
        try (Registre registre = Registre.open(RegistreConfig.defaults().withoutOcr())) {
            for (GoldText g : golds) {
                String authority = g.gold().path("authority").asText();
                String date = g.gold().path("sessionDate").asText("");
                Integer year = date.length() >= 4 ? Integer.valueOf(date.substring(0, 4)) : null;
                goldNames.computeIfAbsent(authority, a -> new ArrayList<>()).addAll(EntityBenchmark.persons(g.gold()));
                Deliberation.Attendance a = registre.analyse(g.text(), g.name()).deliberation().attendance();
                List<String> written = new ArrayList<>(a.present());
                written.addAll(a.excused());
                written.addAll(a.absent());
                a.represented().forEach(p -> {
                    written.add(p.member());
                    if (p.proxy() != null) {
                        written.add(p.proxy());
                    }
                });
                written.forEach(w -> mentions.add(new PersonResolver.Mention(w, authority, year)));
            }
        }
        Map<String, String> origins = new LinkedHashMap<>();
        for (PersonResolver.Mention m : List.copyOf(mentions)) {
            for (PersonResolver.Mention v : variants(m)) {
                mentions.add(v);
                origins.putIfAbsent(v.authority() + "\t" + v.written(), m.written());
            }
        }
        List<PersonResolver.Person> persons = new PersonResolver().resolve(mentions, Set.of());
        int same = 0;
        int merged = 0;
        int right = 0;
        int names = 0;
        for (Map.Entry<String, List<String>> authority : goldNames.entrySet()) {
            List<PersonResolver.Person> ofAuthority = persons.stream().filter(p -> p.authority().equals(authority.getKey())).toList();
            List<String> written = new ArrayList<>();
            List<Integer> person = new ArrayList<>();
            for (int i = 0; i < ofAuthority.size(); i++) {
                for (Variant v : ofAuthority.get(i).variants()) {
                    written.add(v.written());
                    person.add(i);
                }
            }
            names += written.size();
            for (int i = 0; i < written.size(); i++) {
                for (int j = i + 1; j < written.size(); j++) {
                    String truthA = truth(written.get(i), authority.getKey(), authority.getValue(), origins);
                    boolean sameInGold = truthA != null
                            && truthA.equals(truth(written.get(j), authority.getKey(), authority.getValue(), origins));
                    boolean isMerged = person.get(i).equals(person.get(j));
                    same += sameInGold ? 1 : 0;
                    merged += isMerged ? 1 : 0;
                    right += sameInGold && isMerged ? 1 : 0;
                }
            }
        }
        return new Score(same, merged, right, goldNames.size(), names);
    }

    /**
     * How later registers of the same authority write the members read with first name and surname
     * in capitals ("Claire MOREL"), a year later: "MOREL Claire", "MOREL C.", "Mme MOREL", and one
     * letter of the surname misread ("M0REL", "MORFL").
     */
    static List<PersonResolver.Mention> variants(PersonResolver.Mention m) {
        Matcher n = FULL_NAME.matcher(m.written());
        if (!n.matches()) {
            return List.of();
        }
        String first = n.group(1);
        String surname = n.group(2);
        Integer year = m.year() == null ? null : m.year() + 1;
        return List.of(surname + " " + first, surname + " " + first.charAt(0) + ".", "Mme " + surname, first + " " + misread(surname))
                .stream().map(v -> new PersonResolver.Mention(v, m.authority(), year)).toList();
    }

    private static final Pattern FULL_NAME = Pattern.compile("(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?) (\\p{Lu}{5,})");

    /** The surname with one letter read as OCR often reads it: O as 0, I as l, E as F, N as H, or the last letter doubled. */
    private static String misread(String surname) {
        for (String[] slip : new String[][] {{"O", "0"}, {"I", "l"}, {"E", "F"}, {"N", "H"}}) {
            int at = surname.indexOf(slip[0], 1);
            if (at > 0) {
                return surname.substring(0, at) + slip[1] + surname.substring(at + 1);
            }
        }
        return surname + surname.charAt(surname.length() - 1);
    }

    /** The gold person a written name is (a constructed variant: the one its origin is), or null when the gold names nobody so. */
    private static String truth(String written, String authority, List<String> gold, Map<String, String> origins) {
        String origin = origins.getOrDefault(authority + "\t" + written, written);
        return gold.stream().filter(g -> NameMatch.samePerson(origin, g)).findFirst().orElse(null);
    }

    String markdown() throws IOException {
        Score s = score();
        return String.format(Locale.ROOT, "%n## person resolution%n%n%d written names of members in %d authorities (the real "
                        + "texts of `%s` and the samples, and for each member read as `Prénom NOM` four ways a later "
                        + "register writes them: `NOM Prénom`, `NOM P.`, `Mme NOM`, one letter of the surname misread), "
                        + "resolved together; pairs of written names of one authority:%n%n"
                        + "| pairs the gold names as one person | pairs merged | both | precision | recall |%n"
                        + "|---:|---:|---:|---:|---:|%n| %d | %d | %d | %.3f | %.3f |%n",
                s.names(), s.authorities(), texts, s.samePairs(), s.mergedPairs(), s.rightPairs(), s.precision(), s.recall());
    }
}
