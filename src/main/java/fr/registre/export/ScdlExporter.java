package fr.registre.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import fr.registre.io.AtomicFiles;
import fr.registre.model.Deliberation;

/**
 * Writes deliberation records as the SCDL open-data files: {@code scdl/deliberations} 2.1.5 and
 * {@code scdl/subventions} 2.1.1 (column order, ISO dates, '.' decimals, the vote cross-field
 * rules). Values the documents cannot give come from {@link ScdlConfig} or stay empty, with a warning.
 * Cells a spreadsheet would run as formulas are neutralised ({@link SafeText#csvCell}).
 */
public final class ScdlExporter {

    /** Columns of scdl/deliberations, in schema order. */
    public static final List<String> DELIBERATION_COLUMNS = List.of("COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE",
            "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM", "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID",
            "PREF_DATE", "VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION", "DELIB_URL");
    /** Columns of scdl/subventions, in schema order. */
    public static final List<String> SUBSIDY_COLUMNS = List.of("nomAttribuant", "idAttribuant", "dateConvention",
            "referenceDecision", "nomBeneficiaire", "idBeneficiaire", "rnaBeneficiaire", "objet", "montant", "nature",
            "conditionsVersement", "datesPeriodeVersement", "idRAE", "notificationUE", "pourcentageSubvention",
            "dispositifAide");
    private static final int MAX_OBJECT = 256;

    /** A record and the file it came from, for warnings. */
    public record Source(String name, Deliberation deliberation) {
    }

    private final ScdlConfig config;
    private final List<String> warnings = new ArrayList<>();

    public ScdlExporter(ScdlConfig config) {
        this.config = config;
    }

    /** Problems met while exporting: missing required values, inconsistent votes. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * One row per deliberation: one per item of the record (an extract is one item, minutes one per
     * deliberation taken), with the item's deciding vote (its last: amendments come first) and the
     * document's number and title where the item has none of its own. A record without items (older
     * records, minutes that state no item) gives one row for the document.
     */
    public void writeDeliberations(List<Source> sources, Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Source s : sources) {
            Deliberation d = s.deliberation();
            if (!"deliberation".equals(d.documentType()) && !"minutes".equals(d.documentType())) {
                continue;
            }
            if (d.items().isEmpty()) {
                rows.add(row(s, d, d.number(), d.title(), d.vote()));
                continue;
            }
            boolean alone = d.items().size() == 1;
            for (Deliberation.Item item : d.items()) {
                Deliberation.Vote vote = item.votes().isEmpty() ? Deliberation.Vote.NONE : item.votes().get(item.votes().size() - 1);
                rows.add(row(s, d, item.number() != null || !alone ? item.number() : d.number(),
                        item.title() != null || !alone ? item.title() : d.title(), vote));
            }
        }
        write(file, DELIBERATION_COLUMNS, rows);
    }

    private List<String> row(Source s, Deliberation d, String number, String title, Deliberation.Vote vote) {
        List<String> row = new ArrayList<>();
        row.add(required(s, "COLL_NOM", config.get("COLL_NOM", d.authority())));
        row.add(required(s, "COLL_SIRET", config.get("COLL_SIRET", null)));
        row.add(required(s, "DELIB_ID", number));
        row.add(required(s, "DELIB_DATE", iso(d.sessionDate())));
        row.add(required(s, "DELIB_MATIERE_CODE", config.get("DELIB_MATIERE_CODE", null)));
        row.add(required(s, "DELIB_MATIERE_NOM", config.get("DELIB_MATIERE_NOM", null)));
        row.add(required(s, "DELIB_OBJET", title));
        row.add("");
        row.add("");
        row.add(config.get("PREF_ID", ""));
        LocalDate pref = d.receivedByPrefecture();
        row.add(pref != null && (d.sessionDate() == null || !pref.isBefore(d.sessionDate())) ? iso(pref) : "");
        row.addAll(votes(d, vote));
        row.add(config.get("DELIB_URL", ""));
        return row;
    }

    public void writeSubsidies(List<Source> sources, Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Source s : sources) {
            Deliberation d = s.deliberation();
            for (Deliberation.Beneficiary b : d.beneficiaries()) {
                if (b.amount() == null || !"EUR".equals(b.currency())) {
                    continue; // the schema counts euros; francs and unstated amounts cannot be published
                }
                LocalDate date = d.sessionDate() != null ? d.sessionDate() : d.signedOn();
                String title = d.title() == null ? "" : d.title();
                rows.add(List.of(
                        required(s, "nomAttribuant", config.get("COLL_NOM", d.authority())),
                        required(s, "idAttribuant", config.get("COLL_SIRET", null)),
                        required(s, "dateConvention", iso(date)),
                        nullToEmpty(d.number()),
                        b.name(), "", "",
                        required(s, "objet", title.length() > MAX_OBJECT ? title.substring(0, MAX_OBJECT) : title),
                        b.amount().toPlainString(),
                        "aide en numéraire",
                        config.get("conditionsVersement", "unique"),
                        iso(date),
                        "",
                        config.get("notificationUE", "non"),
                        "1.00",
                        ""));
            }
        }
        write(file, SUBSIDY_COLUMNS, rows);
    }

    /** VOTE_EFFECTIF, VOTE_REEL, VOTE_POUR, VOTE_CONTRE, VOTE_ABSTENTION: all or none, consistent. */
    private List<String> votes(Deliberation d, Deliberation.Vote v) {
        Integer effectif = v.present() != null ? v.present() + zero(v.represented()) : null;
        Integer pour = v.forCount();
        int contre = zero(v.against());
        int abstention = zero(v.abstentions());
        if (pour == null && v.unanimous() && !d.attendance().present().isEmpty()) {
            effectif = d.attendance().present().size() + d.attendance().represented().size();
            pour = effectif - zero(v.notVoting());
        }
        if (pour == null) {
            return List.of("", "", "", "", "");
        }
        int reel = pour + contre + abstention;
        if (effectif == null || effectif < reel) {
            effectif = reel;
        }
        return List.of(String.valueOf(effectif), String.valueOf(reel), String.valueOf(pour), String.valueOf(contre),
                String.valueOf(abstention));
    }

    private String required(Source s, String column, String value) {
        if (value == null || value.isBlank()) {
            warnings.add(s.name() + ": " + column + " is required by the schema but unknown");
            return "";
        }
        return value;
    }

    private static int zero(Integer n) {
        return n == null ? 0 : n;
    }

    private static String iso(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).setRecordSeparator("\n").get();
        AtomicFiles.write(file, out -> {
            try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), format)) {
                for (List<String> row : rows) {
                    csv.printRecord(row.stream().map(SafeText::csvCell).toList());
                }
            }
        });
    }
}
