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

    @Test
    void everyListShapeGivesItsPersonsWhole() {
        String text = """
                Etaient présents : ESCOFFIER, MAUBLANC D., TRIGANCE, ROUVELLAT,
                MAUBLANC C., FOURNAJOU, SIGALAS.
                Etaient absents :
                CABROLIER
                VIGOUROUX procuration à TRIGANCE
                ARNAVIELLE

                Présent(e)s : C. Larrouy, Président, E. Février, J.-C. Bousquet, M.-P. Faugère, P. Mas.

                Présents : FLORIMOND Gisèle, LE GUERNIC Yannick, DA SILVEIRA Nuno, ROCHEBLAVE Hugo Absents : PIALAT Inès

                Messieurs Hervé BRUSQUET, Gérard CASTAGNOU  Dominique MAUDUIT.
                """;
        List<String> persons = names(TAGGER.tag(text), EntityType.PERSON);
        assertTrue(persons.containsAll(List.of("ESCOFFIER", "MAUBLANC D.", "TRIGANCE", "ROUVELLAT", "MAUBLANC C.",
                "FOURNAJOU", "SIGALAS", "CABROLIER", "VIGOUROUX", "ARNAVIELLE", "C. Larrouy", "E. Février",
                "J.-C. Bousquet", "M.-P. Faugère", "P. Mas", "FLORIMOND Gisèle", "LE GUERNIC Yannick", "DA SILVEIRA Nuno",
                "ROCHEBLAVE Hugo", "PIALAT Inès", "Hervé BRUSQUET", "Gérard CASTAGNOU", "Dominique MAUDUIT")), persons.toString());
        assertTrue(persons.stream().noneMatch(p -> p.matches("(?i).*\\b(absents?|présents?|président|procuration)\\b.*")),
                persons.toString());
    }

    @Test
    void aNameBrokenAcrossBlankLinesByAFlattenedLayoutStaysWhole() {
        String text = "Etaient présents : Jean-Marc\n\nQUINTRAND\n\n, Odette\n\nBARRUOL\n\n, Lucien\n\nFERRAGUT\n\n.\n";
        List<String> persons = names(TAGGER.tag(text), EntityType.PERSON);
        assertTrue(persons.containsAll(List.of("Jean-Marc QUINTRAND", "Odette BARRUOL", "Lucien FERRAGUT")), persons.toString());
    }

    @Test
    void listsOfBodiesOrPlacesGiveNoPersons() {
        String text = """
                Sont membres du groupement : la CCIMP, la CMAR PACA, l'URSSAF, la DRAC.
                Communes concernées : MARSEILLE, AUBAGNE, CASSIS, LA CIOTAT.
                """;
        assertEquals(List.of(), names(TAGGER.tag(text), EntityType.PERSON));
    }

    @Test
    void grantBeneficiariesAreFoundInQuotesAndOnListedLines() {
        String text = """
                Subvention à l'association " Les voix du causse ", 12, rue Haute. - Montant : 4.500 F.
                Les associations bénéficiaires sont :
                  • Vent Debout Compagnie 12 000,00 F,
                  – L’Escampette 3 500 €,
                Le montant global de la dépense s'élève à 19 000,00 F.
                """;
        List<String> bodies = names(TAGGER.tag(text), EntityType.ORGANIZATION);
        assertTrue(bodies.containsAll(List.of("Les voix du causse", "Vent Debout Compagnie", "L’Escampette")), bodies.toString());
        assertTrue(bodies.stream().noneMatch(b -> b.contains("montant") || b.matches(".*\\d.*")), bodies.toString());
    }

    @Test
    void streetsSectionLettersAndGluedHeadingsAreNoPersons() {
        String text = """
                L'association, domiciliée 12 boulevard Anatole Vigneron, 13001 Marseille, et 3 rue Lucien Fabrègue.
                A. La présente délibération est adoptée.
                Monsieur Yvon MARCELLESI ETAIENT EXCUSÉS : Mme Aurore PEYRUSSE Mme Odile BASTIDON.
                """;
        List<String> persons = names(TAGGER.tag(text), EntityType.PERSON);
        assertTrue(persons.containsAll(List.of("Yvon MARCELLESI", "Aurore PEYRUSSE", "Odile BASTIDON")), persons.toString());
        assertTrue(persons.stream().noneMatch(p -> p.contains("Vigneron") || p.contains("Fabrègue") || p.startsWith("A.")
                || p.contains("EXCUS") || p.endsWith("Mme")), persons.toString());
    }

    @Test
    void bodiesNamedByTheirKindOrAnAcronymAfterAnArticle() {
        String text = "Le projet est cofinancé par le Fonds Social Européen et le Comité des Fêtes de Sorède, "
                + "avec la CCIMP et l'URSSAF, sur le rapport de M. Olivier LE GOASGUEN.";
        List<Entity> entities = TAGGER.tag(text);
        List<String> bodies = names(entities, EntityType.ORGANIZATION);
        assertTrue(bodies.containsAll(List.of("Fonds Social Européen", "Comité des Fêtes de Sorède", "CCIMP", "URSSAF")),
                bodies.toString());
        assertTrue(names(entities, EntityType.PERSON).contains("Olivier LE GOASGUEN"), entities.toString());
    }
}
