package fr.registre.archive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import fr.registre.text.Fold;
import fr.registre.text.Words;

/**
 * Which written names of grant beneficiaries are one organisation within an authority: case,
 * accents, punctuation, an article, the word "association" and an acronym in parentheses aside
 * ("l'Association Les Amis du Moulin", "LES AMIS DU MOULIN", "Action Française d'Action Artistique
 * (AFAA)" and "Action française d'action artistique"). Each variant keeps its reason; the
 * organisation is named by the form written most often.
 */
public final class OrganisationResolver {

    private static final Pattern ASIDE = Pattern.compile("\\([^()]*\\)");
    private static final Pattern LEADING = Pattern.compile("^(?:(?:l|la|le|les)\\s+)?(?:association\\s+|asso\\s+)?(?:(?:l|la|le|les)\\s+)?");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** A beneficiary name as one document writes it, with the document's authority. */
    public record Mention(String written, String authority) {
    }

    /** An organisation of one authority: its name, and every variant. */
    public record Organisation(String authority, String name, List<Variant> variants) implements Resolved {
    }

    public List<Organisation> resolve(List<Mention> mentions) {
        Map<String, Map<String, Integer>> byKey = new LinkedHashMap<>();
        for (Mention m : mentions) {
            String written = m.written().replaceAll("\\s+", " ").strip();
            String key = (m.authority() == null ? "" : m.authority()) + "\t" + key(written);
            byKey.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(written, 1, Integer::sum);
        }
        List<Organisation> organisations = new ArrayList<>();
        byKey.forEach((key, written) -> {
            // the form written most often; else one not in capitals, the shortest (no article or form before it)
            String name = written.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(e -> !Words.isAllCaps(e.getKey()))
                    .thenComparing(e -> -e.getKey().length())).orElseThrow().getKey();
            List<Variant> variants = new ArrayList<>();
            written.keySet().forEach(w -> variants.add(new Variant(w, w.equals(name) ? "same name"
                    : "the same name once case, accents, articles, \"association\" and an acronym in parentheses are set aside")));
            organisations.add(new Organisation(key.substring(0, key.indexOf('\t')), name, variants));
        });
        return organisations;
    }

    /** The name folded: lower case, no accents, no aside, no leading article or "association", letters and digits only. */
    static String key(String written) {
        String folded = Fold.fold(ASIDE.matcher(written).replaceAll(" "));
        folded = NOT_LETTERS.matcher(folded.replace('’', ' ').replace('\'', ' ')).replaceAll(" ").strip();
        return LEADING.matcher(folded).replaceFirst("").strip();
    }
}
