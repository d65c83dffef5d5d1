package fr.registre.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** One person behind the ways registers write a name, and never two people merged. */
class PersonResolverTest {

    private static final String TOWN = "Commune de Valbrune";

    private static PersonResolver.Mention in(String written, int year) {
        return new PersonResolver.Mention(written, TOWN, year);
    }

    private static List<String> personOf(List<PersonResolver.Person> persons, String written) {
        return persons.stream().filter(p -> p.variants().stream().anyMatch(v -> v.written().equals(written)))
                .findFirst().orElseThrow().variants().stream().map(Variant::written).sorted().toList();
    }

    @Test
    void variantsOfOneMemberAreOnePersonWithTheirReasons() {
        List<PersonResolver.Person> persons = new PersonResolver().resolve(List.of(
                in("Jean-Pierre BERTRAND", 1986), in("M. BERTRAND", 1987), in("BERTRAND J.-P.", 1990),
                in("BERTRANO Jean-Pierre", 1991), in("jean-pierre bertrand", 1992),
                in("Annick DANIEL", 1990), in("Roger DANIEL", 1990), in("DANIEL", 1991),
                in("LASSERRE D.", 2004), in("LASSERRE C.", 2004), in("Denise LASSERRE", 2005),
                in("Michel Teyssedou", 2013), in("M. Teyssedou", 2013)), Set.of());
        assertEquals(List.of("BERTRAND J.-P.", "BERTRANO Jean-Pierre", "Jean-Pierre BERTRAND", "M. BERTRAND",
                "jean-pierre bertrand"), personOf(persons, "Jean-Pierre BERTRAND"));
        PersonResolver.Person bertrand = persons.stream().filter(p -> p.name().contains("BERTRAND")).findFirst().orElseThrow();
        assertTrue(bertrand.variants().stream().anyMatch(v -> v.reason().contains("misread")), bertrand.toString());
        assertEquals(List.of("Annick DANIEL"), personOf(persons, "Annick DANIEL"), "two DANIELs: the surname alone stays apart");
        assertEquals(List.of("DANIEL"), personOf(persons, "DANIEL"));
        assertEquals(List.of("Denise LASSERRE", "LASSERRE D."), personOf(persons, "LASSERRE D."));
        assertEquals(List.of("LASSERRE C."), personOf(persons, "LASSERRE C."));
        assertEquals(List.of("M. Teyssedou", "Michel Teyssedou"), personOf(persons, "M. Teyssedou"));
    }

    @Test
    void otherAuthoritiesDistantYearsAndReviewersKeepPeopleApart() {
        List<PersonResolver.Mention> mentions = List.of(in("Jean-Pierre BERTRAND", 1950), in("Jean-Pierre BERTRAND", 1951),
                in("J.-P. BERTRAND", 2010), new PersonResolver.Mention("Jean-Pierre BERTRAND", "Commune de Sarlande", 1951));
        List<PersonResolver.Person> persons = new PersonResolver().resolve(mentions, Set.of());
        assertEquals(3, persons.size(), persons.toString());
        List<PersonResolver.Person> undone = new PersonResolver().resolve(List.of(in("Jean-Pierre BERTRAND", 1986),
                in("BERTRANO Jean-Pierre", 1987)), Set.of(TOWN + "\tBERTRANO Jean-Pierre"));
        assertEquals(2, undone.size(), "a merge a reviewer undid stays undone");
    }
}
