package fr.registre.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.text.similarity.LevenshteinDistance;

import fr.registre.model.Deliberation;
import fr.registre.text.Fold;
import fr.registre.text.FrenchNames;

/**
 * The attendance part of an extract: present, represented (with proxy), excused and absent
 * members, under headings written in many ways ("Etaient présents Mesdames et Messieurs :",
 * "ETAIENT PRESENTS", "Etait absente :", "Etaient absents et excusés"), in lists separated by
 * " - ", ";" or line breaks and running across page breaks.
 */
final class AttendanceParser {

    private enum Kind { PRESENT, REPRESENTED, EXCUSED, ABSENT }

    private static final Pattern HEADING = Pattern.compile("^\\s*(?:etai(?:en)?t|sont|furent|membres?|nombre de (?:conseillers|membres|elus))?\\s*"
            + "(presente?s?|(?:absente?s? (?:et )?)?representee?s?"
            + "|(?:absente?s? (?:et )?)?excusee?s?(?: (?:(?:avec|ayant donne) )?(?:pouvoirs?|procurations?))?"
            + "|absente?s?(?: (?:non )?excusee?s?)?|procurations?|pouvoirs?)\\b(?! (?:par|a)\\b)\\s*(?:mesdames et messieurs|messieurs|mesdames|mm\\.?)?\\s*:?\\s*(.*)$");
    private static final Pattern HEADING_COLON = Pattern.compile(":(?!\\p{L})");
    /**
     * A full stop after a word in capitals, before the next capitalised word: where a list may end;
     * not the stop of a civility in capitals ("MM. TESSIER").
     */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\p{Lu}{2})(?<!\\b(?:MM|MME|MMES|MLLE|MR|MRS))\\.\\s+(?=\\p{Lu})");
    /** "de X à Y" under a proxies heading ("Procurations : de DURAND Léa à MARTIN Paul, de ..."). */
    private static final Pattern FROM_TO = Pattern.compile("(?:^|(?<=[,;:]\\s?)|\\bet\\s+)\\s*(?:de\\s+|d['’])(\\p{Lu}[^,;:]*?)\\s+[àa]\\s+(\\p{Lu}[^,;:]*)");
    private static final Pattern COUNT = Pattern.compile("^[\\s(]*\\d+(?:\\s*/\\s*\\d+)?[\\s)]*:?\\s*");
    /**
     * A heading without its colon, as flattened layouts write it: the word right before the first
     * name, which an initial or a civility opens ("Présent(e)s C. Montin, Président, E. Février").
     */
    private static final String BARE_HEADING = "(?:pr[ée]sent|absent|excus[ée])[\\p{L}()]*[ \\t]+(?=(?-i:"
            + FrenchNames.INITIAL + "|" + FrenchNames.CIVILITY + ")[ \\t])";
    private static final Pattern BARE_HEADING_START = Pattern.compile("^\\s*(?:[EÉ]tai(?:en)?t\\s+)?" + BARE_HEADING,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A group's label inside a list, as intercommunal councils list their members by commune
     * ("Commune de CORDES : Madame Renée GAUTIER, Messieurs Paul QUILES ..."): a separator there.
     */
    private static final Pattern GROUP_LABEL = Pattern.compile("\\b(?:Commune|Ville|Canton|Secteur|Groupe|Collège)"
            + "\\s+(?:de\\s+|d['’]|du\\s+|des\\s+)?(?:\\p{Lu}[\\p{Lu}'’ -]*?)?\\s*:");
    /** A list's entries as far as they are names, the last one cut where its name ends and prose begins. */
    private static final Pattern LEADING_NAME = Pattern.compile("^\\s*(?:(?:" + FrenchNames.CIVILITY + ")\\s+)?"
            + "(?:" + FrenchNames.INITIAL + "\\s*)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}{2,}[\\p{Lu}'’-]*)*");
    /**
     * An attendance heading inside a line, as web pages and flattened two-column layouts run them
     * on ("... DU 03 JUILLET 2019 Etaient présents : Mme ..."): a cue word with its colon.
     */
    private static final Pattern INLINE_HEADING = Pattern.compile("(?<=\\S)(?<!\\b(?:[EÉ]taient|[EÉ]tait|sont|membres?|absents?|absentes|excus[ée]e?s?|et|ou|non))"
            // after a number it is a count in prose: "5 contre (2 + 3 procurations : L. Chapon, ...)"
            + "(?!(?<=\\d)[ \\t]+(?:procuration|pouvoir))[ \\t]+(?=(?:(?:[EÉ]tai(?:en)?t|Sont|Membres?)\\s+)?"
            + "(?:pr[ée]sent|absent|excus[ée]|repr[ée]sent[ée]|procuration|pouvoir)[\\p{L}()]*"
            + "(?:\\s+(?:et|excus\\S*|repr[ée]sent\\S*|absent\\S*|mesdames|messieurs|mm\\.?|\\(\\d+\\)|\\d+))*\\s*:)"
            + "|(?<=\\S)[ \\t]+(?=Secr[ée]taire de s[ée]ance\\s*:)"
            + "|(?<=\\S)[ \\t]+(?=" + BARE_HEADING + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The words of attendance headings, which OCR may misspell ("rprésemtés", "Etaients"). */
    private static final List<String> HEADING_WORDS = List.of("presents", "presentes", "representes", "representees",
            "excuses", "excusees", "absents", "absentes", "procurations", "pouvoirs", "etaient");
    private static final LevenshteinDistance TWO_EDITS = new LevenshteinDistance(2);
    private static final Pattern IN_OFFICE = Pattern.compile("\\ben exercice\\s*:?\\s*(\\d{1,3})\\b");
    private static final Pattern VOTING = Pattern.compile("\\bvotants?\\s*:?\\s*(\\d{1,3})\\b");
    /**
     * "Effectif valable : 10 + 5 procurations": the members voting, present and represented, as a sum
     * (read in the heading form, where the "+" is gone).
     */
    private static final Pattern VOTING_SUM = Pattern.compile("\\b(?:effectif|votants?|presents et representes)[^\\d\\n]{0,30}"
            + "(\\d{1,3})\\s*\\+?\\s*(\\d{1,3})\\s+(?:procurations?|pouvoirs?)\\b");
    /** "Présents : 29", "Présents : (18)", "Présents 25 Votants 25": a count where a list may also follow. */
    private static final Pattern PRESENT_COUNT = Pattern.compile("\\bpresents?\\s*:?\\s*(\\d{1,3})\\b(?!\\s*(?:voix|pour|contre|membres))");
    private static final Pattern DECLARED = Pattern.compile(
            "(?:ont ete|etaient|sont|furent) presents?\\s+(\\d+)\\s+(?:membres|conseillers|elus)"
                    + "|(\\d+)\\s+(?:membres|conseillers|elus) (?:etaient |sont )?presents"
                    + "|nombre de (?:membres )?presents\\s*:?\\s*(\\d+)");
    /** Where the declared counts are: the head of the text, before the items' vote tables. */
    private static final int HEAD_LINES = 80;
    private static final String NAMED = "(?:" + FrenchNames.CIVILITY + "\\s+)?(" + Names.PERSON_ANY + ")";
    /** "X, suppléant(e) de Y", "X (suppléant de Y)": groups 1 and 2; "Y, remplacé(e) par X": groups 3 and 4. */
    private static final Pattern SUBSTITUTE = Pattern.compile(NAMED + "\\s*,?\\s*\\(?\\s*suppl[ée]ante?\\s+(?:de\\s+)?" + NAMED
            + "|" + NAMED + "\\s*,?\\s*\\(?\\s*remplac[ée]e?\\s+par\\s+" + NAMED);
    private static final Pattern PROXY = Pattern.compile("\\s+" + Names.PROXY_CUE + "\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROXY_FIRST = Pattern.compile(Names.PROXY_CUE + "\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROXY_ASIDE = Pattern.compile("\\s*\\(\\s*" + Names.PROXY_CUE + "\\s+([^()]*)\\)", Pattern.CASE_INSENSITIVE);
    /** "X à Y", "X par Y" between two names of a proxies section, when no other cue says it. */
    private static final Pattern BARE_RELATION = Pattern.compile("(?<!représenté)\\s+(?:par|[àa])\\s+(?=(?:"
            + FrenchNames.CIVILITY + "\\s+)?\\p{Lu})");

    /** The lines of a text with every attendance heading run into a line moved to a line of its own. */
    static List<String> headedLines(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            out.addAll(List.of(INLINE_HEADING.matcher(line).replaceAll("\n").split("\n", -1)));
        }
        return out;
    }

    /**
     * Parses the attendance of {@code lines}, adding anything doubtful to {@code warnings}.
     *
     * @param persons the persons the tagger found in the text, which split names run together
     */
    Deliberation.Attendance parse(List<String> lines, List<String> persons, List<String> warnings) {
        Map<Kind, List<String>> sections = new EnumMap<>(Kind.class);
        for (int i = 0; i < lines.size(); i++) {
            Matcher h = HEADING.matcher(headingForm(lines.get(i)));
            Kind kind = h.matches() ? kind(h.group(1)) : null;
            if (kind == null) {
                continue;
            }
            List<String> body = new ArrayList<>();
            // a count after the heading ("Présents : (18)", "présents : 10 : ARNAL René") is not a name
            String rest = COUNT.matcher(restOfHeading(lines.get(i))).replaceFirst("");
            boolean goesOn = true;
            if (!rest.isBlank()) {
                String list = listPart(rest);
                if (list == null) {
                    continue; // prose that happens to start with "présents"
                }
                body.add(list);
                goesOn = list.equals(rest); // or the list ended inside its line
            }
            if (goesOn) {
                i = collect(lines, i + 1, body);
            }
            sections.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(body);
        }
        String head = headingForm(String.join(" ", lines.subList(0, Math.min(lines.size(), HEAD_LINES))));
        Integer declared = declared(DECLARED, head);
        if (declared == null) {
            declared = declared(PRESENT_COUNT, head);
        }
        List<Deliberation.Proxy> represented = new ArrayList<>();
        Map<Kind, List<String>> entries = new EnumMap<>(Kind.class);
        sections.forEach((kind, body) -> {
            List<String> listLines = kind == Kind.REPRESENTED ? body.stream().map(AttendanceParser::relational).toList() : body;
            List<String> listed = new ArrayList<>();
            // a member with a proxy is represented under whichever heading the text lists them
            for (String entry : withContinuations(Names.split(listLines))) {
                String[] pair = PROXY.split(entry, 2);
                if (kind == Kind.REPRESENTED || pair.length > 1) {
                    represented.add(new Deliberation.Proxy(Names.clean(pair[0]), pair.length > 1 ? Names.clean(pair[1]) : null));
                } else {
                    listed.add(entry);
                }
            }
            entries.put(kind, Names.splitByPersons(listed, persons));
        });
        List<String> present = entries.getOrDefault(Kind.PRESENT, List.of());
        List<String> excused = entries.getOrDefault(Kind.EXCUSED, List.of());
        List<String> absent = entries.getOrDefault(Kind.ABSENT, List.of());
        if (declared != null && !present.isEmpty() && declared != present.size()) {
            warnings.add("attendance: " + declared + " members declared present but " + present.size() + " listed");
        }
        Integer inOffice = declared(IN_OFFICE, head);
        int listed = present.size() + represented.size() + excused.size() + absent.size();
        if (inOffice != null && listed > inOffice) {
            warnings.add("attendance: " + listed + " members listed but " + inOffice + " in office");
        }
        if (sections.isEmpty()) {
            warnings.add("attendance: no list of members found");
        }
        List<Deliberation.Substitute> substitutes = substitutes(lines);
        List<String> withSubstitutes = new ArrayList<>(present);
        Set<String> listedPresent = present.stream().map(Fold::fold).collect(Collectors.toSet());
        substitutes.stream().map(Deliberation.Substitute::substitute)
                .filter(s -> listedPresent.add(Fold.fold(s))).forEach(withSubstitutes::add);
        // a member who gave a proxy is listed once, as represented, also when the text names them among the excused
        Set<String> proxied = represented.stream().map(p -> Fold.fold(p.member())).collect(Collectors.toSet());
        return new Deliberation.Attendance(inOffice, declared, voting(head), withSubstitutes, represented,
                withoutProxied(excused, proxied), withoutProxied(absent, proxied), substitutes);
    }

    /** Substitutes written "X, suppléant(e) de Y", "X (suppléant de Y)" or "Y, remplacé(e) par X", anywhere in the lines. */
    private static List<Deliberation.Substitute> substitutes(List<String> lines) {
        List<Deliberation.Substitute> found = new ArrayList<>();
        Matcher m = SUBSTITUTE.matcher(String.join(" ", lines));
        while (m.find()) {
            found.add(m.group(2) != null ? new Deliberation.Substitute(Names.clean(m.group(1)), Names.clean(m.group(2)))
                    : new Deliberation.Substitute(Names.clean(m.group(4)), Names.clean(m.group(3))));
        }
        return found;
    }

    /**
     * A line of a proxies section with its relations spelt out: "de X à Y", "X à Y" and "X par Y"
     * all read as "X représenté par Y".
     */
    private static String relational(String line) {
        if (PROXY_FIRST.matcher(line.strip()).lookingAt()) {
            return line; // "représentée par Y" wrapped from the line before: the relation is spelt already
        }
        // "X (pouvoir à Y)": the relation in an aside, which would otherwise go as one
        String unwrapped = PROXY_ASIDE.matcher(line).replaceAll(" représenté par $1");
        String spelt = PROXY.matcher(FROM_TO.matcher(unwrapped).replaceAll("$1 représenté par $2")).replaceAll(" représenté par ");
        return BARE_RELATION.matcher(spelt).replaceAll(" représenté par ");
    }

    /** Entries with the one a wrapped line opened with a proxy cue ("représentée par Y") joined to the member before it. */
    private static List<String> withContinuations(List<String> entries) {
        List<String> out = new ArrayList<>();
        for (String entry : entries) {
            if (!out.isEmpty() && PROXY_FIRST.matcher(entry).lookingAt() && !PROXY.matcher(out.get(out.size() - 1)).find()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + entry);
            } else {
                out.add(entry);
            }
        }
        return out;
    }

    private static List<String> withoutProxied(List<String> names, Set<String> proxied) {
        return names.stream().filter(n -> !proxied.contains(Fold.fold(n))).toList();
    }

    /** True when {@code line} opens an attendance list ("Etaient présents :", "ABSENTS EXCUSES"). */
    static boolean isHeading(String line) {
        return HEADING.matcher(headingForm(line)).matches();
    }

    /** Folded, with OCR's stray marks dropped: "Etaient absents. et excusés-:" reads as a heading. */
    private static String headingForm(String line) {
        // a colon glued before a word is an OCR speck ("Etaient:présents"), not the heading's end
        String folded = Fold.fold(line).replaceAll("[^\\p{L}\\p{N}\\s:']|:(?=\\p{L})", " ").replaceAll("\\s+", " ").strip();
        String[] words = folded.split(" ", 3);
        for (int i = 0; i < Math.min(2, words.length); i++) {
            words[i] = headingWord(words[i]);
        }
        return String.join(" ", words);
    }

    /** A heading word as OCR may misspell it, restored: one edit in a word of 6 letters or more, two in 9. */
    private static String headingWord(String word) {
        if (word.length() < 6 || HEADING_WORDS.contains(word)) {
            return word;
        }
        int allowed = word.length() >= 9 ? 2 : 1;
        String best = word;
        int bestDistance = allowed + 1;
        for (String known : HEADING_WORDS) {
            int d = TWO_EDITS.apply(word, known);
            // the nearest; at equal distance the one that starts alike ("rprésemtés" is représentés)
            if (d >= 0 && (d < bestDistance || d == bestDistance && known.charAt(0) == word.charAt(0))) {
                best = known;
                bestDistance = d;
            }
        }
        return bestDistance <= allowed ? best : word;
    }

    private static Kind kind(String heading) {
        if (heading.startsWith("present")) {
            return Kind.PRESENT;
        }
        if (heading.contains("represent") || heading.contains("procuration") || heading.contains("pouvoir")) {
            return Kind.REPRESENTED;
        }
        return heading.contains("excuse") && !heading.contains("non excuse") ? Kind.EXCUSED : Kind.ABSENT;
    }

    /** The text after the heading's colon (or after the heading words when there is no colon). */
    private static String restOfHeading(String line) {
        // the heading's own colon, not a speck glued before a word
        Matcher bare = BARE_HEADING_START.matcher(line);
        Matcher m = HEADING_COLON.matcher(line);
        int colon = m.find() ? m.start() : -1;
        if (colon < 0 && bare.lookingAt()) {
            return ungrouped(line.substring(bare.end())).strip();
        }
        String rest = colon >= 0 ? ungrouped(line.substring(colon + 1)) : "";
        // "Mesdames et Messieurs" opens a list; an "et" between two names separates them
        return rest.replace(':', ' ').replaceFirst("(?i)^\\s*(?:(?:mesdames|messieurs|et)\\b\\s*)+", "").strip();
    }

    /** A list's text with each group label ("Commune de CORDES :") turned into a separator. */
    private static String ungrouped(String list) {
        return GROUP_LABEL.matcher(list).replaceAll(" ; ");
    }

    /** Adds the list lines from {@code from} to {@code body}; returns the index of the last line taken. */
    private static int collect(List<String> lines, int from, List<String> body) {
        int last = from - 1;
        for (int j = from; j < lines.size(); j++) {
            String line = lines.get(j).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (HEADING.matcher(headingForm(line)).matches() && !Names.PERSON_LINE.matcher(line).matches()) {
                break;
            }
            String grouped = ungrouped(line).strip();
            String list = listPart(grouped);
            if (list == null) {
                break;
            }
            body.add(list);
            last = j;
            if (!list.equals(grouped)) {
                break; // the list runs into prose on its last line
            }
        }
        return last;
    }

    /**
     * The list a line holds: the whole line, or its first sentence when the line runs on into prose
     * ("... Rabii YOUSSOUS. Paloma PERVENT, suppléant de ..."); null when it holds none.
     */
    private static String listPart(String line) {
        if (Names.isListLine(line)) {
            return line;
        }
        String[] sentences = SENTENCE_END.split(line, 2);
        if (sentences.length == 2 && Names.isListLine(sentences[0])) {
            return sentences[0];
        }
        return leadingList(line);
    }

    /**
     * The entries of a comma-separated list up to the first that is not a name, that one cut to the
     * name it opens with ("R. Condamine Date de la convocation ..." gives "R. Condamine"); null unless
     * at least two names lead.
     */
    private static String leadingList(String line) {
        String[] items = line.split("(?<=[,;])");
        StringBuilder list = new StringBuilder();
        int names = 0;
        for (String item : items) {
            if (Names.isListLine(item)) {
                list.append(item);
                names++;
                continue;
            }
            Matcher name = LEADING_NAME.matcher(item);
            if (name.lookingAt() && names >= 2) {
                list.append(name.group());
                names++;
            }
            break;
        }
        return names >= 3 ? list.toString().strip() : null;
    }

    /** The members voting as declared: "Votants : 15", or "Effectif valable : 10 + 5 procurations". */
    private static Integer voting(String head) {
        Integer voting = declared(VOTING, head);
        Matcher sum = VOTING_SUM.matcher(head);
        return voting != null || !sum.find() ? voting : Integer.valueOf(Integer.parseInt(sum.group(1)) + Integer.parseInt(sum.group(2)));
    }

    private static Integer declared(Pattern count, String head) {
        return Matches.firstGroup(count, head).map(Integer::parseInt).orElse(null);
    }
}
