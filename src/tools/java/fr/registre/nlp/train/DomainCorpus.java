package fr.registre.nlp.train;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import fr.registre.io.ListFile;

/**
 * Generates annotated documents in the language of deliberation registers from the templates and
 * word lists of {@code models/ner/domain/}: attendance lists, proxies, presidents, rapporteurs,
 * signatures, subsidies to associations, conventions with bodies and companies. Every fifth first
 * name, surname, place and word is kept for the held-out documents, so the evaluation meets names
 * the model never saw. The same seed gives the same documents.
 */
public final class DomainCorpus {

    private static final Pattern SLOT = Pattern.compile("\\{([A-Z]+)}");
    private static final String[] CIVILITIES = {"Monsieur", "Madame", "M.", "Mme", "Monsieur", "Madame"};
    private static final String[] TITLES = {"Président", "Présidente", "Vice-Président", "Vice-Présidente",
            "Vice-Président Délégué", "Maire", "Adjoint au Maire", "Adjointe au Maire", "Premier Adjoint",
            "Conseiller Municipal", "Conseillère Métropolitaine", "Conseiller Départemental", "Président de la Commission"};
    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
            "août", "septembre", "octobre", "novembre", "décembre"};
    private static final String[] LIST_SEPARATORS = {" - ", " - ", ", ", " ; ", "\n", " -\n", ",  ", "  -  "};

    private final List<String> templates;
    private final List<String> organizations;
    private final List<String> firstNames;
    private final List<String> surnames;
    private final List<String> places;
    private final List<String> words;

    private DomainCorpus(List<String> templates, List<String> organizations, List<String> firstNames,
                         List<String> surnames, List<String> places, List<String> words) {
        this.templates = templates;
        this.organizations = organizations;
        this.firstNames = firstNames;
        this.surnames = surnames;
        this.places = places;
        this.words = words;
    }

    /** The corpus of {@code dir}, drawing names from the training share or from the held-out share. */
    public static DomainCorpus read(Path dir, boolean heldOut) throws IOException {
        return new DomainCorpus(ListFile.read(dir.resolve("templates.txt")), ListFile.read(dir.resolve("organizations.txt")),
                share(ListFile.read(dir.resolve("firstnames.txt")), heldOut), share(ListFile.read(dir.resolve("surnames.txt")), heldOut),
                share(ListFile.read(dir.resolve("places.txt")), heldOut), share(ListFile.read(dir.resolve("words.txt")), heldOut));
    }

    /** {@code count} documents, each with its own cast of members and bodies. */
    public List<AnnotatedText> generate(int count, long seed) {
        Random random = new Random(seed);
        List<AnnotatedText> documents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            documents.add(AnnotatedText.parse(document(random)));
        }
        return documents;
    }

    private String document(Random random) {
        List<Person> cast = IntStream.range(0, 8 + random.nextInt(30)).mapToObj(i -> person(random)).toList();
        List<String> bodies = IntStream.range(0, 2 + random.nextInt(5)).mapToObj(i -> organization(random)).toList();
        Style style = new Style(random.nextInt(10) < 7, random.nextInt(4) == 0, random.nextInt(3) == 0);
        StringBuilder text = new StringBuilder();
        int sentences = 6 + random.nextInt(12);
        for (int i = 0; i < sentences; i++) {
            String template = templates.get(random.nextInt(templates.size())).replace("\\n", "\n");
            text.append(fill(template, cast, bodies, style, random)).append(random.nextBoolean() ? "\n\n" : "\n");
        }
        return text.toString();
    }

    private String fill(String template, List<Person> cast, List<String> bodies, Style style, Random random) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(slot(m.group(1), cast, bodies, style, random)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String slot(String name, List<Person> cast, List<String> bodies, Style style, Random random) {
        return switch (name) {
            case "PER" -> mark("person", pick(cast, random).written(style, random));
            case "NOM" -> mark("person", pick(cast, random).surname(style));
            case "PERS" -> list(cast, style, random, false);
            case "PROXIES" -> list(cast, style, random, true);
            case "ORG" -> mark("organization", random.nextInt(4) == 0 ? organization(random) : pick(bodies, random));
            case "CIV" -> CIVILITIES[random.nextInt(CIVILITIES.length)];
            case "TITLE" -> TITLES[random.nextInt(TITLES.length)];
            case "PLACE" -> pick(places, random);
            case "DATE" -> (1 + random.nextInt(28)) + " " + MONTHS[random.nextInt(12)] + " " + (1990 + random.nextInt(36));
            case "AMOUNT" -> amount(random);
            case "N" -> Integer.toString(1 + random.nextInt(60));
            case "REF" -> reference(random);
            default -> throw new IllegalArgumentException("unknown slot {" + name + "} in templates.txt");
        };
    }

    private String list(List<Person> cast, Style style, Random random, boolean proxies) {
        String separator = LIST_SEPARATORS[random.nextInt(LIST_SEPARATORS.length)];
        int size = proxies ? 1 + random.nextInt(5) : 2 + random.nextInt(Math.max(1, cast.size() - 1));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                out.append(separator);
            }
            if (style.civilities()) {
                out.append(random.nextBoolean() ? "M. " : "Mme ");
            }
            out.append(mark("person", pick(cast, random).written(style, random)));
            if (proxies) {
                out.append(random.nextBoolean() ? " représenté par " : " représentée par ");
                out.append(mark("person", pick(cast, random).written(style, random)));
            }
        }
        return out.toString();
    }

    private Person person(Random random) {
        String first = pick(firstNames, random);
        String surname = pick(surnames, random);
        if (random.nextInt(8) == 0) {
            surname = surname + "-" + pick(surnames, random).replace(' ', '-');
        }
        return new Person(first, surname);
    }

    private String organization(Random random) {
        String pattern = pick(organizations, random);
        Matcher m = SLOT.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "PLACE" -> pick(places, random);
                case "SURNAME" -> pick(surnames, random);
                case "WORD" -> pick(words, random);
                case "ACRONYM" -> acronym(random);
                default -> throw new IllegalArgumentException("unknown slot {" + m.group(1) + "} in organizations.txt");
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String acronym(Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = 0, n = 3 + random.nextInt(3); i < n; i++) {
            out.append((char) ('A' + random.nextInt(26)));
        }
        return out.toString();
    }

    private static String amount(Random random) {
        int euros = 500 + random.nextInt(400) * 250;
        String grouped = String.format(Locale.FRENCH, "%,d", euros).replace('\u202F', ' ').replace('\u00A0', ' ');
        return random.nextBoolean() ? grouped + " €" : grouped + ",00 euros";
    }

    private static String reference(Random random) {
        return String.format(Locale.ROOT, "n° %s-%03d-%05d/%02d/%s", pick(List.of("URB", "FAG", "ECOR", "DEVT", "CULT"), random),
                random.nextInt(100), random.nextInt(100000), random.nextInt(26), random.nextBoolean() ? "CM" : "BM");
    }

    private static String mark(String type, String name) {
        return "<START:" + type + "> " + name + " <END>";
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<String> share(List<String> values, boolean heldOut) {
        return IntStream.range(0, values.size()).filter(i -> (i % 5 == 4) == heldOut).mapToObj(values::get).toList();
    }

    /**
     * How a document writes names: surnames in capitals or not, civilities inside lists, accents
     * dropped from capitals (as many registers do).
     */
    private record Style(boolean capitals, boolean civilities, boolean plainCapitals) {
    }

    private record Person(String first, String surname) {

        String written(Style style, Random random) {
            String last = surname(style);
            String space = random.nextInt(6) == 0 ? "  " : random.nextInt(25) == 0 ? "\n" : " ";
            return switch (random.nextInt(12)) {
                case 0 -> last + space + first;
                // "M." would read as a civility
                case 1 -> first.charAt(0) == 'M' ? first + space + last : first.charAt(0) + "." + space + last;
                default -> first + space + last;
            };
        }

        String surname(Style style) {
            if (!style.capitals()) {
                return surname;
            }
            String upper = surname.toUpperCase(Locale.FRENCH);
            return style.plainCapitals() ? Normalizer.normalize(upper, Normalizer.Form.NFD).replaceAll("\\p{M}", "") : upper;
        }
    }
}
