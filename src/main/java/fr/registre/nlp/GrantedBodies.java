package fr.registre.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.registre.model.Entity;
import fr.registre.model.EntityType;
import fr.registre.text.Amounts;

/**
 * Bodies named the way grants name them, which the statistical model misses when the name is made
 * of common words: in quotes after their associative or legal form ("l'association « Les chants
 * valaques »", "le club “Les Archers”"), and alone on a listed line before their amount
 * ("• Underground Etablissement 50 000,00 F,", "– R’Vallée 40 000,00 F").
 */
final class GrantedBodies implements EntityFinder {

    private static final Pattern QUOTED = Pattern.compile(
            "(?iu)\\b(?:association|club|comit[ée]|f[ée]d[ée]ration|soci[ée]t[ée]|compagnie|collectif|amicale|union"
                    + "|syndicat|coop[ée]rative|fondation|th[ée][âa]tre|ensemble|chorale|[ée]cole)s?\\s*[\"«“]\\s*"
                    + "([^\"«»“”\\n]{2,80}?)\\s*[\"»”]");
    /** A line holding a name and then an amount only: bullet or dash, capitalised words, the amount. */
    private static final Pattern LISTED = Pattern.compile(
            "(?m)^[ \\t]*[-–—•▪*·]?[ \\t]*(\\p{Lu}[\\p{L}’'.\\-]*(?:[ \\t]+(?:\\p{Lu}[\\p{L}’'.\\-]*|\\([\\p{Lu}\\p{L}]+\\)"
                    + "|de|du|des|d[’']\\p{L}[\\p{L}\\-]*|la|le|les|l[’']\\p{L}[\\p{L}\\-]*|et|pour|en|sur|à|aux?))*)"
                    + "[ \\t]*:?[ \\t]+" + Amounts.ENDS_LINE);

    @Override
    public List<Entity> find(String text, List<Sentence> sentences, List<Entity> earlier) {
        List<Entity> found = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            found.add(entity(text, quoted.start(1), quoted.end(1), Entity.LEGAL_FORM));
        }
        Matcher listed = LISTED.matcher(text);
        while (listed.find()) {
            int start = listed.start(1);
            int end = listed.end(1);
            boolean person = earlier.stream().anyMatch(e -> e.type() == EntityType.PERSON && e.start() < end && start < e.end());
            if (!person) {
                found.add(entity(text, start, end, Entity.LIST));
            }
        }
        return found;
    }

    private static Entity entity(String text, int start, int end, String source) {
        return new Entity(EntityType.ORGANIZATION, text.substring(start, end), start, end, source);
    }
}
