package fr.registre.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.registre.model.Deliberation;

/**
 * An archive database filled from ingest outputs ({@code NAME.json}), embedded by default (one
 * SQLite file) or at any JDBC URL. Indexing is incremental: a document whose source hash is already
 * recorded is left alone, a changed one has its rows replaced in one transaction, so an interrupted
 * indexing never leaves half a document. Documents are indexed as their reviews make them, and
 * again when a review is added ({@link #reindex}).
 */
public final class Archive implements AutoCloseable {

    /** What one indexing did. */
    public record Indexed(int added, int replaced, int unchanged, List<String> errors) {
    }

    /** One document found by a search, best first. */
    public record Hit(String output, String source, String authority, String sessionDate, String title, String snippet) {
    }

    /** What narrows a search: the authority (any part of its name) and the year of the session; null for any. */
    public record Filter(String authority, String year) {
        public static final Filter NONE = new Filter(null, null);
    }

    /** A document of the archive. */
    public record Document(String output, String source, String authority, String body, String sessionDate, String title) {
    }

    /** One line of a person's record: the session, the role there, and the proxy (given when represented, held otherwise). */
    public record Sitting(String output, String sessionDate, String person, String role, String proxy) {
    }

    /** One grant to an organisation. */
    public record Grant(String output, String sessionDate, String beneficiary, String amount, String currency) {
    }

    /** A page that needs a reader first: failed, empty or of low OCR confidence. */
    public record PageToReview(String output, int page, String method, Double confidence, String error) {
    }

    private final Connection db;
    private final ObjectMapper json;

