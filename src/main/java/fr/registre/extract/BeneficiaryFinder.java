package fr.registre.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.registre.model.Deliberation;
import fr.registre.text.Amounts;

/**
 * Who receives money: the organisation named in the sentence of each amount of the decision
 * ("une subvention à l'association Cité des Métiers ... d'un montant de 20 000 euros"), and the
 * partner of a convention even when no amount is stated.
 */
final class BeneficiaryFinder {

    /** Kinds of organisation; "association" and "société" are dropped from the name, the others are part of it. */
    private static final String KINDS = "association|société|SARL|SAS|SCIC|fondation|chambre|pôle|agence|établissement"
            + "|conservatoire|syndicat|fédération|office|groupement|union|comité|centre|mission locale|institut|université"
            + "|école|commune|ville|club|coopérative|GIP|GIE|cité|maison|régie|compagnie|théâtre|festival|collectif"
            + "|amicale|foyer|cercle|ligue|harmonie|chorale|fanfare|académie|secours";
    private static final String CONNECTORS = "de|des|du|d'|d’|l'|l’|et|la|le|les|à|en|sur";
    /** A kind of organisation, then its name: in quotes (group 2, as written), or capitalised words (group 3). */
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?i:\\b(?:l['’]|la |le |au |à la |à l['’]|aux |les )?)(?i:(" + KINDS + "))\\b"
                    + "(?:\\s*[«\"“]\\s*([^\"«»“”\\n]{2,80}?)\\s*[»\"”]|((?:[\\s-]+(?:(?:" + CONNECTORS
                    + ")\\s*)*[\\p{Lu}«\"][\\p{L}\\p{N}'’.»\"-]*)*))");
    /**
     * One grant a line of a list: "– R’Vallée 40 000,00 F,", "• Office de la Culture 700 000 €." (the name,
     * capitalised, then the amount ending the line).
     */
    private static final Pattern LISTED = Pattern.compile("^\\s*(?:[-–•*·]\\s*)?([\\p{Lu}«\"][^:;]{1,100}?)[\\s:]+"
            + Amounts.ENDS_LINE, Pattern.UNICODE_CASE);
    /** Lines of a budget, not of beneficiaries: "Nature 6574 Fonction 311 340 000,00 F", "Total ...". */
    private static final Pattern BUDGET_LINE = Pattern.compile(
            "(?i)\\b(?:nature|fonction|chapitre|imputation|compte|total|sous-total|montant|budget|article|ligne|reste|report|solde)\\b");
    /** What introduces a list of grants, within a few lines before it. */
    private static final Pattern LIST_INTRODUCTION = Pattern.compile(
            "(?i)subvention|b[ée]n[ée]ficiaires?|associations?|attribu|r[ée]partition");
    /** How many lines above a list the prose introducing it is looked for. */
    private static final int INTRODUCTION_LINES = 8;
    /** What labels a price just before its amount: "Loyer mensuel :", "Coût de la visite :", "pour un prix de". */
    private static final Pattern PRICE_LABEL = Pattern.compile("(?iu)\\b(?:loyers?|co[uû]ts?|prix|tarifs?|redevances?)\\b[^.;]*$");
    /** A price's tax after its amount: "2 350 € TTC", "8.000 € HT". */
    private static final Pattern TAX = Pattern.compile("\\s*(?:TTC|T\\.T\\.C\\.|HT|H\\.T\\.)\\b");
    /**
     * What lies between an amount and the organisation it is given to: "à l'", "au ", "en faveur de
     * la ", and the capitalised words of the name before its kind (group 1, "au Football Club").
     */
    private static final Pattern GIVEN_TO = Pattern.compile(
            "(?u)^[\\s,)]*(?i:à|a|au|aux|en faveur (?:de|du|des))(?:\\s*(?i:l['’]|la|le|les)\\s*|\\s+)((?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3})$");
    private static final Pattern PARTNER = Pattern.compile(
            "(?i:convention(?: [\\p{Ll}'’]+){0,3} (?:avec|entre (?:la Métropole [^,]+? )?et)) (?:l['’]|la |le |les )?");
    private static final Pattern PARTIES = Pattern.compile("(?i)entre les soussignés\\s*:?");
    private static final Pattern FUNDING_WORDS = Pattern.compile(
            "(?i)subvention|financement|participation|montant|contribution|aide|versement|somme|attribu");

    List<Deliberation.Beneficiary> find(String text, String decision, String type, String authority) {
        Map<String, Deliberation.Beneficiary> found = new LinkedHashMap<>();
        for (String sentence : sentences(decision)) {
            Matcher a = Amounts.AMOUNT.matcher(sentence);
            if (!a.find() || !FUNDING_WORDS.matcher(sentence).find()) {
                continue;
            }
            int from = 0;
            do {
                // a later amount of the sentence is a grant of its own only when its stretch names an
                // organisation and then the grant ("... Montant : 139.218 F 1998, JS 295 - Subvention
                // exceptionnelle à l'association X. - Montant : 20.000 F"), not when it follows the
                // first grant's beneficiary as a total ("attribuée à X, ce qui porte le total à ...")
                Amounts.Amount amount = Amounts.of(a);
                if (isPrice(sentence, amount)) {
                    from = amount.end();
                    continue; // a rent, a cost, a price with or without tax: what is paid, not granted
                }
                String stretch = sentence.substring(from, amount.start());
                // "de 500 € à l'association X et de 1 200 € au Club Y": the amount names whom it goes to
                String name = organisationAfter(sentence, amount.end(), authority);
                boolean own = name != null;
                if (name == null) {
                    name = organisationBefore(sentence, amount.start(), authority);
                    own = from == 0 || name != null && stretch.contains(name)
                            && FUNDING_WORDS.matcher(stretch.substring(stretch.lastIndexOf(name) + name.length())).find();
                }
                if (name != null && own) {
                    // one organisation may receive several grants in one act, each of its own amount
                    found.putIfAbsent(name + '|' + amount.value(), new Deliberation.Beneficiary(name, amount.value(), amount.currency()));
                }
                from = amount.end();
            } while (a.find());
        }
        for (Deliberation.Beneficiary listed : listed(text, authority)) {
            found.putIfAbsent(listed.name() + '|' + listed.amount(), listed);
        }
        if (found.isEmpty()) {
            for (String partner : partners(text, authority)) {
                found.put(partner, new Deliberation.Beneficiary(partner, fundingAmount(text), "EUR"));
            }
        }
        return List.copyOf(found.values()).stream()
                .map(b -> b.amount() == null ? new Deliberation.Beneficiary(b.name(), null, null) : b).toList();
    }

    /** The grants a text lists one per line, under a line that speaks of subsidies or beneficiaries. */
    private static List<Deliberation.Beneficiary> listed(String text, String authority) {
        List<Deliberation.Beneficiary> out = new ArrayList<>();
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        // each line's match as an entry of a list, or null
        Matcher[] entries = new Matcher[lines.size()];
        for (int i = 0; i < entries.length; i++) {
            Matcher m = LISTED.matcher(lines.get(i));
            entries[i] = m.find() ? m : null;
        }
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = entries[i];
            if (m == null || BUDGET_LINE.matcher(lines.get(i)).find() || !introduced(lines, entries, i)) {
                continue;
            }
            String name = m.group(1).strip().replaceAll("^[«\"“]\\s*|\\s*[»\"”]$", "");
            Matcher a = Amounts.AMOUNT.matcher(lines.get(i).substring(m.end()));
            if (a.find() && !isAuthority(name, authority)) {
                Amounts.Amount amount = Amounts.of(a);
                out.add(new Deliberation.Beneficiary(name, amount.value(), amount.currency()));
            }
        }
        return out;
    }

    /**
     * True when the prose just before the list that holds line {@code at} introduces grants: the
     * nearest line above that is not an entry of the list, within a few lines of it.
     *
     * @param entries each line's match as an entry of a list, or null
     */
    private static boolean introduced(List<String> lines, Matcher[] entries, int at) {
        int i = at - 1;
        while (i >= 0 && entries[i] != null) {
            i--;
        }
        for (int j = i; j >= Math.max(0, i - INTRODUCTION_LINES) && j >= 0; j--) {
            if (entries[j] == null && !BUDGET_LINE.matcher(lines.get(j)).find()) {
                return LIST_INTRODUCTION.matcher(lines.get(j)).find();
            }
        }
        return false;
    }

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.replaceAll("\\s+", " ").split("(?<=[.;])\\s+(?=\\p{Lu})")) {
            out.add(s);
        }
        return out;
    }

    /** The organisation named nearest before {@code end} in the sentence, other than the authority itself. */
    private static String organisationBefore(String sentence, int end, String authority) {
        Matcher m = ORGANISATION.matcher(sentence);
        String best = null;
        while (m.find()) {
            String name = name(m);
            if (name != null && (m.start() < end || best == null) && !isAuthority(name, authority)) {
                best = name;
            }
        }
        return best;
    }

    /** True when {@code amount} is a price: labelled a rent, a cost or a price, or given with or without tax. */
    private static boolean isPrice(String sentence, Amounts.Amount amount) {
        String before = sentence.substring(Math.max(0, amount.start() - 30), amount.start());
        String after = sentence.substring(amount.end(), Math.min(sentence.length(), amount.end() + 8));
        return PRICE_LABEL.matcher(before).find() || TAX.matcher(after).lookingAt();
    }

    /** The organisation an amount is given to right after it ("500 € à l'association X", "1 200 € au Club Y"), or null. */
    private static String organisationAfter(String sentence, int start, String authority) {
        Matcher m = ORGANISATION.matcher(sentence);
        if (!m.find(start)) {
            return null;
        }
        Matcher to = GIVEN_TO.matcher(sentence.substring(start, m.start(1)));
        String name = name(m);
        if (name == null || !to.matches() || isAuthority(name, authority)) {
            return null;
        }
        // words before the kind belong to the name: "au Football Club Cabardès"
        return to.group(1).isBlank() ? name : to.group(1).strip() + " " + name;
    }

    private static String name(Matcher m) {
        String kind = m.group(1);
        if (m.group(2) != null) {
            return m.group(2).strip();
        }
        String rest = m.group(3).strip().replaceAll("[\\s,.;:)]+$", "")
                .replaceAll("(?i)(?:\\s+(?:" + CONNECTORS + "))+$", "").strip();
        if (rest.isEmpty()) {
            return null;
        }
        boolean generic = kind.equalsIgnoreCase("association") || kind.equalsIgnoreCase("société");
        String name = generic ? rest : Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " " + rest;
        return name.replaceAll("\\s+", " ").replaceAll("^[«\"]\\s*|\\s*[»\"]$", "");
    }

    private static boolean isAuthority(String name, String authority) {
        return authority != null && (authority.contains(name) || name.contains(authority));
    }

    /** The other party of a convention: "convention ... avec le Conservatoire ...", "Entre les soussignés : ... Et ...". */
    private static List<String> partners(String text, String authority) {
        List<String> out = new ArrayList<>();
        String flat = text.replaceAll("\\s+", " ");
        Matcher p = PARTNER.matcher(flat);
        while (p.find()) {
            Matcher m = ORGANISATION.matcher(flat.substring(p.end()));
            if (m.lookingAt()) {
                String name = name(m);
                if (name != null && !isAuthority(name, authority) && !out.contains(name)) {
                    out.add(name);
                }
            }
        }
        Matcher parties = PARTIES.matcher(flat);
        if (parties.find()) {
            Matcher m = ORGANISATION.matcher(flat.substring(parties.end(), Math.min(flat.length(), parties.end() + 600)));
            while (m.find()) {
                String name = name(m);
                if (name != null && !isAuthority(name, authority) && !out.contains(name)) {
                    out.add(name);
                    break;
                }
            }
        }
        return out;
    }

    /** The amount of the first sentence speaking of funding, for conventions that state it in prose. */
    private static java.math.BigDecimal fundingAmount(String text) {
        // table rows hold sub-totals, not the grant
        String prose = String.join("\n", text.lines().filter(l -> !l.contains("\t")).toList());
        for (String sentence : sentences(prose)) {
            if (!FUNDING_WORDS.matcher(sentence).find()) {
                continue;
            }
            Matcher a = Amounts.AMOUNT.matcher(sentence);
            if (a.find()) {
                return Amounts.of(a).value();
            }
        }
        return null;
    }
}
