package fr.registre.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.registre.model.Deliberation;
import fr.registre.model.Entity;
import fr.registre.model.EntityType;
import fr.registre.text.Fold;
import fr.registre.text.FrenchNames;

/**
 * The extract stage: turns the (corrected) text of a deliberation or convention into a
 * {@link Deliberation}. Never throws on odd input: what cannot be found is left empty and noted in
 * the warnings. Thread-safe.
 */
public final class DeliberationExtractor {

    private static final String NAME = "(" + Names.PERSON + ")";
    /**
     * How minutes open (folded): a procès-verbal, a compte rendu, a session heading, a council that
     * "s'est réuni"; an extract says so before and is read as a deliberation.
     */
    private static final Pattern MINUTES = Pattern.compile(
            "\\bproces[- ]verbal\\b|\\bcompte[- ]rendu\\b|^\\s*seance du\\b|\\bs['’]est reuni", Pattern.MULTILINE);
    /** A title that names minutes (folded); a session heading alone also opens extracts ("Séance du 3 avril"). */
    private static final Pattern MINUTES_TITLE = Pattern.compile("\\bproces[- ]verbal\\b|\\bcompte[- ]rendu\\b");
    /** "Objet : Attribution d'une subvention ...": the title of an extract. */
    private static final Pattern OBJECT = Pattern.compile("^\\s*(?iu:objet)\\s*:\\s*(\\S.{3,})$");
    /** How many lines open a text with its title. */
    private static final int TITLE_LINES = 4;
    private static final Pattern IDENTIFIER = Pattern.compile(
            "^(?!\\d{1,2}/\\d{1,2}/\\d{4}$)(?=.*\\d)(?=.*/)[A-Z0-9][A-Z0-9]*(?:[ -][A-Z0-9]+)*(?:/[A-Z0-9-]+)+$");
    private static final Pattern INTERNAL_NUMBER = Pattern.compile("^\\d{5,8}$");
    /** A number made of the year, the service's code and a rank, heading an act: "1997, P 120 - Subvention ...". */
    private static final Pattern YEAR_SERVICE_RANK = Pattern.compile("(?:^|\\s[-–]\\s|\\.\\s)\\s*((?:19|20)\\d{2}),\\s+(\\p{Lu}{1,6})\\s+(\\d{1,5})"
            + "\\s+[-–]\\s");
    /** A civility as headings may write it, in capitals too ("PRESIDENCE DE MONSIEUR Jean-Claude GAUDIN"). */
    private static final String ANY_CASE_CIVILITY = "(?:" + FrenchNames.CIVILITY + "|(?i:monsieur|madame))";
    private static final Pattern PRESIDENT = Pattern.compile("(?iu:pr[eé]sidence de)\\s+" + ANY_CASE_CIVILITY + "?\\s*("
            + Names.PERSON_ANY + ")"
            + "|(?iu:pr[eé]sidente? de (?:la )?s[eé]ance)\\s*:\\s*" + ANY_CASE_CIVILITY + "?\\s*(" + Names.PERSON_ANY + ")"
            + "|(?:^|\\n)\\s*" + FrenchNames.CIVILITY + "\\s+" + NAME + ",\\s+Présidente?\\b");
    /** A person as a secretary's line names them: either order, a surname alone, or "Prénom Nom" in small letters. */
    private static final String SECRETARY_NAME = "(" + Names.PERSON + "|" + Names.PERSON_SURNAME_FIRST
            + "|\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s+\\p{Lu}\\p{Ll}{2,}|\\p{Lu}{2,}[\\p{Lu}'’-]*)\\b";
    /**
     * "Secrétaire de séance : Mme X", "Secrétariat de séance : X", "X est désigné(e) / élu(e) secrétaire",
     * "X se propose d'assurer le secrétariat", "Madame X, vous serez notre secrétaire de séance".
     */
    private static final Pattern SECRETARY = Pattern.compile("(?iu:secr[ée]ta(?:riat|ire)(?: de s[ée]ance)?)\\s*:\\s*(?:"
            + ANY_CASE_CIVILITY + "\\s+)?" + SECRETARY_NAME
            + "|(?:" + ANY_CASE_CIVILITY + "\\s+)?" + SECRETARY_NAME + "\\s*,?\\s+(?:(?:a été|est|sera)\\s+(?:désignée?|élue?|nommée?)"
            + "\\s+(?:comme\\s+|en qualité de\\s+)?secrétaire|se propose d['’]assurer le secrétariat|vous serez (?:notre )?secrétaire)");
    private static final Pattern RAPPORTEUR = Pattern.compile("(?i:sur le rapport (?:de |d['’]))\\s*(?:" + FrenchNames.CIVILITY + " )?" + NAME
            + "|(?i:rapporteure?\\s*:)\\s*(?:" + FrenchNames.CIVILITY + " )?" + NAME);
    private static final Pattern ARTICLE = Pattern.compile("^\\s*(?:\\*\\*)?Article\\s+(\\d+|premier|1er)\\s*(?:er)?\\s*[:.-]?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DECISION_END = Pattern.compile("^\\s*(?:Cette proposition|Certifié|Pour extrait|AVIS |Fait à|"
            + "Le Président|La Présidente|Signé|Reçu|Accusé)", Pattern.CASE_INSENSITIVE);
    private static final Pattern VISA_END = Pattern.compile("^\\s*(?:Ou[iï]|Considérant|Entendu|Après en avoir|Délibère|DECIDE|DÉCIDE"
            + "|Sur (?:le )?rapport|Le Conseil|Le Bureau)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BULLET = Pattern.compile("^\\s*[•■▪\\-–*\\uF0B7\\uF0A7o]\\s+");
    private static final Pattern PREFECTURE = Pattern.compile("(?:reçu|recu|transmis|déposé|depose|arrivée?)\\s+(?:[àa]|en)\\s+(?:la\\s+)?"
            + "(?:préfecture|prefecture|sous-préfecture)|accusé de réception.{0,80}préfecture", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIGNED = Pattern.compile("(?:Fait|Signé|Délibéré)\\s+(?:à\\s+[^,\\n]+,\\s*)?le\\s", Pattern.CASE_INSENSITIVE);

    /** The line opening the decision: "Le Bureau de la Métropole Aix-Marseille-Provence,". */
    private static final Pattern BODY_LINE = Pattern.compile("^(?:Le|La|L['’])\\s*(.+?),?$");
    /** A deciding body named anywhere, in any case ("CONSEIL GENERAL", "Conseil de Métropole", "conseil d'arrondissement"). */
    private static final Pattern BODY_NAME = Pattern.compile("(?iu)\\b(bureau de la m[ée]tropole|bureau communautaire|bureau syndical"
            + "|conseil de (?:la )?m[ée]tropole|conseil municipal|conseil communautaire|conseil de (?:la )?communaut[ée]"
            + "|conseil g[ée]n[ée]ral|conseil d[ée]partemental|conseil r[ée]gional|conseil d['’]arrondissement|conseil syndical"
            + "|comit[ée] syndical|commission permanente|conseil de territoire[^,\\n]*)");

    /** Words that announce the date of a sitting (folded text). */
    private static final Pattern SESSION_CUE = Pattern.compile("\\b(?:seance|reunion|session|conseil municipal|conseil communautaire"
            + "|conseil de (?:metropole|territoire|communaute)|conseil d'arrondissement|conseil general|conseil departemental"
            + "|commission permanente|bureau|assemblee|compte rendu|proces-verbal|proces verbal)\\b");
    /** Where the session date is written: the head of the text. */
    private static final int SESSION_HEAD_LINES = 60;
    /** Dates that are not the sitting's, between the cue and the date. */
    private static final Pattern NOT_SESSION = Pattern.compile("\\b(?:convocation|convoque|affich|transmis|recu|publi|notifi"
            + "|precedente|dernier|derniere)");

    private final AttendanceParser attendance = new AttendanceParser();
    private final VoteParser votes = new VoteParser();
    private final BeneficiaryFinder beneficiaries = new BeneficiaryFinder();
    private final ItemSplitter items = new ItemSplitter();

    /** The record of {@code text}; never null, never throws on malformed text. */
    public Deliberation extract(String text) {
        return extract(text, List.of());
    }

    /**
     * The record of {@code text}, using the persons and organisations the tagger found in it
     * (persons split attendance names that a scan ran together).
     */
    public Deliberation extract(String text, List<Entity> entities) {
        List<String> persons = entities.stream().filter(e -> e.type() == EntityType.PERSON)
                .map(e -> e.text().replaceAll("\\s+", " ")).toList();
        String clean = text.replace('\f', '\n').replace("**", "").replace('\u00A0', ' ');
        List<String> lines = List.of(clean.split("\\R", -1));
        List<String> warnings = new ArrayList<>();
        String type = documentType(clean);
        String authority = Authorities.of(clean);
        List<Deliberation.Article> articles = articles(lines);
        Numbering numbering = numbering(lines);
        String president = first(PRESIDENT, clean);
        Deliberation.Attendance present = type.equals("convention")
                ? Deliberation.Attendance.NONE
                : presidingNamed(attendance.parse(AttendanceParser.headedLines(lines), persons, warnings), president);
        LocalDate session = sessionDate(lines);
        if ((type.equals("deliberation") || type.equals("minutes")) && session == null) {
            warnings.add("no session date found");
        }

        List<VoteParser.Stated> stated = votes.parse(lines, president, warnings);
        List<ItemSplitter.Part> parts = items.split(lines, stated.stream().map(VoteParser.Stated::line).toList());
        String rapporteur = first(RAPPORTEUR, clean);
        List<Deliberation.Beneficiary> granted = beneficiaries.find(clean, decision(clean, articles), type, authority);
        List<Deliberation.Vote> titled = new ArrayList<>(stated.stream().map(VoteParser.Stated::vote).toList());
        List<Deliberation.Item> itemList = new ArrayList<>();
        if (type.equals("deliberation") && parts.size() < 2) {
            // an extract is one item: the whole text, numbered "Délibération n° 2018-034" and titled "Objet : ..." as often as by a code
            String number = numbering.number() != null || parts.isEmpty() ? numbering.number() : parts.get(0).number();
            String title = numbering.title() != null ? numbering.title()
                    : !parts.isEmpty() && parts.get(0).title() != null ? parts.get(0).title() : objectLine(lines);
            numbering = new Numbering(number, numbering.references(), title);
            titled.replaceAll(v -> v.about(title));
            itemList.add(new Deliberation.Item(number, title, rapporteur, titled, outcome(titled, clean), granted, articles));
        } else {
            for (ItemSplitter.Part part : parts) {
                List<Deliberation.Vote> own = new ArrayList<>();
                for (int k : part.votes()) {
                    titled.set(k, titled.get(k).about(part.title()));
                    own.add(titled.get(k));
                }
                itemList.add(item(part, lines, own, type, authority));
            }
        }
        if (type.equals("deliberation") && numbering.number() == null) {
            warnings.add("no deliberation number found");
        }
        Deliberation.Vote vote = titled.isEmpty() ? Deliberation.Vote.NONE : titled.get(0);
        String outcome = vote.outcome() != null ? vote.outcome() : Outcomes.DOCUMENT.in(Fold.fold(clean));
        return new Deliberation(type, authority, body(lines, clean, authority), session,
                president, secretary(lines, clean), rapporteur,
                numbering.number(), numbering.references(), numbering.title(), present,
                vote, titled, outcome, granted,
                signatory(lines), dateAfter(SIGNED, clean), dateAfter(PREFECTURE, clean), visas(lines), articles,
                itemList, warnings);
    }

    /** The attendance with a proxy given to the presiding office ("donne pouvoir à M. le Maire") given to the president by name. */
    private static Deliberation.Attendance presidingNamed(Deliberation.Attendance a, String president) {
        List<Deliberation.Proxy> represented = a.represented().stream()
                .map(p -> new Deliberation.Proxy(p.member(), Names.naming(p.proxy(), president))).toList();
        return new Deliberation.Attendance(a.declaredInOffice(), a.declaredPresent(), a.declaredVoting(), a.present(), represented,
                a.excused(), a.absent(), a.substitutes());
    }

    /** One item of minutes: what its own lines say. */
    private Deliberation.Item item(ItemSplitter.Part part, List<String> lines, List<Deliberation.Vote> votes, String type,
                                   String authority) {
        List<String> own = lines.subList(part.start(), part.end());
        String text = String.join("\n", own);
        List<Deliberation.Article> articles = articles(own);
        return new Deliberation.Item(part.number(), part.title(), first(RAPPORTEUR, text), votes, outcome(votes, text),
                beneficiaries.find(text, decision(text, articles), type, authority), articles);
    }

    /** What was decided: the articles' text, or the whole text when it has no articles. */
    private static String decision(String text, List<Deliberation.Article> articles) {
        return articles.isEmpty() ? text : String.join("\n", articles.stream().map(Deliberation.Article::text).toList());
    }

    /** What an item came to: its last vote's outcome (amendments come first), else what its text says. */
    private static String outcome(List<Deliberation.Vote> votes, String text) {
        for (int k = votes.size() - 1; k >= 0; k--) {
            if (votes.get(k).outcome() != null) {
                return votes.get(k).outcome();
            }
        }
        return Outcomes.DOCUMENT.in(Fold.fold(text));
    }

    static String documentType(String text) {
        String folded = Fold.fold(text);
        String head = folded.substring(0, Math.min(folded.length(), 3000));
        boolean extract = head.contains("extrait du registre") || head.contains("extrait des registres");
        // minutes say so in their title, before the deliberations they hold
        String title = String.join("\n", folded.strip().lines().filter(l -> !l.isBlank()).limit(TITLE_LINES).toList());
        if (!extract && MINUTES_TITLE.matcher(title).find()) {
            return "minutes";
        }
        if (extract || head.contains("deliberation") && (folded.contains("delibere") || folded.contains("decide"))) {
            return "deliberation";
        }
        if (head.contains("convention") && (head.contains("entre les soussignes") || head.contains("entre :")
                || head.strip().startsWith("convention"))) {
            return "convention";
        }
        if (MINUTES.matcher(head).find()) {
            return "minutes";
        }
        return head.contains("deliber") ? "deliberation" : "other";
    }

    /** The deciding body, from the line that opens the decision ("Le Bureau de la Métropole ...,"). */
    private static String body(List<String> lines, String text, String authority) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().matches("(?i)vu\\b.*")) {
                continue;
            }
            for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
                String line = lines.get(j).strip().replaceAll("\\s+", " ");
                Matcher m = BODY_LINE.matcher(line);
                if (m.matches() && m.group(1).matches("(?i)(bureau|conseil|commission|comité|assemblée).*")) {
                    return withoutAuthority(m.group(1), authority);
                }
            }
        }
        Matcher m = BODY_NAME.matcher(text);
        return m.find() ? bodyName(m.group(1).strip()) : null;
    }

    /** A body as a name: its first letter a capital, "Métropole" too, the rest as the text writes it in small letters. */
    private static String bodyName(String written) {
        String folded = Fold.fold(written);
        if (folded.startsWith("conseil de la communaute")) {
            return "Conseil communautaire";
        }
        String lower = written.equals(written.toUpperCase(Locale.FRENCH))
                ? written.toLowerCase(Locale.FRENCH) : written;
        lower = lower.replaceAll("(?i)m[ée]tropole", "Métropole").replaceAll("(?i)territoire", "Territoire");
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String withoutAuthority(String body, String authority) {
        if (authority != null) {
            String name = authority.substring(authority.indexOf(' ') + 1);
            if (body.endsWith(" " + name) && body.length() > name.length() + 1) {
                return body.substring(0, body.length() - name.length() - 1).strip();
            }
        }
        return body;
    }

    private static LocalDate sessionDate(List<String> lines) {
        List<String> head = lines.subList(0, Math.min(lines.size(), SESSION_HEAD_LINES));
        for (String line : head) {
            // the opening formula of minutes: "L'an deux mil six, le 02 juin 2006", "L'an deux mille quatre, le seize octobre"
            String f = Fold.fold(line).strip();
            Optional<LocalDate> inWords = f.startsWith("le ") ? FrenchDates.formula(f) : Optional.empty();
            if (inWords.isPresent()) {
                return inWords.get(); // "Le vingt-trois mars deux mille vingt-deux, le Conseil ..."
            }
            if (f.startsWith("l'an ")) {
                Matcher other = NOT_SESSION.matcher(f);
                String sitting = other.find() ? f.substring(0, other.start()) : f;
                Optional<LocalDate> d = FrenchDates.formula(f).or(() -> FrenchDates.first(sitting));
                if (d.isPresent()) {
                    return d.get();
                }
            }
        }
        for (String line : lines) {
            String f = Fold.fold(line).strip();
            if (f.startsWith("seance du") || f.startsWith("reunion du") || f.matches("^le \\d{1,2}(er)? \\p{L}+ \\d{4} a .*")) {
                Optional<LocalDate> d = FrenchDates.first(line);
                if (d.isPresent()) {
                    return d.get();
                }
            }
        }
        // otherwise the first date of the head of the text that a session cue announces, anywhere in a
        // line ("COMPTE RENDU DE LA SEANCE DU CONSEIL MUNICIPAL ... DU 03 JUILLET 2019"), and not a
        // date of convocation, posting or transmission
        String text = Fold.fold(String.join("\n", head));
        for (Map.Entry<Integer, LocalDate> date : FrenchDates.all(text)) {
            String before = text.substring(Math.max(0, date.getKey() - 120), date.getKey());
            Matcher cue = SESSION_CUE.matcher(before);
            int lastCue = -1;
            while (cue.find()) {
                lastCue = cue.end();
            }
            if (lastCue >= 0 && !NOT_SESSION.matcher(before.substring(lastCue)).find()) {
                return date.getValue();
            }
        }
        return null;
    }

    /** The title an "Objet : ..." line gives, or null. */
    private static String objectLine(List<String> lines) {
        for (String line : lines) {
            Matcher m = OBJECT.matcher(line);
            if (m.matches()) {
                return m.group(1).strip();
            }
        }
        return null;
    }

    /** The secretary, read line by line first so that a name does not run into the next line's first word. */
    private static String secretary(List<String> lines, String text) {
        return lines.stream().map(l -> first(SECRETARY, l)).filter(Objects::nonNull).findFirst()
                .orElseGet(() -> first(SECRETARY, text));
    }

    private static String first(Pattern p, String text) {
        return Matches.firstGroup(p, text).map(Names::clean).orElse(null);
    }

    /** The deliberation number, the references beside it and the title under it. */
    private record Numbering(String number, List<String> references, String title) {
    }

    private static Numbering numbering(List<String> lines) {
        String number = null;
        List<String> references = new ArrayList<>();
        String title = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = codeLine(lines.get(i));
            if (!IDENTIFIER.matcher(line).matches()) {
                continue;
            }
            if (number == null) {
                number = line;
                StringBuilder t = new StringBuilder();
                int j = i + 1;
                for (; j < lines.size(); j++) {
                    String next = lines.get(j).strip().replaceAll("\\s+", " ");
                    if (next.isEmpty() && t.length() > 0) {
                        break;
                    }
                    if (next.isEmpty() || next.matches("(?i)sur (?:le )?rapport.*")) {
                        continue;
                    }
                    if (IDENTIFIER.matcher(codeLine(next)).matches() || INTERNAL_NUMBER.matcher(codeLine(next)).matches()) {
                        references.add(codeLine(next));
                        break;
                    }
                    String piece = BULLET.matcher(next.replaceAll("[\\p{Co}■]", "").strip()).replaceFirst("").strip();
                    t.append(t.length() == 0 ? "" : " ").append(piece);
                }
                title = t.length() == 0 ? null : t.toString().strip();
                i = j;
            } else if (i < lines.size() && references.size() < 5 && !references.contains(line)) {
                references.add(line);
            }
        }
        // "1998, DVLR 15 - Subvention à ...": acts numbered by year, service and rank, several on a line
        for (String line : lines) {
            for (Matcher m = YEAR_SERVICE_RANK.matcher(line); m.find(); ) {
                String code = m.group(1) + ", " + m.group(2) + " " + m.group(3);
                if (number == null) {
                    number = code;
                } else if (!number.equals(code) && !references.contains(code)) {
                    references.add(code);
                }
            }
        }
        return new Numbering(number, references, title);
    }

    /** A line stripped of the marks OCR leaves around a code ("‘EMP 004-6064/19/BM : :"). */
    private static String codeLine(String line) {
        return line.replaceAll("^[\\s‘’'\"“”|:;.,+*•■-]+|[\\s‘’'\"“”|:;.,+*•■-]+$", "").replaceAll("\\s+", " ");
    }

    /** The name on the last lines and the role written above it ("Le Vice-Président Délégué, ..."). */
    private static Deliberation.Signatory signatory(List<String> lines) {
        int end = lines.size() - 1;
        for (int i = end; i >= Math.max(0, end - 25); i--) {
            Matcher m = Names.PERSON_LINE.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            List<String> role = new ArrayList<>();
            for (int j = i - 1; j >= Math.max(0, i - 8); j--) {
                String line = lines.get(j).strip();
                if (line.isEmpty()) {
                    if (!role.isEmpty() && role.get(0).matches("(?i)^(le|la|l['’]) .*")) {
                        break;
                    }
                    continue;
                }
                if (line.matches("(?i)^(certifié|pour extrait|avis|cette proposition|fait à).*")) {
                    break;
                }
                role.add(0, line.replaceAll("[,;]\\s*$", ""));
                if (line.matches("(?i)^(le|la|l['’]) .*")) {
                    break;
                }
            }
            String r = role.isEmpty() ? null : String.join(", ", role).replaceAll("\\s+", " ");
            return new Deliberation.Signatory(Names.clean(m.group(1)), r);
        }
        return null;
    }

    private static LocalDate dateAfter(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            return null;
        }
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 120));
        return FrenchDates.first(after).orElse(null);
    }

    /** The "Vu ..." list: items under a "Vu" heading, or lines starting with "Vu". */
    private static List<String> visas(List<String> lines) {
        List<String> visas = new ArrayList<>();
        StringBuilder item = null;
        boolean inBlock = false;
        for (String raw : lines) {
            String line = raw.strip().replaceAll("\\s+", " ");
            if (line.matches("(?i)vu\\s*:?")) {
                inBlock = true;
                continue;
            }
            boolean vuLine = line.matches("(?i)^vu (?:le|la|les|l['’]|l’).*");
            if (inBlock && VISA_END.matcher(line).find() || !inBlock && !vuLine && item != null && line.isEmpty()) {
                flush(item, visas);
                item = null;
                inBlock = false;
                if (!vuLine) {
                    continue;
                }
            }
            if (line.isEmpty() || !inBlock && !vuLine && item == null) {
                continue;
            }
            String content = BULLET.matcher(line).replaceFirst("");
            boolean starts = item == null || vuLine || !content.equals(line)
                    || item.toString().matches("(?s).*[;.]$") && Character.isUpperCase(content.codePointAt(0));
            if (starts) {
                flush(item, visas);
                item = new StringBuilder(content);
            } else {
                item.append(' ').append(content);
            }
        }
        flush(item, visas);
        return visas;
    }

    private static void flush(StringBuilder item, List<String> out) {
        if (item != null && !item.isEmpty()) {
            out.add(item.toString().replaceAll("\\s*;$", "").strip());
        }
    }

    private static List<Deliberation.Article> articles(List<String> lines) {
        List<Deliberation.Article> articles = new ArrayList<>();
        String number = null;
        StringBuilder text = new StringBuilder();
        for (String raw : lines) {
            Matcher m = ARTICLE.matcher(raw);
            if (m.matches()) {
                addArticle(number, text, articles);
                number = m.group(1).matches("(?i)premier|1er") ? "1" : m.group(1);
                text = new StringBuilder(m.group(2).strip());
                continue;
            }
            if (number == null) {
                continue;
            }
            if (DECISION_END.matcher(raw).find()) {
                addArticle(number, text, articles);
                number = null;
                continue;
            }
            if (!raw.isBlank()) {
                text.append(text.length() == 0 ? "" : " ").append(raw.strip());
            }
        }
        addArticle(number, text, articles);
        return articles;
    }

    private static void addArticle(String number, StringBuilder text, List<Deliberation.Article> out) {
        if (number != null) {
            out.add(new Deliberation.Article(number, text.toString().replaceAll("\\s+", " ").strip()));
        }
    }
}
