package fr.registre.nlp;

import fr.registre.Resources;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.registre.model.Entity;
import fr.registre.model.EntityType;

/** The shipped model and the tagger's rules on text written for these tests, not seen in training. */
class EntityTaggerTest {

    private static final EntityTagger TAGGER = Resources.tagger(TaggerOptions.defaults());

    private static List<String> names(List<Entity> entities, EntityType type) {
        return entities.stream().filter(e -> e.type() == type).map(e -> e.text().replaceAll("\\s+", " ")).toList();
    }

    @Test
    void titlesAreNotPartOfNamesAndCapitalSurnamesKeepTheirParticles() {
        String text = """
                Le 12 juin 2023, le Conseil Municipal s'est réuni sous la présidence de Monsieur le Maire \
                Jean-Baptiste D'ESTIENNES D'ORVES.

                Etaient présents : Madame Hélène LE DISSES - Monsieur Karim PADOVANI-FAURE-BRAC - \
                Mme Odile DE LA VILLARDIÈRE - M. Théo VAN DER BEEK.

                Rapporteur : Monsieur le Président Hubert DUCHAMP-LAMBERT
                """;
        List<String> persons = names(TAGGER.tag(text), EntityType.PERSON);
        assertTrue(persons.containsAll(List.of("Jean-Baptiste D'ESTIENNES D'ORVES", "Hélène LE DISSES",
                "Karim PADOVANI-FAURE-BRAC", "Odile DE LA VILLARDIÈRE", "Hubert DUCHAMP-LAMBERT")), persons.toString());
        assertTrue(persons.stream().noneMatch(p -> p.matches("(?i).*\\b(monsieur|madame|mme|m\\.|maire|président)\\b.*")),
                persons.toString());
    }

    @Test
    void membersListedInTheAttendanceAreFoundAgainEvenMisread() {
        String text = """
                Etaient présents Mesdames et Messieurs :
                Ghislaine TORRECILLAS - Baptiste QUILICHINI - Anouk VERDEGUER

                Sur le rapport de M. QUILlCHINI, le Conseil approuve le programme.
                Madame TORRECILLAS ne prend pas part au vote. Anouk VERDEGUFR s'abstient.
                """;
        List<Entity> entities = TAGGER.tag(text);
        List<String> persons = names(entities, EntityType.PERSON);
        assertTrue(persons.containsAll(List.of("QUILlCHINI", "TORRECILLAS", "Anouk VERDEGUFR")), persons.toString());
        assertEquals(6, persons.size(), persons.toString());
    }

    @Test
    void aKnownRosterFindsMembersTheDocumentNeverListed() {
        String text = "Vu le courrier adressé par M. ESCARGUEL le 3 mars, le Bureau décide.";
        EntityTagger withRoster = Resources.tagger(new TaggerOptions(List.of("Brigitte ESCARGUEL")));
        assertTrue(names(withRoster.tag(text), EntityType.PERSON).contains("ESCARGUEL"));
    }

    @Test
    void acronymsAreLinkedToTheOrganisationTheyAbbreviate() {
        String text = """
                Vu la demande de l'Agence de Développement Économique du Var (ADEV) en date du 4 mai ;
                Une subvention de 12 000 € est attribuée à l'ADEV pour son programme annuel.
                """;
        List<Entity> entities = TAGGER.tag(text);
        List<Entity> acronyms = entities.stream().filter(e -> e.source().equals(Entity.ACRONYM)).toList();
        assertEquals(2, acronyms.size(), entities.toString());
        assertTrue(acronyms.stream().allMatch(a -> a.text().equals("ADEV")
                && a.longForm().equals("Agence de Développement Économique du Var")), acronyms.toString());
        assertTrue(names(entities, EntityType.ORGANIZATION).contains("Agence de Développement Économique du Var"));
    }

    @Test
    void entitiesPointIntoTheTextAndDoNotOverlap() {
        String text = "Madame Claire FONTVIEILLE, représentée par Paul ARNAUD-GIRAUD, et la Chambre d'Agriculture du Var.";
        List<Entity> entities = TAGGER.tag(text);
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            assertEquals(e.text(), text.substring(e.start(), e.end()));
            if (i > 0) {
                assertTrue(entities.get(i - 1).end() <= e.start());
            }
        }
        assertEquals(List.of("Claire FONTVIEILLE", "Paul ARNAUD-GIRAUD"), names(entities, EntityType.PERSON));
        assertEquals(List.of("Chambre d'Agriculture du Var"), names(entities, EntityType.ORGANIZATION));
    }

    @Test
    void everyNameOfAListAfterAPluralCivilityIsAPerson() {
        String text = "Présents : MM. ESPITALIER, BOURRELLY et VAN DER MEERSCH, Mmes CASTAGNOLA, O'BRIEN, "
                + "M. le Maire. Messieurs les Conseillers approuvent.";
        List<String> persons = names(TAGGER.tag(text), EntityType.PERSON);
        assertEquals(List.of("ESPITALIER", "BOURRELLY", "VAN DER MEERSCH", "CASTAGNOLA", "O'BRIEN"), persons);
    }

    @Test
    void bodiesNamedInCapitalHeadingsAreOrganisations() {
        String text = """
                CONVENTION DE PARTENARIAT
                ENTRE LA COMMUNE DE BRIANÇON
                ET L'ASSOCIATION LES AMIS DU VIEUX BRIANÇON
                """;
        assertEquals(List.of("COMMUNE DE BRIANÇON", "ASSOCIATION LES AMIS DU VIEUX BRIANÇON"),
                names(TAGGER.tag(text), EntityType.ORGANIZATION));
    }

    @Test
    void companiesAreFoundByTheirLegalForm() {
        String text = "Le marché est confié à la SARL Garrigues et Fils ; la maîtrise d'oeuvre à Alpes Ingénierie SAS.";
        List<String> organisations = names(TAGGER.tag(text), EntityType.ORGANIZATION);
        assertTrue(organisations.containsAll(List.of("SARL Garrigues et Fils", "Alpes Ingénierie SAS")), organisations.toString());
    }
}
