package fr.registre.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.registre.model.Entity;
import fr.registre.model.EntityType;
import fr.registre.text.Words;

/**
 * Links short forms to the organisations a text defines them for, by an acronym in parentheses
 * ("Conservatoire National des Arts et Métiers Provence-Alpes-Côte d’Azur (CNAM PACA)") or by the
 * contracts' "ci-après dénommée « CMAR PACA »", and tags their other occurrences ("le CNAM PACA",
 * and "le CNAM" for an acronym with a regional or local suffix), each carrying its long form.
 */
final class AcronymLinker {

    private static final String ACRONYM = "\\p{Lu}[\\p{Lu}\\d&]{1,9}(?:(?:[ \\t]+|-)\\p{Lu}[\\p{Lu}\\d&]{1,9}){0,2}";
    private static final Pattern DEFINITION = Pattern.compile("\\(\\s*(?<acronym>" + ACRONYM + ")\\s*\\)"
            + "|,?\\s*ci-après\\s+(?:dénommée?s?|désignée?s?|appelée?s?)\\s+[«\"]\\s*(?:(?i:la|le|l['’])\\s*)?"
            + "(?<alias>\\p{Lu}[\\p{L}\\d&'’-]*(?:\\s\\p{Lu}[\\p{L}\\d&'’-]*){0,3})\\s*[»\"]");
    /** Words that may lie between a found organisation and the parenthesis of its acronym. */
    private static final Pattern LONG_FORM_TAIL = Pattern.compile(
            "(?:\\s+(?:\\p{Lu}[\\p{L}’'-]*|d['’]\\p{Lu}[\\p{L}’'-]*|de|du|des|la|et|d['’]))*\\s*");

    private AcronymLinker() {
    }

    /**
     * Acronym entities for {@code text}; {@code organisations} may get longer when their long form
     * ran on up to the parenthesis.
     */
    static List<Entity> link(String text, List<Entity> organisations) {
        Map<String, String> longForms = new LinkedHashMap<>();
        List<Entity> found = new ArrayList<>();
        Matcher m = DEFINITION.matcher(text);
        while (m.find()) {
            Entity owner = ownerBefore(text, m.start(), organisations);
            if (owner == null) {
                continue;
            }
            String acronym = (m.group("acronym") != null ? m.group("acronym") : m.group("alias")).replaceAll("\\s+", " ");
            if (owner.end() < m.start()) {
                int end = text.substring(owner.start(), m.start()).stripTrailing().length() + owner.start();
                Entity longer = new Entity(owner.type(), text.substring(owner.start(), end), owner.start(), end, owner.source());
                organisations.set(organisations.indexOf(owner), longer);
                owner = longer;
            }
            longForms.putIfAbsent(acronym, owner.text().replaceAll("\\s+", " "));
            String head = acronym.split("[ \\t-]+")[0];
            if (!head.equals(acronym) && head.length() >= 3 && Words.isAllCaps(head)) {
                longForms.putIfAbsent(head, owner.text().replaceAll("\\s+", " "));
            }
        }
        for (Map.Entry<String, String> e : longForms.entrySet()) {
            Matcher use = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(e.getKey()).replace(" ", "\\E\\s+\\Q")
                    + "(?![\\p{L}\\d]|[ -]\\p{Lu}{2})").matcher(text);
            while (use.find()) {
                found.add(new Entity(EntityType.ORGANIZATION, use.group(), use.start(), use.end(), Entity.ACRONYM, e.getValue()));
            }
        }
        return found;
    }

    /** The closest organisation that ends before {@code at} with only capitalised words in between. */
    private static Entity ownerBefore(String text, int at, List<Entity> organisations) {
        Entity owner = null;
        for (Entity org : organisations) {
            if (org.end() <= at && at - org.end() < 120 && (owner == null || org.end() > owner.end())
                    && LONG_FORM_TAIL.matcher(text.substring(org.end(), at)).matches()) {
                owner = org;
            }
        }
        return owner;
    }
}
