package fr.registre.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The ways grant lists write one association are one organisation, within one authority. */
class OrganisationResolverTest {

    @Test
    void writtenVariantsOfABeneficiaryAreOneOrganisation() {
        List<OrganisationResolver.Organisation> found = new OrganisationResolver().resolve(List.of(
                new OrganisationResolver.Mention("l'Association Les Amis du Moulin", "Commune de Valbrune"),
                new OrganisationResolver.Mention("LES AMIS DU MOULIN", "Commune de Valbrune"),
                new OrganisationResolver.Mention("Les Amis du Moulin", "Commune de Valbrune"),
                new OrganisationResolver.Mention("Les Amis du Moulin", "Commune de Sarlande"),
                new OrganisationResolver.Mention("Action Française d'Action Artistique (AFAA)", "Ville de Marseille"),
                new OrganisationResolver.Mention("Action française d’action artistique", "Ville de Marseille"),
                new OrganisationResolver.Mention("Amis du Vieux Moulin", "Commune de Valbrune")));
        assertEquals(4, found.size(), found.toString());
        OrganisationResolver.Organisation amis = found.get(0);
        assertEquals("Les Amis du Moulin", amis.name());
        assertEquals(3, amis.variants().size());
        assertEquals(2, found.stream().filter(o -> o.authority().equals("Ville de Marseille")).findFirst().orElseThrow()
                .variants().size());
    }
}
