package fr.registre.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.registre.text.Fold;

/**
 * The local authority a text is of, however its head names it: a letterhead ("COMMUNE DE LE FŒIL",
 * "VILLE DE ⏎ MARSEILLE"), its council ("le Conseil Municipal de la commune de Saint Julien les
 * Rosiers", "Conseil Municipal de Pornic", "le Conseil de la Communauté de Communes du Cordais et du
 * Causse"), its mayor ("Monsieur X, Maire de Montolieu") or a district's town hall ("Mairie du 8ème
 * Arrondissement"). What the text says of itself outweighs what it mentions (the member communes of
 * an intercommunality, a neighbouring commune); between equals, the most often named wins, then the
 * first.
 */
final class Authorities {

    private static final String KIND = "(?iu:commune|ville|mairie|m[ée]tropole|communaut[ée] de communes|communaut[ée] d['’]agglom[ée]ration"
            + "|communaut[ée] urbaine|d[ée]partement|r[ée]gion)";
    private static final String OF = "(?iu:de la |de l['’]|d['’]|de |du |des )";
    /** A place's name: capitalised words, hyphens and the small words between them ("Villiers-sur-Morin", "Cordais et du Causse"). */
    private static final String NAME = "(\\p{Lu}[\\p{L}'’]*(?:(?:-|[ \\t]+)(?:(?iu:sur|sous|en|lès|les|le|la|de|du|des|et|aux?|d['’])(?:-|[ \\t]+)){0,2}"
            + "\\p{Lu}[\\p{L}'’]*)*)";
    /** The text speaks of itself: its council, its president, its mayor's town hall. */
    private static final Pattern OWN_MENTION = Pattern.compile("(?iu:\\b(?:conseil(?: municipal| communautaire)?|pr[ée]sidente?|bureau)\\s+"
            + "(?:de la |du |de l['’]))(" + KIND + ")[ \\t]+(" + OF + ")?" + NAME);
    /** "Conseil Municipal de Pornic", "Maire de SACLAS": a commune by its council or its mayor. */
    private static final Pattern COUNCIL_OF = Pattern.compile("(?iu:\\b(?:conseil municipal|maire)[ \\t]+)(" + OF + ")" + NAME);
    private static final Pattern NAMED = Pattern.compile("\\b(" + KIND + ")[ \\t]+(" + OF + ")?" + NAME);
    private static final Pattern DISTRICT = Pattern.compile("(?iu)\\bmairie du (\\d{1,2})(?:e|ème|eme|er)\\s+arrondissement");
    /** Words that end a name: what letterheads and headings write after it. */
    private static final Set<String> NOT_NAME = Set.of("republique", "francaise", "departement", "extrait", "extraits", "seance",
            "conseil", "compte", "rendu", "proces", "verbal", "reunion", "mairie", "maire", "commune", "ville", "region",
            "deliberation", "deliberations", "registre", "registres", "president", "presidente", "monsieur", "madame", "liberte",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "fevrier", "mars", "avril", "mai",
            "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "arrete", "bureau", "seances");
    private static final Set<String> SMALL = Set.of("sur", "sous", "en", "les", "le", "la", "de", "du", "des", "et", "au", "aux", "d'");
    /** Where a text names its authority: its head. */
    private static final int HEAD = 6000;
    /** What a mention weighs: the text speaking of itself, a council or mayor, a plain mention, a letterhead's département. */
    private static final int OWN = 6;
    private static final int COUNCIL = 4;
    private static final int MENTION = 2;
    private static final int ABOVE = 1;

    private Authorities() {
    }

    /** A place named: the authority as first written in full, whether in a letterhead's capitals, and its weight. */
    private record Candidate(String authority, boolean capitals, int weight) {

        /** Weights add up; the form in small letters names the authority rather than a letterhead's capitals. */
        Candidate plus(Candidate other) {
            Candidate named = capitals && !other.capitals ? other : this;
            return new Candidate(named.authority, named.capitals, weight + other.weight);
        }
    }

    /** The authority of {@code text} ("Commune de Montolieu", "Ville de Paris"), or null when its head names none. */
    static String of(String text) {
        // a letterhead breaks "VILLE DE" and "MARSEILLE" over two lines
        String head = text.substring(0, Math.min(text.length(), HEAD)).replaceAll("(?iu)\\b(de|du|des|d['’])[ \\t]*\\R\\s*", "$1 ");
        Map<String, Candidate> found = new LinkedHashMap<>();
        for (Matcher m = OWN_MENTION.matcher(head); m.find(); ) {
            add(kind(m.group(1)), m.group(2), m.group(3), OWN, found);
        }
        for (Matcher m = COUNCIL_OF.matcher(head); m.find(); ) {
            add(cityOrCommune(head, m.group(2)), m.group(1), m.group(2), COUNCIL, found);
        }
        for (Matcher m = NAMED.matcher(head); m.find(); ) {
            String kind = kind(m.group(1));
            // a letterhead names the département above its commune ("DEPARTEMENT DE LA DORDOGNE / COMMUNE DE X")
            add(kind, m.group(2), m.group(3), kind.equals("Département") || kind.equals("Région") ? ABOVE : MENTION, found);
        }
        for (Matcher m = DISTRICT.matcher(head); m.find(); ) {
            add("Mairie", "du ", m.group(1) + "e arrondissement", COUNCIL, found);
        }
        // the heaviest, and between equals the first named
        Candidate best = null;
        for (Candidate c : found.values()) {
            best = best == null || c.weight() > best.weight() ? c : best;
        }
        return best == null ? null : best.authority();
    }

    private static void add(String kind, String of, String rawName, int weight, Map<String, Candidate> found) {
        String name = trimmed(rawName);
        if (name == null) {
            return;
        }
        String authority = (kind + " " + (of == null ? "" : of.toLowerCase(Locale.FRENCH)) + name).replaceAll("\\s+", " ");
        boolean capitals = name.equals(name.toUpperCase(Locale.FRENCH));
        String key = Fold.fold(name).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        found.merge(key, new Candidate(authority, capitals, weight), Candidate::plus);
    }

    /** The name without the headings a letterhead runs into it, or null when nothing of a name is left. */
    private static String trimmed(String name) {
        String[] words = name.split("(?<=[ \\t-])|(?=[ \\t-])");
        StringBuilder kept = new StringBuilder();
        for (String word : words) {
            if (NOT_NAME.contains(Fold.fold(word.strip()))) {
                break;
            }
            kept.append(word);
        }
        String out = kept.toString().strip();
        // small words left at the end ("VILLIERS SUR MORIN DU")
        while (out.contains(" ") && SMALL.contains(Fold.fold(out.substring(out.lastIndexOf(' ') + 1)))) {
            out = out.substring(0, out.lastIndexOf(' ')).strip();
        }
        out = out.replaceAll("[- ]+$", "");
        return out.length() < 2 || SMALL.contains(Fold.fold(out)) ? null : out;
    }

    /** A commune named by its council or mayor is a "Ville" when the text says so elsewhere. */
    private static String cityOrCommune(String head, String name) {
        return Pattern.compile("(?iu)\\bville\\s+" + OF + Pattern.quote(name)).matcher(head).find() ? "Ville" : "Commune";
    }

    /** The kind as a title: "COMMUNAUTÉ DE COMMUNES" → "Communauté de communes", "METROPOLE" → "Métropole". */
    private static String kind(String written) {
        String folded = Fold.fold(written).replaceAll("\\s+", " ");
        if (folded.equals("mairie")) {
            return "Commune"; // the town hall stands for its commune
        }
        for (String kind : List.of("Commune", "Ville", "Métropole", "Communauté de communes", "Communauté d'agglomération",
                "Communauté urbaine", "Département", "Région")) {
            if (Fold.fold(kind).equals(folded.replace('’', '\''))) {
                return kind;
            }
        }
        return written;
    }
}