    private Archive(Connection db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /**
     * Opens the archive at {@code location}: a JDBC URL, or a file path for an embedded SQLite database.
     *
     * @param json the mapper that reads registre's JSON (its records, dates and numbers)
     */
    public static Archive open(String location, ObjectMapper json) throws SQLException {
        String url = location.startsWith("jdbc:") ? location : "jdbc:sqlite:" + location;
        Connection db = DriverManager.getConnection(url);
        try {
            if (url.startsWith("jdbc:sqlite:")) {
                try (Statement s = db.createStatement()) {
                    s.execute("PRAGMA foreign_keys = ON");
                    s.execute("PRAGMA journal_mode = WAL");
                }
            }
            ArchiveSchema.create(db);
            db.setAutoCommit(false);
            db.commit();
            return new Archive(db, json);
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Indexes every {@code NAME.json} under {@code outDir}; a file that cannot be read is an error, not a stop. */
    public Indexed index(Path outDir) throws IOException, SQLException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(outDir)) {
            files = walk.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted().toList();
        }
        int added = 0;
        int replaced = 0;
        int unchanged = 0;
        List<String> errors = new ArrayList<>();
        for (Path file : files) {
            JsonNode root;
            try {
                root = json.readTree(file.toFile());
            } catch (IOException e) {
                errors.add(file + ": " + e.getMessage().lines().findFirst().orElse(""));
                continue;
            }
            if (root == null || !root.hasNonNull("sha256") || !root.has("text")) {
                continue; // a manifest, a report or a file of another tool
            }
            String output = outDir.relativize(file).toString().replace('\\', '/');
            Recorded recorded = recorded(output);
            if (recorded != null && recorded.sha256().equals(root.get("sha256").asText())) {
                unchanged++;
                continue;
            }
            try {
                store(recorded, output, root);
                added += recorded == null ? 1 : 0;
                replaced += recorded == null ? 0 : 1;
            } catch (SQLException | IOException | RuntimeException e) {
                errors.add(file + ": " + e.getMessage());
            }
        }
        if (added + replaced > 0) {
            resolvePersons();
            resolveOrganisations();
        }
        return new Indexed(added, replaced, unchanged, errors);
    }

    /**
     * Indexes one document again, as its reviews now make it: its record, attendance and names, and
     * the persons, follow what a reviewer fixed.
     */
    public void reindex(Path outDir, String output) throws IOException, SQLException {
        Path file = outDir.resolve(output);
        store(recorded(output), output, json.readTree(file.toFile()));
        resolvePersons();
        resolveOrganisations();
    }

    /** Replaces a document's rows (or adds them) in one transaction, its reviews applied. */
    private void store(Recorded recorded, String output, JsonNode root) throws SQLException, IOException {
        try {
            if (recorded != null) {
                delete(recorded.id());
            }
            List<Review> reviews = reviews(output);
            insert(output, root instanceof ObjectNode document && !reviews.isEmpty() ? ReviewedDocument.apply(document, reviews) : root);
            db.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            db.rollback();
            throw e;
        }
    }

    /**
     * Rebuilds the persons from every name of the attendance (members and proxies), each with its
     * written variants and the reason it joined (see {@link PersonResolver}).
     */
    public List<PersonResolver.Person> resolvePersons() throws SQLException {
        List<PersonResolver.Mention> mentions = new ArrayList<>();
        try (Statement q = db.createStatement(); ResultSet r = q.executeQuery("SELECT a.person, a.proxy, d.authority,"
                + " substr(d.session_date, 1, 4) FROM attendance a JOIN documents d ON d.id = a.document")) {
            while (r.next()) {
                Integer year = r.getString(4) == null ? null : Integer.valueOf(r.getString(4));
                mentions.add(new PersonResolver.Mention(r.getString(1), r.getString(3), year));
                if (r.getString(2) != null) {
                    mentions.add(new PersonResolver.Mention(r.getString(2), r.getString(3), year));
                }
            }
        }
        Set<String> apart = new LinkedHashSet<>();
        try (Statement q = db.createStatement(); ResultSet r = q.executeQuery("SELECT authority, written FROM kept_apart")) {
            while (r.next()) {
                apart.add(r.getString(1) + "\t" + r.getString(2));
            }
        }
        List<PersonResolver.Person> persons = new PersonResolver().resolve(mentions, apart);
        replaceResolved("persons", "person_names", persons);
        return persons;
    }

    /** Rebuilds the organisations from every grant beneficiary, each with its written variants (see {@link OrganisationResolver}). */
    public List<OrganisationResolver.Organisation> resolveOrganisations() throws SQLException {
        List<OrganisationResolver.Mention> mentions = rows("SELECT g.beneficiary, d.authority FROM grants g"
                + " JOIN documents d ON d.id = g.document", q -> { }, r -> new OrganisationResolver.Mention(r.getString(1), r.getString(2)));
        List<OrganisationResolver.Organisation> organisations = new OrganisationResolver().resolve(mentions);
        replaceResolved("organisations", "organisation_names", organisations);
        return organisations;
    }

    /**
     * Replaces what a resolution made: its rows in {@code table} (id, authority, name) and their
     * variants in {@code namesTable} (id, written, reason), in one transaction. The table names are
     * this class's own constants, never user input.
     */
    private void replaceResolved(String table, String namesTable, List<? extends Resolved> resolved) throws SQLException {
        try (Statement d = db.createStatement();
             PreparedStatement p = db.prepareStatement("INSERT INTO " + table + " (authority, name) VALUES (?,?)",
                     Statement.RETURN_GENERATED_KEYS);
             PreparedStatement n = db.prepareStatement("INSERT INTO " + namesTable + " VALUES (?,?,?)")) {
            d.executeUpdate("DELETE FROM " + table);
            for (Resolved r : resolved) {
                p.setString(1, r.authority());
                p.setString(2, r.name());
                p.executeUpdate();
                long id;
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                for (Variant v : r.variants()) {
                    n.setLong(1, id);
                    n.setString(2, v.written());
                    n.setString(3, v.reason());
                    n.addBatch();
                }
            }
            n.executeBatch();
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        }
    }

    /** The written variants of the organisations a beneficiary name belongs to, itself when none. */
    public List<Variant> organisationVariants(String written) throws SQLException {
        List<Variant> variants = rows("SELECT n.written, n.reason FROM organisation_names n WHERE n.organisation IN"
                        + " (SELECT organisation FROM organisation_names WHERE written = ? COLLATE NOCASE) ORDER BY n.rowid",
                q -> q.setString(1, written.replaceAll("\\s+", " ").strip()), r -> new Variant(r.getString(1), r.getString(2)));
        return variants.isEmpty() ? List.of(new Variant(written, "same name")) : variants;
    }

    /** The persons a written name belongs to (one per authority that writes it), with all their variants. */
    public List<PersonResolver.Person> persons(String written) throws SQLException {
        List<PersonResolver.Person> persons = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT p.id, p.authority, p.name FROM persons p WHERE p.id IN"
                + " (SELECT person FROM person_names WHERE written = ? COLLATE NOCASE) ORDER BY p.authority");
             PreparedStatement v = db.prepareStatement("SELECT written, reason FROM person_names WHERE person = ? ORDER BY rowid")) {
            q.setString(1, written.replaceAll("\\s+", " ").strip());
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    List<Variant> variants = new ArrayList<>();
                    v.setLong(1, r.getLong(1));
                    try (ResultSet w = v.executeQuery()) {
                        while (w.next()) {
                            variants.add(new Variant(w.getString(1), w.getString(2)));
                        }
                    }
                    persons.add(new PersonResolver.Person(r.getString(2), r.getString(3), variants));
                }
            }
        }
        return persons;
    }

    /** Undoes a merge: {@code written} becomes a person of its own in {@code authority}, now and at every later indexing. */
    public void keepApart(String authority, String written) throws SQLException {
        try (PreparedStatement i = db.prepareStatement("INSERT OR IGNORE INTO kept_apart VALUES (?,?)")) {
            i.setString(1, authority);
            i.setString(2, written);
            i.executeUpdate();
        }
        resolvePersons();
    }

    /**
     * Documents whose text, title or names hold every word of {@code query}, case and accents aside,
     * best first.
     */
    public List<Hit> search(String query, int limit) throws SQLException {
        return search(query, Filter.NONE, limit);
    }

    /** As {@link #search(String, int)}, among the documents {@code filter} lets through. */
    public List<Hit> search(String query, Filter filter, int limit) throws SQLException {
        String match = ftsQuery(query);
        if (match.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT d.output, d.source, d.authority, d.session_date, d.title,"
                + " snippet(search, 2, '[', ']', '…', 12) FROM search JOIN documents d ON d.id = search.rowid"
                + " WHERE search MATCH ? AND (? IS NULL OR d.authority LIKE '%' || ? || '%')"
                + " AND (? IS NULL OR substr(d.session_date, 1, 4) = ?) ORDER BY rank LIMIT ?")) {
            q.setString(1, match);
            q.setString(2, filter.authority());
            q.setString(3, filter.authority());
            q.setString(4, filter.year());
            q.setString(5, filter.year());
            q.setInt(6, limit);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    hits.add(new Hit(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6)));
                }
            }
        }
        return hits;
    }

    /** The document indexed from {@code output}; empty when the archive holds none by that name. */
    public Optional<Document> document(String output) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT output, source, authority, body, session_date, title"
                + " FROM documents WHERE output = ?")) {
            q.setString(1, output);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? Optional.of(new Document(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6))) : Optional.empty();
            }
        }
    }

    /**
     * Every sitting of a person, and every proxy they held, by date: under any written variant of the
     * persons {@code written} belongs to in the documents of their authority, or as written (case aside).
     */
    public List<Sitting> sittings(String written) throws SQLException {
        List<Sitting> rows = new ArrayList<>();
        for (PersonResolver.Person person : personsOrAsWritten(written)) {
            for (Variant v : person.variants()) {
                rows.addAll(rows("SELECT d.output, d.session_date, a.person, a.role, a.proxy FROM attendance a"
                                + " JOIN documents d ON d.id = a.document WHERE (? IS NULL OR COALESCE(d.authority, '') = ?)"
                                + " AND (a.person = ? COLLATE NOCASE OR a.proxy = ? COLLATE NOCASE)",
                        q -> {
                            q.setString(1, person.authority());
                            q.setString(2, person.authority());
                            q.setString(3, v.written());
                            q.setString(4, v.written());
                        },
                        r -> r.getString(3).replaceAll("\\s+", " ").strip().equalsIgnoreCase(v.written())
                                ? new Sitting(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5))
                                : new Sitting(r.getString(1), r.getString(2), v.written(), "holds proxy of", r.getString(3))));
            }
        }
        rows.sort(byDate(Sitting::sessionDate, Sitting::output));
        return rows;
    }

    /** A vote in which a person is named: against, abstained, or not voting. */
    public record NamedVote(String output, String sessionDate, int position, String person, String choice) {
    }

    /** The votes that name a person, under any written variant of theirs in their authority, by date. */
    public List<NamedVote> namedVotes(String written) throws SQLException {
        List<NamedVote> votes = new ArrayList<>();
        for (PersonResolver.Person person : personsOrAsWritten(written)) {
            for (Variant v : person.variants()) {
                votes.addAll(rows("SELECT d.output, d.session_date, n.position, n.person, n.choice FROM vote_names n"
                                + " JOIN documents d ON d.id = n.document WHERE (? IS NULL OR COALESCE(d.authority, '') = ?)"
                                + " AND n.person = ? COLLATE NOCASE",
                        q -> {
                            q.setString(1, person.authority());
                            q.setString(2, person.authority());
                            q.setString(3, v.written());
                        },
                        r -> new NamedVote(r.getString(1), r.getString(2), r.getInt(3), r.getString(4), r.getString(5))));
            }
        }
        votes.sort(byDate(NamedVote::sessionDate, NamedVote::output));
        return votes;
    }

    /**
     * The persons a written name belongs to; when none, the name as written, in any authority (null).
     * A person of documents that name no authority has the authority "", as resolution groups them.
     */
    private List<PersonResolver.Person> personsOrAsWritten(String written) throws SQLException {
        List<PersonResolver.Person> persons = persons(written);
        return persons.isEmpty() ? List.of(new PersonResolver.Person(null, written, List.of(new Variant(written, "same name"))))
                : persons;
    }

    /** Rows by session date (undated first), then by document. */
    private static <T> Comparator<T> byDate(Function<T, String> date, Function<T, String> output) {
        return Comparator.comparing((T t) -> date.apply(t) == null ? "" : date.apply(t)).thenComparing(output);
    }

    /** Every grant to an organisation, under any written variant of the name asked, by date. */
    public List<Grant> grants(String beneficiary) throws SQLException {
        List<Grant> grants = new ArrayList<>();
        for (Variant v : organisationVariants(beneficiary)) {
            grants.addAll(rows("SELECT d.output, d.session_date, g.beneficiary, g.amount, g.currency FROM grants g"
                            + " JOIN documents d ON d.id = g.document WHERE g.beneficiary = ? COLLATE NOCASE",
                    q -> q.setString(1, v.written()),
                    r -> new Grant(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5))));
        }
        grants.sort(byDate(Grant::sessionDate, Grant::output));
        return grants;
    }

    /** The pages to read first: failed ones, then OCR pages by rising confidence. */
    public List<PageToReview> pagesToReview(int limit) throws SQLException {
        return rows("SELECT d.output, p.number, p.method, p.confidence, p.error FROM pages p JOIN documents d"
                        + " ON d.id = p.document WHERE p.method <> 'text-layer' OR p.error IS NOT NULL"
                        + " ORDER BY p.method <> 'failed', p.confidence, d.output, p.number LIMIT ?",
                q -> q.setInt(1, limit),
                r -> new PageToReview(r.getString(1), r.getInt(2), r.getString(3),
                        r.getObject(4) == null ? null : r.getDouble(4), r.getString(5)));
    }

    /** A record whose extraction warned (declared counts that the lists do not match, no date...), and why. */
    public record RecordToReview(String output, String warning) {
    }

    /** The records that warned, counts that do not match the lists first. */
    public List<RecordToReview> recordsToReview(int limit) throws SQLException {
        return rows("SELECT d.output, w.warning FROM warnings w JOIN documents d ON d.id = w.document"
                        + " ORDER BY w.warning NOT LIKE 'attendance:%', d.output LIMIT ?",
                q -> q.setInt(1, limit), r -> new RecordToReview(r.getString(1), r.getString(2)));
    }

    /** A merge of person resolution that rests on a guess (a misread surname, a surname alone), to confirm. */
    public record MergeToReview(String authority, String person, String written, String reason) {
    }

    /** The merges that rest on a guess, by authority and person. */
    public List<MergeToReview> mergesToReview(int limit) throws SQLException {
        return rows("SELECT p.authority, p.name, n.written, n.reason FROM person_names n JOIN persons p ON p.id = n.person"
                        + " WHERE n.reason LIKE '%misread%' OR n.reason LIKE 'the one person%' ORDER BY p.authority, p.name LIMIT ?",
                q -> q.setInt(1, limit), r -> new MergeToReview(r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
    }

    /** Sets a query's parameters. */
    private interface Parameters {
        void set(PreparedStatement q) throws SQLException;
    }

    /** Makes a value of the current row. */
    private interface RowReader<T> {
        T read(ResultSet r) throws SQLException;
    }

    /** The rows of one query, each read into a value. */
    private <T> List<T> rows(String sql, Parameters parameters, RowReader<T> reader) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(sql)) {
            parameters.set(q);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows.add(reader.read(r));
                }
            }
        }
        return rows;
    }

    /** Records a reviewer's decision. */
    public void review(Review review) throws SQLException {
        try (PreparedStatement i = db.prepareStatement("INSERT INTO reviews (output, kind, target, value, reviewer, at)"
                + " VALUES (?,?,?,?,?,?)")) {
            i.setString(1, review.output());
            i.setString(2, review.kind());
            i.setString(3, review.target());
            i.setString(4, review.value());
            i.setString(5, review.reviewer());
            i.setString(6, review.at().toString());
            i.executeUpdate();
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        }
    }

    /** The decisions on one document, oldest first. */
    public List<Review> reviews(String output) throws SQLException {
        return rows("SELECT output, kind, target, value, reviewer, at FROM reviews WHERE output = ? ORDER BY id",
                q -> q.setString(1, output),
                r -> new Review(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        Instant.parse(r.getString(6))));
    }

    /** Each word of the query quoted, so that no user text is read as FTS5 syntax. */
    private static String ftsQuery(String query) {
        List<String> terms = new ArrayList<>();
        for (String word : query.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                terms.add('"' + word + '"');
            }
        }
        return String.join(" ", terms);
    }

    /** A document already in the archive. */
    private record Recorded(long id, String sha256) {
    }

    private Recorded recorded(String output) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT id, sha256 FROM documents WHERE output = ?")) {
            q.setString(1, output);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? new Recorded(r.getLong(1), r.getString(2)) : null;
            }
        }
    }

    /**
     * Removes a document: its pages, attendance, votes and grants go with it (ON DELETE CASCADE);
     * the full-text row, in a table without keys, by hand.
     */
    private void delete(long id) throws SQLException {
        try (PreparedStatement d = db.prepareStatement("DELETE FROM search WHERE rowid = ?")) {
            d.setLong(1, id);
            d.executeUpdate();
        }
        try (PreparedStatement d = db.prepareStatement("DELETE FROM documents WHERE id = ?")) {
            d.setLong(1, id);
            d.executeUpdate();
        }
    }

    private void insert(String output, JsonNode root) throws SQLException, IOException {
        JsonNode node = root.get("deliberation");
        Deliberation d = node == null || node.isNull() ? null : json.treeToValue(node, Deliberation.class);
        long id;
        try (PreparedStatement i = db.prepareStatement("INSERT INTO documents (output, source, sha256, document_type,"
                + " authority, body, session_date, number, title, president, outcome) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            i.setString(1, output);
            i.setString(2, root.path("source").asText(null));
            i.setString(3, root.get("sha256").asText());
            i.setString(4, d == null ? null : d.documentType());
            i.setString(5, d == null ? null : d.authority());
            i.setString(6, d == null ? null : d.body());
            i.setString(7, d == null || d.sessionDate() == null ? null : d.sessionDate().toString());
            i.setString(8, d == null ? null : d.number());
            i.setString(9, d == null ? null : d.title());
            i.setString(10, d == null ? null : d.president());
            i.setString(11, d == null ? null : d.outcome());
            i.executeUpdate();
            try (ResultSet keys = i.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement p = db.prepareStatement("INSERT INTO pages VALUES (?,?,?,?,?)")) {
            for (JsonNode page : root.path("pages")) {
                p.setLong(1, id);
                p.setInt(2, page.get("number").asInt());
                p.setString(3, page.get("method").asText());
                p.setObject(4, page.hasNonNull("confidence") ? page.get("confidence").asDouble() : null);
                p.setString(5, page.path("error").asText(null));
                p.addBatch();
            }
            p.executeBatch();
        }
        Set<String> names = new LinkedHashSet<>();
        if (d != null) {
            insertRecords(id, d, names);
        }
        for (JsonNode entity : root.path("entities")) {
            names.add(entity.path("text").asText());
        }
        try (PreparedStatement s = db.prepareStatement("INSERT INTO search (rowid, title, names, text) VALUES (?,?,?,?)")) {
            s.setLong(1, id);
            s.setString(2, d == null ? null : d.title());
            s.setString(3, String.join(" ; ", names));
            s.setString(4, root.path("text").asText());
            s.executeUpdate();
        }
    }

    private void insertRecords(long id, Deliberation d, Set<String> names) throws SQLException {
        try (PreparedStatement a = db.prepareStatement("INSERT INTO attendance VALUES (?,?,?,?)")) {
            Deliberation.Attendance at = d.attendance();
            addAttendance(a, id, at.present(), "present", names);
            for (Deliberation.Proxy p : at.represented()) {
                a.setLong(1, id);
                a.setString(2, p.member());
                a.setString(3, "represented");
                a.setString(4, p.proxy());
                a.addBatch();
                names.add(p.member());
            }
            addAttendance(a, id, at.excused(), "excused", names);
            addAttendance(a, id, at.absent(), "absent", names);
            a.executeBatch();
        }
        try (PreparedStatement v = db.prepareStatement("INSERT INTO votes VALUES (?,?,?,?,?,?,?,?)");
             PreparedStatement n = db.prepareStatement("INSERT INTO vote_names VALUES (?,?,?,?)")) {
            int position = 0;
            for (Deliberation.Vote vote : d.votes()) {
                v.setLong(1, id);
                v.setInt(2, ++position);
                v.setString(3, vote.item());
                v.setObject(4, vote.forCount());
                v.setObject(5, vote.against());
                v.setObject(6, vote.abstentions());
                v.setInt(7, vote.unanimous() ? 1 : 0);
                v.setString(8, vote.outcome());
                v.addBatch();
                // who voted what, when the text names them
                for (Map.Entry<String, List<String>> named : Map.of("for", vote.forNames(), "against", vote.againstNames(), "abstained", vote.abstainers(),
                        "not voting", vote.notVotingNames()).entrySet()) {
                    for (String person : named.getValue()) {
                        n.setLong(1, id);
                        n.setInt(2, position);
                        n.setString(3, person);
                        n.setString(4, named.getKey());
                        n.addBatch();
                    }
                }
            }
            v.executeBatch();
            n.executeBatch();
        }
        try (PreparedStatement i = db.prepareStatement("INSERT INTO items VALUES (?,?,?,?,?)")) {
            int position = 0;
            for (Deliberation.Item item : d.items()) {
                i.setLong(1, id);
                i.setInt(2, ++position);
                i.setString(3, item.number());
                i.setString(4, item.title());
                i.setString(5, item.outcome());
                i.addBatch();
            }
            i.executeBatch();
        }
        try (PreparedStatement w = db.prepareStatement("INSERT INTO warnings VALUES (?,?)")) {
            for (String warning : d.warnings()) {
                w.setLong(1, id);
                w.setString(2, warning);
                w.addBatch();
            }
            w.executeBatch();
        }
        try (PreparedStatement g = db.prepareStatement("INSERT INTO grants VALUES (?,?,?,?)")) {
            for (Deliberation.Beneficiary b : d.beneficiaries()) {
                g.setLong(1, id);
                g.setString(2, b.name());
                g.setString(3, b.amount() == null ? null : b.amount().toPlainString());
                g.setString(4, b.currency());
                g.addBatch();
                names.add(b.name());
            }
            g.executeBatch();
        }
    }

    private static void addAttendance(PreparedStatement a, long id, List<String> people, String role, Set<String> names)
            throws SQLException {
        for (String person : people) {
            a.setLong(1, id);
            a.setString(2, person);
            a.setString(3, role);
            a.setString(4, null);
            a.addBatch();
            names.add(person);
        }
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
