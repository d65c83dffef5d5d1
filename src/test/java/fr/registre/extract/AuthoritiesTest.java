package fr.registre.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The authority of a text, from its letterhead, its council, its mayor; what it mentions weighs less. */
class AuthoritiesTest {

    @Test
    void theCommuneUnderItsDepartementsLetterhead() {
        assertEquals("Commune de LAFERRIERE", Authorities.of("REPUBLIQUE FRANCAISE\nDEPARTEMENT DE LA DORDOGNE\n"
                + "COMMUNE DE LAFERRIERE\n\nPROCES VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL\n"));
    }

    @Test
    void aLetterheadBrokenAfterItsPreposition() {
        assertEquals("Ville de MARSEILLE", Authorities.of("VILLE DE\nMARSEILLE\nREPUBLIQUE FRANCAISE\nEXTRAIT DES REGISTRES\n"));
    }

    @Test
    void theIntercommunalityItselfNotItsMemberCommunes() {
        assertEquals("Communauté de communes du Val et du Causse", Authorities.of("L'an deux mille quatorze, le Conseil de la "
                + "Communauté de Communes du Val et du Causse, dûment convoqué, s'est réuni.\nEtaient présents :\n"
                + "Commune de BRIEVAL : Madame Irène VALOIS\nCommune de SAINT-ANSELME : Monsieur Marc TESSIER\n"));
    }

    @Test
    void theMayorsCommuneOverANeighbourItMentions() {
        assertEquals("Commune de Valrenard", Authorities.of("le Conseil Municipal s'est réuni sous la présidence de Monsieur "
                + "Marc TESSIER, Maire de Valrenard.\nLe projet éolien de la Commune de Saint-Brieval est présenté.\n"));
        assertEquals("Commune de Saint Julien les Rosiers", Authorities.of("le conseil municipal de la commune de Saint Julien"
                + " les Rosiers, régulièrement convoqué"));
        assertEquals("Commune de VILLIERS SUR MORIN", Authorities.of("COMPTE RENDU DU CONSEIL MUNICIPAL DE VILLIERS SUR MORIN"
                + " DU 03 JUILLET 2019"));
    }

    @Test
    void aDistrictAndNothing() {
        assertEquals("Mairie du 8e arrondissement", Authorities.of("se sont réunis à la Mairie du 8ème Arrondissement"));
        assertNull(Authorities.of("Compte rendu du conseil municipal du 5 avril\nSéance du lundi 5 avril 2022"));
    }
}
