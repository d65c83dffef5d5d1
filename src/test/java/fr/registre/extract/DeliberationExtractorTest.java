package fr.registre.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.registre.model.Deliberation;
import fr.registre.model.Entity;
import fr.registre.model.EntityType;
import fr.registre.text.Amounts;

class DeliberationExtractorTest {

    private final DeliberationExtractor extractor = new DeliberationExtractor();

    private static String text(String name) throws IOException {
        try (InputStream in = DeliberationExtractorTest.class.getResourceAsStream("/fr/registre/bench/texts/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void bureauExtractComesOutWhole() throws IOException {
        Deliberation d = extractor.extract(text("bureau-2025"));
        assertEquals("deliberation", d.documentType());
        assertEquals("Métropole Aix-Marseille-Provence", d.authority());
        assertEquals("Bureau de la Métropole", d.body());
        assertEquals(LocalDate.of(2025, 4, 3), d.sessionDate());
        assertEquals("Martine VASSAL", d.president());
        assertEquals("ECOR-020-17755/25/BM", d.number());
        assertEquals(List.of("118532"), d.references());
        assertTrue(d.title().startsWith("Approbation d'une convention de partenariat avec le Conservatoire"));
        Deliberation.Attendance a = d.attendance();
        assertEquals(31, a.declaredPresent());
        assertEquals(31, a.present().size());
        assertEquals("Martial ALVAREZ", a.present().get(0));
        assertTrue(a.present().contains("Jean-Pierre GIORGI"));
        assertTrue(a.present().contains("Emmanuelle CHARAFE"), "a name broken across lines");
        assertEquals(List.of(new Deliberation.Proxy("François BERNARDINI", "Martial ALVAREZ"),
                new Deliberation.Proxy("Michel ROUX", "Didier KHELFA")), a.represented());
        assertEquals(List.of("Éric LE DISSES", "Georges ROSSO", "David YTIER"), a.excused());
        assertEquals("adopted", d.outcome());
        assertEquals("Gerard GAZAY", d.signatory().name());
        assertTrue(d.signatory().role().startsWith("Le Vice-Président Délégué"));
        assertEquals(6, d.visas().size());
        assertEquals(2, d.articles().size());
        assertEquals("Conservatoire National des Arts et Métiers PACA", d.beneficiaries().get(0).name());
        assertEquals(List.of(), d.warnings());
    }

    @Test
    void subsidyAndProxiesOfAnOlderLayout() throws IOException {
        Deliberation d = extractor.extract(text("bureau-2019"));
        assertEquals("EMP 004-6064/19/BM", d.number());
        assertEquals(List.of("MET 19/11402/BM"), d.references());
        assertEquals(30, d.attendance().present().size());
        assertTrue(d.attendance().present().contains("Maryse JOISSAINS MASINI"));
        assertEquals(List.of("Eric LE DISSÈS"), d.attendance().excused());
        Deliberation.Beneficiary b = d.beneficiaries().get(0);
        assertEquals("Cité des Métiers de Marseille et de Provence-Alpes-Côte d’Azur", b.name());
        assertEquals(new BigDecimal("20000"), b.amount());
        assertEquals("EUR", b.currency());
        assertEquals(4, d.articles().size());
    }

    @Test
    void territorialCouncilWithSemicolonsAndOneProxyPerLine() throws IOException {
        Deliberation d = extractor.extract(text("territoire-2022"));
        assertEquals("Conseil de Territoire du Pays d’Aubagne et de l’Etoile", d.body());
        assertEquals(LocalDate.of(2022, 3, 8), d.sessionDate());
        assertEquals("Serge PEROTTINO", d.president());
        assertEquals("Sophie AMARANTINIS", d.secretary());
        assertEquals("Alain ROUSSET", d.rapporteur());
        assertEquals("CT4/080322/52", d.number());
        assertEquals(11, d.attendance().present().size());
        assertEquals(4, d.attendance().represented().size());
        assertEquals(new Deliberation.Proxy("Rémi MARCENGO", "Jean-Marie LEONARDIS"), d.attendance().represented().get(3));
        assertEquals(List.of("Christine CAPDEVILLE"), d.attendance().absent());
        assertEquals("favourable-opinion", d.outcome());
        assertEquals(new Deliberation.Signatory("Serge PEROTTINO", "Le Président du Conseil de territoire"), d.signatory());
    }

    @Test
    void aProxyWrappedOntoItsOwnLineStaysWithItsMember() {
        String text = """
                Etaient absents et représentés Mesdames et Messieurs :
                Ninon TAILLEFER
                représentée par Gaspard ROUQUETTE
                Aurélien CASTAGNÉ représenté par Ninon VIDALOU
                Rosine MALAPERT
                a donné procuration à Gaspard ROUQUETTE

                Le Bureau adopte le rapport.
                """;
        assertEquals(List.of(new Deliberation.Proxy("Ninon TAILLEFER", "Gaspard ROUQUETTE"),
                new Deliberation.Proxy("Aurélien CASTAGNÉ", "Ninon VIDALOU"),
                new Deliberation.Proxy("Rosine MALAPERT", "Gaspard ROUQUETTE")), extractor.extract(text).attendance().represented());
    }

    @Test
    void severalGrantsInOneSentenceEachWithItsAmountButNoTotal() {
        String text = """
                EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL
                Le conseil délibère. 1999, AB 12 - Subvention à l'association " Les Archers du Val " (3e). - Montant : 1.200 F 1999, \
                AB 13 - Subvention exceptionnelle à l'association " Les Archers du Val " (3e). - Montant : 300 F.
                Une subvention est attribuée au Comité des Fêtes de Valbrune pour 500 €, ce qui porte le total à 2 500 €.
                """;
        List<Deliberation.Beneficiary> grants = extractor.extract(text).beneficiaries();
        assertEquals(List.of("Les Archers du Val 1200 FRF", "Les Archers du Val 300 FRF", "Comité des Fêtes de Valbrune 500 EUR"),
                grants.stream().map(b -> b.name() + " " + b.amount().toPlainString() + " " + b.currency()).toList());
    }

    @Test
    void substitutesSitForTheirMembersAndCountAsPresent() {
        String text = """
                Présents : Odile FERRANDINI, Bastien GROSJEAN, Mélanie VIALATTE. Gaspard TROUILLET, suppléant de Régis DOUMERGUE.
                Excusés : Mme Anaïs CHABRERIE (suppléante de M. Hector BAYLET), Lionel PUECH remplacé par Ginette ESTRADE.
                """;
        Deliberation.Attendance a = extractor.extract(text).attendance();
        assertEquals(List.of(new Deliberation.Substitute("Gaspard TROUILLET", "Régis DOUMERGUE"),
                new Deliberation.Substitute("Anaïs CHABRERIE", "Hector BAYLET"),
                new Deliberation.Substitute("Ginette ESTRADE", "Lionel PUECH")), a.substitutes());
        assertTrue(a.present().containsAll(List.of("Odile FERRANDINI", "Gaspard TROUILLET", "Ginette ESTRADE")), a.present().toString());
    }

    @Test
    void conventionGivesItsPartnerAndGrant() throws IOException {
        Deliberation d = extractor.extract(text("convention-2016"));
        assertEquals("convention", d.documentType());
        Deliberation.Beneficiary b = d.beneficiaries().get(0);
        assertTrue(b.name().startsWith("Chambre de Métiers et de l'Artisanat"), b.name());
        assertEquals(new BigDecimal("60000"), b.amount());
    }

    @Test
    void otherLayoutsVotesAndAmounts() {
        String text = """
                EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL
                Séance du 1er juillet 2020
                L'an deux mille vingt, le Conseil municipal de la Commune de Saint-Rémy, sous la présidence de Monsieur Jean DUPONT, Maire.
                ETAIENT PRESENTS : M. Jean DUPONT, Mme Anne-Marie D'ESTIENNES D'ORVES, M. Paul PADOVANI-FAURE-BRAC
                Mme Claire MARTIN
                ETAIENT REPRESENTES :
                M. Luc BERNARD (pouvoir à M. Jean DUPONT)
                Mme Lise PETIT procuration à Mme Claire MARTIN
                ABSENTS EXCUSES : M. Marc DURAND ; Mme Inès ROBERT
                Secrétaire de séance : Mme Claire MARTIN

                2020/07/045
                Subvention au club sportif

                Présents 4 / Représentés 2 / Voix Pour 5 / Voix Contre 0 / Abstentions 1
                Se sont abstenus : Paul PADOVANI-FAURE-BRAC

                Article 1 : Une subvention de 77.000 euros est attribuée au Club Athlétique Saint-Rémois.
                Article 2 : Une aide de 115 861,25 Euros est attribuée à l'association Les Amis du Vieux Moulin.
                La délibération est adoptée.
                Reçu en préfecture le 03/07/2020
                """;
        Deliberation d = extractor.extract(text);
        assertEquals(LocalDate.of(2020, 7, 1), d.sessionDate());
        assertEquals(List.of("Jean DUPONT", "Anne-Marie D'ESTIENNES D'ORVES", "Paul PADOVANI-FAURE-BRAC", "Claire MARTIN"),
                d.attendance().present());
        assertEquals(List.of("Marc DURAND", "Inès ROBERT"), d.attendance().excused());
        assertEquals("Lise PETIT", d.attendance().represented().get(1).member());
        assertEquals("Claire MARTIN", d.attendance().represented().get(1).proxy());
        assertEquals("Claire MARTIN", d.secretary());
        Deliberation.Vote v = d.vote();
        assertEquals(4, v.present());
        assertEquals(2, v.represented());
        assertEquals(5, v.forCount());
        assertEquals(0, v.against());
        assertEquals(1, v.abstentions());
        assertEquals(List.of("Paul PADOVANI-FAURE-BRAC"), v.abstainers());
        assertEquals("2020/07/045", d.number());
        assertEquals(new BigDecimal("77000"), d.beneficiaries().get(0).amount());
        assertEquals("Les Amis du Vieux Moulin", d.beneficiaries().get(1).name());
        assertEquals(new BigDecimal("115861.25"), d.beneficiaries().get(1).amount());
        assertEquals("adopted", d.outcome());
        assertEquals(LocalDate.of(2020, 7, 3), d.receivedByPrefecture());
    }

    @Test
    void frenchAmounts() {
        assertEquals(new BigDecimal("20000"), Amounts.first("un montant de 20 000 €").orElseThrow().value());
        assertEquals(new BigDecimal("60000"), Amounts.first("60 000,0 €").orElseThrow().value());
        Amounts.Amount francs = Amounts.first("soit 170 000,00 F").orElseThrow();
        assertEquals(new BigDecimal("170000"), francs.value());
        assertEquals("FRF", francs.currency());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\f\n", "Lorem ipsum dolor sit amet.", "ﬁ$$ù%%\u0000 Article 1 : Présents : :: 12 €",
            "Etaient présents :\n\n\nArticle"})
    void garbageGivesARecordNeverAnException(String text) {
        Deliberation d = extractor.extract(text);
        assertNotNull(d);
        assertNotNull(d.attendance());
        assertFalse(d.documentType().isEmpty());
    }

    @Test
    void extractWithoutAttendanceWarns() {
        Deliberation d = extractor.extract("EXTRAIT DU REGISTRE DES DELIBERATIONS\nSéance du 3 mars 2021\nDélibère\nArticle 1 : Approuve.");
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("no list of members")));
        assertNull(d.number());
    }

    @Test
    void namesRunTogetherByAScanAreSplitByTheTaggersPersons() {
        String text = "Etaient présents Mesdames et Messieurs :\n"
                + "Odile FERRAND - Basile ORSINI Clémence VALLAURI Paul-Henri DUCRET - Agnès MOREL\n\n"
                + "Le conseil approuve.\n";
        List<Entity> persons = List.of("Odile FERRAND", "Basile ORSINI", "Clémence VALLAURI", "Paul-Henri DUCRET", "Agnès MOREL")
                .stream().map(n -> new Entity(EntityType.PERSON, n, text.indexOf(n), text.indexOf(n) + n.length(), Entity.MODEL))
                .toList();
        assertEquals(List.of("Odile FERRAND", "Basile ORSINI Clémence VALLAURI Paul-Henri DUCRET", "Agnès MOREL"),
                extractor.extract(text).attendance().present(), "without the tagger the run-on entry stays whole");
        assertEquals(List.of("Odile FERRAND", "Basile ORSINI", "Clémence VALLAURI", "Paul-Henri DUCRET", "Agnès MOREL"),
                extractor.extract(text, persons).attendance().present());
    }

    @Test
    void attendanceHeadingsRunIntoALineOrFollowedByACountAreFound() {
        String flattened = "COMPTE RENDU DE LA SEANCE DU CONSEIL MUNICIPAL DU 4 MAI 2018 Etaient présents : Mme Odile FERRAND, "
                + "M. Basile ORSINI, Mme Clémence VALLAURI. Absents représentés : M. Paul DUCRET représenté par Mme Odile FERRAND. "
                + "Secrétaire de séance : Madame Clémence Vallauri.\n";
        Deliberation.Attendance a = extractor.extract(flattened).attendance();
        assertEquals(List.of("Odile FERRAND", "Basile ORSINI", "Clémence VALLAURI"), a.present());
        assertEquals(List.of(new Deliberation.Proxy("Paul DUCRET", "Odile FERRAND")), a.represented());

        String counted = "Etaient présents : (3)\nMrs Jean-Yves TANGUY, Mmes Rozenn LE BIHAN, Loïc PRIGENT.\n"
                + "Absents : (2)\nMme et Mrs Anne KERDILES, Yann GOURIOU.\n";
        Deliberation.Attendance b = extractor.extract(counted).attendance();
        assertEquals(List.of("Jean-Yves TANGUY", "Rozenn LE BIHAN", "Loïc PRIGENT"), b.present());
        assertEquals(List.of("Anne KERDILES", "Yann GOURIOU"), b.absent());

        String misread = "Etaient:présents Mesdames et Messieurs :\nLouise MARCHETTI ; Hugo BRANDT\n\nEtaient rprésemtés :\n"
                + "Nadia COLIN représentée par Hugo BRANDT\n";
        Deliberation.Attendance c = extractor.extract(misread).attendance();
        assertEquals(List.of("Louise MARCHETTI", "Hugo BRANDT"), c.present());
        assertEquals(List.of(new Deliberation.Proxy("Nadia COLIN", "Hugo BRANDT")), c.represented());
    }

    @Test
    void aListThatRunsIntoProseEndsAtItsLastName() {
        String text = "Nombre de membres en exercice : 45 Présents : Aline BRUNET, Marc DELORME, Inès FAURE. "
                + "Théo GARNIER, suppléant de Rose HAMEL. Absent(es) ayant voté par procuration en application "
                + "de l'article L. 2121-20 : Lucie JOLY\n";
        Deliberation.Attendance a = extractor.extract(text).attendance();
        // the substitute named after the list sits as a present member
        assertEquals(List.of("Aline BRUNET", "Marc DELORME", "Inès FAURE", "Théo GARNIER"), a.present());
        assertEquals(List.of(new Deliberation.Substitute("Théo GARNIER", "Rose HAMEL")), a.substitutes());
        String lines = "Etaient présents : Aline BRUNET, Marc DELORME,\nInès FAURE. Le maire ouvre la séance à 20 h.\n";
        assertEquals(List.of("Aline BRUNET", "Marc DELORME", "Inès FAURE"), extractor.extract(lines).attendance().present());
    }

    @Test
    void proxiesWrittenFromToAreReadAndTheirGiversAreNotAlsoExcused() {
        String text = "  • Excusées : DURAND Léa, MARTIN Paul et ROBIN Anne ;\n"
                + "  • Procurations : de DURAND Léa à BLANC Jules, de MARTIN Paul à NOEL Marie, et de ROBIN Anne à BLANC Jules ;\n";
        Deliberation.Attendance a = extractor.extract(text).attendance();
        assertEquals(List.of(new Deliberation.Proxy("DURAND Léa", "BLANC Jules"), new Deliberation.Proxy("MARTIN Paul", "NOEL Marie"),
                new Deliberation.Proxy("ROBIN Anne", "BLANC Jules")), a.represented());
        assertEquals(List.of(), a.excused());
    }

    @Test
    void surnameOnlyListsOfficesAndAsidesAreRead() {
        String text = "Présents : Mmes AUBERT – LACROIX – Mrs PELLEGRIN - VIDAL\n"
                + "Absents excusés : Mme Nadine ROCHE (SAINT-JUST), Monsieur Hugo BESSON (LAVAUR)\n"
                + "Etaient absents et excusés : Mme Lise FABRE, Yves MOULIN.\n";
        Deliberation.Attendance a = extractor.extract(text).attendance();
        assertEquals(List.of("AUBERT", "LACROIX", "PELLEGRIN", "VIDAL"), a.present());
        assertEquals(List.of("Nadine ROCHE", "Hugo BESSON", "Lise FABRE", "Yves MOULIN"), a.excused());
        String offices = "Etaient présents : MM. Paul RENAUD, Maire, Agathe SIMON, 1er Adjoint, Noé TESSIER, 2ème Adjoint, Jade VERNET.\n";
        assertEquals(List.of("Paul RENAUD", "Agathe SIMON", "Noé TESSIER", "Jade VERNET"),
                extractor.extract(offices).attendance().present());
    }

    @Test
    void theSessionDateIsTheOneASessionCueAnnouncesNotTheConvocations() {
        assertEquals(LocalDate.of(2019, 7, 3), extractor.extract("COMPTE RENDU DE LA SEANCE DU CONSEIL MUNICIPAL DE "
                + "SAINT-ANSELME DU 03 JUILLET 2019 Etaient présents : Mme Odile FERRAND\n").sessionDate());
        assertEquals(LocalDate.of(2022, 4, 5), extractor.extract("Date de convocation : 28 mars 2022\n"
                + "Conseil municipal du 5 avril 2022\n").sessionDate());
        assertEquals(LocalDate.of(2019, 12, 17), extractor.extract("Commune de Saint-Anselme\n"
                + "Réunion du conseil municipal 17/12/19\nTransmis en préfecture : 20/12/19\n").sessionDate());
        assertEquals(LocalDate.of(2013, 10, 1), extractor.extract("1 SEANCE DU 1 ER OCTOBRE 2013 L an deux mil treize\n").sessionDate());
    }

    @Test
    void proxiesInEveryPhrasingKeepTheMemberWhoGaveThem() {
        String text = "Etaient présents : ETIENNE, MORIN D., GALLAND.\n"
                + "Etaient absents :\nCOSTE\nBARRAL procuration à ETIENNE\nSOLANS\n"
                + "Procurations : (2)\nMme Anne TOUZET avait donné pouvoir à Mme Lise GALLAND, M. Marc VIGNAL à M. Paul ETIENNE.\n"
                + "Absents représentés : Mme ROUX par Mr ETIENNE – Mme PONS par Mme MORIN\n"
                + "Excusés pouvoir : Mmes & MM : FABRE Inès, LEROY Hugo,\n"
                + "Excusés : Noé BLANC (pouvoir à Lise GALLAND)\n"
                + "INVITES PERMANENTS : Chantal MARTY, Guy NOEL\n";
        Deliberation.Attendance a = extractor.extract(text).attendance();
        assertEquals(List.of(new Deliberation.Proxy("Anne TOUZET", "Lise GALLAND"), new Deliberation.Proxy("Marc VIGNAL", "Paul ETIENNE"),
                new Deliberation.Proxy("ROUX", "ETIENNE"), new Deliberation.Proxy("PONS", "MORIN"),
                new Deliberation.Proxy("FABRE Inès", null), new Deliberation.Proxy("LEROY Hugo", null),
                new Deliberation.Proxy("Noé BLANC", "Lise GALLAND"), new Deliberation.Proxy("BARRAL", "ETIENNE")), a.represented());
        assertEquals(List.of("COSTE", "SOLANS"), a.absent());
        assertEquals(List.of(), a.excused(), "a member with a proxy is represented, not also excused; guests are not members");
    }

    @Test
    void aWrappedRepresentedByLineStaysWithItsMember() {
        StringBuilder text = new StringBuilder("Etaient présents Mesdames et Messieurs :\n");
        for (int i = 0; i < 100; i++) {
            text.append(i == 0 ? "" : " - ").append("Prénom").append(letters(i)).append(" MEMBRE").append(letters(i).toUpperCase());
            if (i % 6 == 5) {
                text.append('\n');
            }
        }
        text.append(".\n\nEtaient absents et représentés Mesdames et Messieurs :\n");
        for (int i = 0; i < 35; i++) {
            text.append(i == 0 ? "" : " - ").append("Absent").append(letters(i)).append(" ELU").append(letters(i).toUpperCase());
            text.append(i % 3 == 0 ? "\nreprésenté par " : " représentée par ");
            text.append("Prénom").append(letters(i)).append(" MEMBRE").append(letters(i).toUpperCase());
        }
        text.append(".\n\nLe Bureau délibère.\n");
        Deliberation.Attendance a = extractor.extract(text.toString()).attendance();
        assertEquals(100, a.present().size());
        assertEquals(35, a.represented().size());
        assertEquals(new Deliberation.Proxy("Absentd ELUD", "Prénomd MEMBRED"), a.represented().get(3));
        assertTrue(a.represented().stream().allMatch(p -> p.proxy() != null && p.proxy().startsWith("Prénom")));
    }

    /** "a", "b", ... "ba", "bb": distinct letter-only suffixes for invented names. */
    private static String letters(int i) {
        return (i >= 26 ? String.valueOf((char) ('a' + i / 26)) : "") + (char) ('a' + i % 26);
    }

    @Test
    void votesInProseAreReadInOrderWithTheirOutcome() {
        String text = "1. Procès-verbal\nLe procès-verbal de la précédente séance est approuvé à l’unanimité.\n"
                + "2. Proposition d'échange de terrain\nLe Conseil est CONTRE la proposition à l'unanimité.\n"
                + "3. Budget\nApprobation à la majorité : 10 pour (8 + 2 procurations), 3 abstentions et 2 contre.\n"
                + "4. Tarifs\nAdopté par 12 voix pour, une contre et une abstention.\n"
                + "5. Avis sur le projet\nPOUR le projet : 3 (DUVAL, LEROY, NOEL).\nCONTRE le projet : 10.\n"
                + "Le Conseil émet un avis défavorable.\n"
                + "6. Motion\nQui est contre ? Qui s'abstient ? C'est l'unanimité.\n"
                + "7. Voirie\nLe Conseil adopte (13 POUR).\nSe sont abstenus :\n\nMme Odile FERRAND - M. Basile ORSINI\n";
        List<Deliberation.Vote> votes = extractor.extract(text).votes();
        assertEquals(7, votes.size(), votes.toString());
        assertTrue(votes.get(0).unanimous());
        assertEquals("adopted", votes.get(0).outcome());
        assertEquals("rejected", votes.get(1).outcome());
        assertEquals(List.of(10, 2, 3), List.of(votes.get(2).forCount(), votes.get(2).against(), votes.get(2).abstentions()));
        assertEquals(List.of(12, 1, 1), List.of(votes.get(3).forCount(), votes.get(3).against(), votes.get(3).abstentions()));
        assertEquals(List.of(3, 10), List.of(votes.get(4).forCount(), votes.get(4).against()));
        assertEquals("unfavourable-opinion", votes.get(4).outcome());
        assertEquals("adopted", votes.get(5).outcome());
        assertEquals(13, votes.get(6).forCount());
        assertEquals(List.of("Odile FERRAND", "Basile ORSINI"), votes.get(6).abstainers());
        assertEquals(votes.get(0), extractor.extract(text).vote());
    }

    @Test
    void declaredCountsAndTheOpeningFormulaInWordsAreRead() {
        String text = "L’an deux mille quatre et le seize octobre à 10 H 00, le Conseil Municipal dûment convoqué le 8 octobre 2004.\n"
                + "Conseillers en exercice : 19 - Présents : 3 - Votants : 4\n"
                + "Etaient présents : Odile FERRAND, Basile ORSINI, Agnès MOREL\n"
                + "Etait représenté : Paul DUCRET par Agnès MOREL\n";
        Deliberation d = extractor.extract(text);
        assertEquals(LocalDate.of(2004, 10, 16), d.sessionDate());
        assertEquals(List.of(19, 3, 4), List.of(d.attendance().declaredInOffice(), d.attendance().declaredPresent(),
                d.attendance().declaredVoting()));
        assertEquals(LocalDate.of(1997, 3, 21), extractor.extract("L'an mil neuf cent quatre-vingt-dix-sept, le vingt et un mars, "
                + "le conseil s'est réuni.\n").sessionDate());
        assertEquals(3, extractor.extract("Présents : (3)\nOdile FERRAND, Basile ORSINI, Agnès MOREL\n").attendance().declaredPresent());
        assertTrue(extractor.extract("Membres en exercice : 2\nPrésents : Odile FERRAND, Basile ORSINI, Agnès MOREL\n").warnings()
                .contains("attendance: 3 members listed but 2 in office"));
    }

    @Test
    void flattenedHeadingsWithoutColonAndListsGroupedByCommuneAreRead() {
        // a page flattened to one line: headings without colon, initials for first names, fields after the list
        Deliberation flat = extractor.extract("SEANCE DU 3 MAI 2016 Nombre de conseillers En exercice 9 Présents 6 Votants 6 "
                + "Excusé(e)s L. Ferrand, B. Orsini, A. Morel Date de la convocation 26 avril 2016 "
                + "Présent(e)s P. Ducret, Président, O. Lamarque, Vice-Président ; J.-P. Sauvan, M. Teulier, C. Aubrac, "
                + "R. Vigneau Secrétaire de séance : Paul Ducret\n");
        assertEquals(List.of("P. Ducret", "O. Lamarque", "J.-P. Sauvan", "Teulier", "C. Aubrac", "R. Vigneau"),
                flat.attendance().present());
        assertEquals(List.of("L. Ferrand", "B. Orsini", "A. Morel"), flat.attendance().excused());
        // an intercommunal council lists its members by commune, some communes with nobody present
        Deliberation grouped = extractor.extract("Etaient Présents :\n"
                + "Commune de SAINT-AUBIN : Madame Odile FERRAND, Messieurs Basile ORSINI, Paul DUCRET Commune de LAVAL : "
                + "Commune de : Monsieur Jean-Marc SAUVAN Commune de VERS : Madame Agnès MOREL\n"
                + "Absents et excusés : Monsieur Rémi VIGNEAU (VERS)\n");
        assertEquals(List.of("Odile FERRAND", "Basile ORSINI", "Paul DUCRET", "Jean-Marc SAUVAN", "Agnès MOREL"),
                grouped.attendance().present());
        assertEquals(List.of("Rémi VIGNEAU"), grouped.attendance().excused());
        // "3 procurations : ..." in a vote is a count, not a list of proxies
        Deliberation counted = extractor.extract("Procurations : de Odile FERRAND à Basile ORSINI ;\n"
                + "Approbation à la majorité : 10 pour et 5 contre (2 + 3 procurations : L. Morel, P. Ducret et C. Aubrac).\n");
        assertEquals(1, counted.attendance().represented().size());
    }

    @Test
    void thePresidentIsFoundInEveryOrderAndCase() {
        assertEquals("Odile FERRAND", extractor.extract("PRESIDENCE DE MADAME Odile FERRAND, Maire.\n").president());
        assertEquals("DUCRET Paul", extractor.extract("s'est réuni sous la Présidence de Monsieur DUCRET Paul, Maire de\n")
                .president());
        assertEquals("ORSINI", extractor.extract("en session ordinaire, sous la Présidence de M. ORSINI, Maire.\n").president());
        assertEquals("Basile ORSINI", extractor.extract("  • Président de séance : Basile ORSINI, Maire ;\n").president());
    }

    @Test
    void grantsListedOneALineOrNamedInQuotesAreFoundAndBudgetLinesAreNot() {
        Deliberation listed = extractor.extract("La Ville souhaite soutenir les associations culturelles.\n"
                + "Les trois associations concernées sont :\n"
                + "– Les Amis du Moulin 12 000,00 F,\n"
                + "  • Théâtre des Quatre Vents 3 500,00 F,\n"
                + "  • Chorale Sainte-Cécile (CSC) 800,00 F.\n"
                + "Le montant global de la dépense s'élève à 16 300,00 F réparti suivant les imputations :\n"
                + "    Nature 6574 Fonction 311 15 500,00 F,\n"
                + "    Nature 6574 Fonction 313 800,00 F.\n");
        assertEquals(List.of("Les Amis du Moulin", "Théâtre des Quatre Vents", "Chorale Sainte-Cécile (CSC)"),
                listed.beneficiaries().stream().map(Deliberation.Beneficiary::name).toList());
        assertEquals(new BigDecimal("3500"), listed.beneficiaries().get(1).amount());
        assertEquals("FRF", listed.beneficiaries().get(1).currency());
        // works voted line by line are spending, not grants
        assertTrue(extractor.extract("Le Maire propose d'adopter les décisions modificatives suivantes :\n"
                + "  • Travaux dans la salle des associations : 3.000,00 €,\n"
                + "  • Curage du bief : 1.500,00 €.\n").beneficiaries().isEmpty());
        Deliberation quoted = extractor.extract("Subvention à l'association \" Jeunesse 12e \" (12e). - Montant : 4.000 F.\n");
        assertEquals("Jeunesse 12e", quoted.beneficiaries().get(0).name());
    }

    @Test
    void theItemsOfMinutesAreFoundByTheirNumbers() {
        Deliberation d = extractor.extract("Séance du 5 avril 2004\n"
                + "N°2004/04/01 : RAPPORT D’ACTIVITES DU SYNDICAT\n"
                + "Le conseil prend acte.\n"
                + "2004-17 : Compte administratif du budget général\n"
                + "2004-06-001\n"
                + "Décision du Maire.\n"
                + "2004-04-05\n");
        assertEquals(List.of("2004/04/01", "2004-17", "2004-06-001"), d.items().stream().map(Deliberation.Item::number).toList(),
                "a date alone on its line is no item");
        assertEquals(Arrays.asList("RAPPORT D’ACTIVITES DU SYNDICAT", "Compte administratif du budget général", null),
                d.items().stream().map(Deliberation.Item::title).toList());
    }

    @Test
    void minutesAreSplitIntoItemsEachWithItsVotesAndGrants() {
        Deliberation d = extractor.extract("COMPTE RENDU DE LA SEANCE DU CONSEIL MUNICIPAL DU 3 MARS 2011\n"
                + "Etaient présents : Irène VALOIS, Marc TESSIER, Odile FERRAND.\n"
                + "Secrétaire de séance : Marc TESSIER.\n"
                + "\n"
                + "APPROBATION DU PROCES-VERBAL DE LA SEANCE PRECEDENTE\n"
                + "Adopté à l'unanimité.\n"
                + "Subventions aux associations.\n"
                + "Monsieur le Maire propose d'attribuer une subvention de 800 € au Comité des Fêtes de Valbrune.\n"
                + "Madame FERRAND, présidente du comité, ne prend pas part au vote.\n"
                + "Adopté par 2 voix pour.\n"
                + "Travaux de la mairie.\n"
                + "Monsieur le Maire présente les devis reçus. Un amendement est proposé.\n"
                + "Amendement : 1 voix pour, 2 contre (Irène VALOIS, Odile FERRAND). Il est rejeté.\n"
                + "Le Conseil approuve le devis par 2 voix pour et 1 abstention (Marc TESSIER).\n"
                + "Courrier reçu.\n"
                + "Le Maire donne lecture de la lettre du Syndicat des eaux :\n"
                + "\"Madame, Monsieur,\n"
                + "notre comité syndical a approuvé le programme par 12 voix pour et 3 contre.\n"
                + "Veuillez agréer nos salutations.\"\n"
                + "Questions diverses.\n"
                + "Le Maire informe le Conseil de la date de la fête.\n");
        assertEquals("minutes", d.documentType());
        assertEquals(List.of("APPROBATION DU PROCES-VERBAL DE LA SEANCE PRECEDENTE", "Subventions aux associations",
                "Travaux de la mairie"), d.items().stream().map(Deliberation.Item::title).toList(),
                "an unnumbered heading opens an item when a vote follows it; a quoted vote is not this sitting's");
        Deliberation.Item grants = d.items().get(1);
        assertEquals(1, grants.votes().size());
        assertEquals(Integer.valueOf(1), grants.votes().get(0).notVoting());
        assertEquals(List.of("FERRAND"), grants.votes().get(0).notVotingNames());
        assertEquals(List.of("Comité des Fêtes de Valbrune"), grants.beneficiaries().stream().map(Deliberation.Beneficiary::name).toList());
        Deliberation.Item works = d.items().get(2);
        assertEquals(List.of("rejected", "adopted"), works.votes().stream().map(Deliberation.Vote::outcome).toList());
        assertEquals("adopted", works.outcome(), "the last vote decides, after the amendment");
        assertEquals(List.of("Irène VALOIS", "Odile FERRAND"), works.votes().get(0).againstNames());
        assertEquals(List.of("Marc TESSIER"), works.votes().get(1).abstainers());
        assertTrue(works.beneficiaries().isEmpty());
        assertEquals(4, d.votes().size(), "every vote of the sitting, none from the quoted letter");
        assertEquals("Travaux de la mairie", d.votes().get(3).item());
    }

    @Test
    void objectLinesHeadTheirItems() {
        Deliberation d = extractor.extract("PROCES VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL\n\n"
                + "OBJET : BUDGET PRIMITIF 2022\n"
                + "Après en avoir délibéré, le Conseil Municipal, à l'unanimité, adopte le budget primitif 2022.\n\n"
                + "OBJET : ADHESION AU SERVICE COMMUN\n"
                + "Après en avoir délibéré, le Conseil Municipal, par 8 voix pour et 1 voix contre (M. Marc TESSIER), décide d'adhérer.\n");
        assertEquals(List.of("BUDGET PRIMITIF 2022", "ADHESION AU SERVICE COMMUN"),
                d.items().stream().map(Deliberation.Item::title).toList());
        assertEquals(List.of("Marc TESSIER"), d.items().get(1).votes().get(0).againstNames());
    }

    @Test
    void surnamesThatBeginLikeAnArticleAreMembers() {
        Deliberation d = extractor.extract("Séance du 9 mai 2015\n\nTarifs de la cantine.\n"
                + "Monsieur LEBRUN ne prend pas part au vote.\n"
                + "Adopté par 12 voix pour.\n"
                + "M. LAURET vote contre.\n");
        assertEquals(List.of("LEBRUN"), d.votes().get(0).notVotingNames());
        assertEquals(List.of("LAURET"), d.votes().get(0).againstNames());
    }

    @Test
    void aMemberStayingOutOfAVoteThatStatesNoCountIsStillAVote() {
        Deliberation d = extractor.extract("Séance du 9 mai 2015\n"
                + "\n"
                + "Location de la salle.\n"
                + "La demande de l'association est présentée au Conseil.\n"
                + "Monsieur BERTHIER ne souhaite pas participer au vote.\n"
                + "Le Conseil décide d'accorder la salle.\n");
        assertEquals(1, d.votes().size());
        Deliberation.Vote v = d.votes().get(0);
        assertEquals(List.of("BERTHIER"), v.notVotingNames());
        assertEquals("adopted", v.outcome());
        assertEquals("Location de la salle", v.item());
        assertFalse(v.unanimous());
    }

    @Test
    void membersWhoseChoiceProseTellsAreNamedWithIt() {
        Deliberation d = extractor.extract("Séance du 9 mai 2015\n"
                + "\n"
                + "Tarifs du centre de loisirs.\n"
                + "Le Conseil adopte les tarifs à l'unanimité sauf Mme Odile FERRAND qui s'abstient.\n"
                + "Vente du terrain communal.\n"
                + "Adopté par 12 voix pour.\n"
                + "M. Marc TESSIER vote contre.\n");
        assertEquals(2, d.votes().size());
        assertEquals(List.of("Odile FERRAND"), d.votes().get(0).abstainers());
        assertEquals(Integer.valueOf(1), d.votes().get(0).abstentions());
        assertEquals(List.of("Marc TESSIER"), d.votes().get(1).againstNames());
        assertEquals(Integer.valueOf(1), d.votes().get(1).against());
        assertEquals(List.of("Tarifs du centre de loisirs", "Vente du terrain communal"),
                d.votes().stream().map(Deliberation.Vote::item).toList());
    }

    @Test
    void aMajorityWithoutCountsAndCountsAgainstEachOtherAreVotes() {
        Deliberation d = extractor.extract("Séance du 9 mai 2015\n"
                + "\n"
                + "Budget primitif.\n"
                + "Le budget est adopté à la majorité.\n"
                + "Tarifs de la piscine.\n"
                + "Pour : 10 Contre : 3\n"
                + "Adopté à la majorité.\n"
                + "Motion de l'opposition.\n"
                + "La motion est rejetée par 18 voix contre 5.\n"
                + "Formant la majorité des membres en exercice, le Conseil peut délibérer.\n");
        assertEquals(3, d.votes().size(), "a majority said of the counts above is the same vote; the quorum's is none");
        assertEquals("adopted", d.votes().get(0).outcome());
        assertFalse(d.votes().get(0).unanimous());
        assertEquals(Integer.valueOf(10), d.votes().get(1).forCount());
        assertEquals(Integer.valueOf(5), d.votes().get(2).forCount(), "rejected by 18 votes to 5: 18 against");
        assertEquals(Integer.valueOf(18), d.votes().get(2).against());
        assertEquals("rejected", d.votes().get(2).outcome());
    }

    @Test
    void minutesTitledSoHoldNumberedDeliberationsAndEachAmountGoesToTheBodyAfterIt() {
        Deliberation d = extractor.extract("Compte rendu de la réunion du Conseil Municipal du 5 avril 2016\n"
                + "\n"
                + "Membres présents : FERRAND Odile, TESSIER Marc, VALOIS Irène.\n"
                + "\n"
                + "Délibération n° 2016-012 : Subventions\n"
                + "Le Conseil Municipal décide d'attribuer une subvention de 500 € à l'association Les Amis du Livre"
                + " et de 1 200 € au Football Club Valrenardais.\n"
                + "Adopté à l'unanimité.\n"
                + "Délibération n° 2016-013 : Vente d'un terrain communal\n"
                + "Adoptée par 2 voix pour et 1 abstention.\n");
        assertEquals("minutes", d.documentType(), "a compte rendu holding deliberations");
        assertEquals(List.of("2016-012", "2016-013"), d.items().stream().map(Deliberation.Item::number).toList());
        assertEquals(List.of("Les Amis du Livre", "Football Club Valrenardais"),
                d.items().get(0).beneficiaries().stream().map(Deliberation.Beneficiary::name).toList());
        assertEquals(new BigDecimal("1200"), d.items().get(0).beneficiaries().get(1).amount());
        assertTrue(d.items().get(1).beneficiaries().isEmpty());
    }

    @Test
    void aSpeckReadAsALetterAfterASurnameIsNoPartOfTheName() {
        Deliberation d = extractor.extract("Séance du 9 mai 2015\nEtaient représentés :\n\n"
                + "Danielle MERCIER représentée par Alain ROUVIER I\n\nMichel LANDON représenté par Irène VALOIS\n");
        assertEquals(List.of(new Deliberation.Proxy("Danielle MERCIER", "Alain ROUVIER"),
                new Deliberation.Proxy("Michel LANDON", "Irène VALOIS")), d.attendance().represented());
    }

    @Test
    void thePresidingOfficeIsThePresidentAndAFieldEndsTheListAbove() {
        Deliberation d = extractor.extract("Séance du 9 mai 2015 sous la présidence de Monsieur Marc TESSIER, Maire.\n"
                + "Absents représentés : Mme ARNOUX par Mr PLANCHE - Mme BRUNEL donne pouvoir à M. le Maire\n"
                + "Secrétaire : Mr LAMBERT\n"
                + "Comptes de la commune.\n"
                + "Le Maire ne prend pas part au vote.\n"
                + "Adopté par 10 voix pour.\n");
        assertEquals(List.of(new Deliberation.Proxy("ARNOUX", "PLANCHE"), new Deliberation.Proxy("BRUNEL", "Marc TESSIER")),
                d.attendance().represented(), "the secretary's line is no entry of the list above it");
        assertEquals("LAMBERT", d.secretary());
        assertEquals(List.of("Marc TESSIER"), d.votes().get(0).notVotingNames());
        assertEquals(Integer.valueOf(1), d.votes().get(0).notVoting());
    }

    @Test
    void pricesAreNoGrantsAndAVotingSumIsDeclared() {
        Deliberation d = extractor.extract("Séance du 9 mai 2015\n"
                + "Effectif valable : 10 + 5 procurations /15\n"
                + "- 13/2015 : Bail de la société Garage Moderne – Loyer mensuel : 1.620,69 €,\n"
                + "Le Conseil retient la proposition de la Société Bureautique Plus pour un montant de 2 350 € TTC.\n"
                + "Le Conseil décide d'attribuer une subvention de 800 € à l'association Les Amis du Livre.\n");
        assertEquals(Integer.valueOf(15), d.attendance().declaredVoting());
        assertEquals(List.of("Les Amis du Livre"), d.beneficiaries().stream().map(Deliberation.Beneficiary::name).toList(),
                "a rent and a price with its tax are paid, not granted");
    }

    @Test
    void actsNumberedByYearServiceAndRank() {
        Deliberation d = extractor.extract("12 - 2003, DAC 45 - Subvention à l'association \" Les Amis du Moulin \". - Montant : 2.000 F."
                + " 2003, JS 7 - Subvention au Club Nautique. - Montant : 500 F.\nLe 12 mars 2003, M. TESSIER - adjoint.\n");
        assertEquals("2003, DAC 45", d.number());
        assertEquals(List.of("2003, JS 7"), d.references(), "a date and a civility are no number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Secrétaire de séance : Madame Irène Valois.", "Secrétariat de séance : Mme Irène VALOIS",
        "Secrétaire : Mme VALOIS", "Secrétaire de séance : VALOIS Irène.", "Madame Irène VALOIS a été élue secrétaire de séance.",
        "Madame VALOIS se propose d'assurer le secrétariat de séance.", "Madame VALOIS, vous serez notre secrétaire de séance."})
    void theSecretaryInEveryPhrasing(String line) {
        String secretary = extractor.extract("Séance du 9 mai 2015\n" + line + "\n").secretary();
        assertTrue(secretary != null && secretary.contains("VALOIS") || "Irène Valois".equals(secretary), line + " → " + secretary);
    }

    @Test
    void namesAfterACountInsideParenthesesAndAHeadingOverTheVotesSubject() {
        Deliberation d = extractor.extract("Séance du 12 mars 2021\n\n"
                + "1 - Approbation du compte rendu de la séance du 5 février 2021\n"
                + "Le compte rendu est approuvé à l'unanimité.\n\n"
                + "2 - Subvention au Comité des fêtes\n"
                + "La délibération est adoptée à l'unanimité des suffrages exprimés (2 abstentions : M. Marc TESSIER,"
                + " Mme Odile FERRAND).\n");
        assertEquals(List.of("Approbation du compte rendu de la séance du 5 février 2021", "Subvention au Comité des fêtes"),
                d.votes().stream().map(Deliberation.Vote::item).toList());
        assertEquals(List.of("Marc TESSIER", "Odile FERRAND"), d.votes().get(1).abstainers());
        assertEquals(Integer.valueOf(2), d.votes().get(1).abstentions());
    }

    @Test
    void anExtractNumberedAndTitledInWords() {
        Deliberation d = extractor.extract("EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL\n"
                + "Séance du 3 juillet 2018\n"
                + "Absents excusés : M. Olivier BRUNET qui a donné pouvoir à M. Marc TESSIER, Mme Irène VALOIS.\n"
                + "Délibération n° 2018-034\n"
                + "Objet : Attribution d'une subvention à l'Amicale des Sapeurs-Pompiers\n"
                + "Le Conseil Municipal, après en avoir délibéré, à l'unanimité,\n"
                + "DECIDE d'attribuer une subvention exceptionnelle de 600 euros à l'Amicale des Sapeurs-Pompiers de Valbrune.\n");
        assertEquals("2018-034", d.number());
        assertEquals("Attribution d'une subvention à l'Amicale des Sapeurs-Pompiers", d.title());
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
        assertEquals(List.of(new Deliberation.Proxy("Olivier BRUNET", "Marc TESSIER")), d.attendance().represented(),
                "a member who gave a proxy never vanishes");
        assertEquals(List.of("Irène VALOIS"), d.attendance().excused());
        assertEquals(List.of("Amicale des Sapeurs-Pompiers de Valbrune"),
                d.beneficiaries().stream().map(Deliberation.Beneficiary::name).toList());
    }

    @Test
    void aListRunningIntoProseKeepsTheNamesAfterACivilityInCapitals() {
        Deliberation d = extractor.extract("Séance du 9 mai 2015\n"
                + "Etaient présents : Mmes VALOIS, FERRAND, MM. TESSIER, DUVAL formant la majorité des membres en exercice.\n");
        assertEquals(List.of("VALOIS", "FERRAND", "TESSIER", "DUVAL"), d.attendance().present());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Absents ayant donné pouvoir : M. Paul GIRARD (pouvoir à M. Marc TESSIER), Mme Anne PETIT (pouvoir à Mme Irène VALOIS).",
        "M. Paul GIRARD a donné procuration à M. Marc TESSIER. Mme Anne PETIT a donné procuration à Mme Irène VALOIS."})
    void proxiesInAnAsideOrOneSentenceEach(String line) {
        Deliberation d = extractor.extract("Séance du 9 mai 2015\nPrésents : Irène VALOIS, Marc TESSIER, Odile FERRAND\n" + line + "\n");
        assertEquals(List.of(new Deliberation.Proxy("Paul GIRARD", "Marc TESSIER"), new Deliberation.Proxy("Anne PETIT", "Irène VALOIS")),
                d.attendance().represented());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Vote : Pour 12, Contre 2, Abstention 1", "Résultat du vote : POUR : 12 ; CONTRE : 2 ; ABSTENTIONS : 1",
        "Adopté : 12 voix pour, 2 voix contre, 1 abstention"})
    void countsAfterAColonOrBetweenCommas(String line) {
        Deliberation.Vote v = extractor.extract("Séance du 9 mai 2015\n\nTarifs de la cantine.\n" + line + "\n").votes().get(0);
        assertEquals(List.of(12, 2, 1), List.of(v.forCount(), v.against(), v.abstentions()));
        assertEquals("adopted", v.outcome());
        assertTrue(extractor.extract("Séance du 9 mai 2015\nLe Conseil décide, pour 2019, de fixer les tarifs.\n").votes().isEmpty(),
                "a year after a comma is no count");
    }

    @Test
    void anExtractIsOneItem() {
        Deliberation d = extractor.extract("EXTRAIT DU REGISTRE DES DELIBERATIONS\n"
                + "Séance du 4 février 2021\n"
                + "2021-07\n"
                + "Objet : Tarifs de la cantine\n"
                + "Le Conseil municipal, après en avoir délibéré, à l'unanimité, DECIDE\n"
                + "Article 1 : les tarifs sont fixés à 3 euros.\n");
        assertEquals(1, d.items().size());
        assertEquals(d.votes(), d.items().get(0).votes());
        assertEquals(d.articles(), d.items().get(0).articles());
        assertEquals("adopted", d.items().get(0).outcome());
    }
}
