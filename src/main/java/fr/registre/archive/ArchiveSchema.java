package fr.registre.archive;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables of an archive: one row per document (its source's hash says whether it changed), its
 * pages, attendance, votes and grants, and a full-text index of texts and names that folds case and
 * accents (SQLite FTS5, {@code unicode61 remove_diacritics 2}), so "deliberation" finds
 * "Délibération" and "BERTRAND" finds "Bertrand". The tables other than reviews can always be
 * rebuilt from the outputs, and are when their layout changes.
 */
final class ArchiveSchema {

    private static final List<String> TABLES = List.of(
            "CREATE TABLE IF NOT EXISTS documents (id INTEGER PRIMARY KEY, output TEXT NOT NULL UNIQUE, source TEXT,"
                    + " sha256 TEXT NOT NULL, document_type TEXT, authority TEXT, body TEXT, session_date TEXT,"
                    + " number TEXT, title TEXT, president TEXT, outcome TEXT)",
            "CREATE TABLE IF NOT EXISTS pages (document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                    + " number INTEGER NOT NULL, method TEXT NOT NULL, confidence REAL, error TEXT)",
            "CREATE TABLE IF NOT EXISTS attendance (document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                    + " person TEXT NOT NULL, role TEXT NOT NULL, proxy TEXT)",
            "CREATE TABLE IF NOT EXISTS votes (document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                    + " position INTEGER NOT NULL, item TEXT, for_count INTEGER, against INTEGER, abstentions INTEGER,"
                    + " unanimous INTEGER NOT NULL, outcome TEXT)",
            "CREATE TABLE IF NOT EXISTS grants (document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                    + " beneficiary TEXT NOT NULL, amount TEXT, currency TEXT)",
            // reviews name their document by output path, not by row id, so that they outlive re-indexing
            "CREATE TABLE IF NOT EXISTS reviews (id INTEGER PRIMARY KEY, output TEXT NOT NULL, kind TEXT NOT NULL,"
                    + " target TEXT NOT NULL, value TEXT, reviewer TEXT, at TEXT NOT NULL)",
            "CREATE INDEX IF NOT EXISTS reviews_output ON reviews(output)",
            // persons are rebuilt from the attendance after each indexing; what a reviewer kept apart stays
            "CREATE TABLE IF NOT EXISTS persons (id INTEGER PRIMARY KEY, authority TEXT NOT NULL, name TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS person_names (person INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,"
                    + " written TEXT NOT NULL, reason TEXT NOT NULL)",
            "CREATE INDEX IF NOT EXISTS person_names_written ON person_names(written)",
            "CREATE TABLE IF NOT EXISTS kept_apart (authority TEXT NOT NULL, written TEXT NOT NULL, PRIMARY KEY (authority, written))",
            "CREATE TABLE IF NOT EXISTS warnings (document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                    + " warning TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS vote_names (document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                    + " position INTEGER NOT NULL, person TEXT NOT NULL, choice TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS items (document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                    + " position INTEGER NOT NULL, number TEXT, title TEXT, outcome TEXT)",
            "CREATE TABLE IF NOT EXISTS organisations (id INTEGER PRIMARY KEY, authority TEXT NOT NULL, name TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS organisation_names (organisation INTEGER NOT NULL REFERENCES organisations(id)"
                    + " ON DELETE CASCADE, written TEXT NOT NULL, reason TEXT NOT NULL)",
            "CREATE INDEX IF NOT EXISTS organisation_names_written ON organisation_names(written)",
            "CREATE INDEX IF NOT EXISTS attendance_person ON attendance(person)",
            "CREATE INDEX IF NOT EXISTS grants_beneficiary ON grants(beneficiary)",
            "CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(title, names, text,"
                    + " tokenize = 'unicode61 remove_diacritics 2')");

    /** The layout of the tables; an archive of an older layout is rebuilt from the outputs. */
    private static final int VERSION = 2;
    /** What indexing derives from the outputs, dropped when the layout changes; reviews and separations stay. */
    private static final List<String> DERIVED = List.of("search", "organisation_names", "organisations", "items", "vote_names",
            "warnings", "person_names", "persons", "grants", "votes", "attendance", "pages", "documents");

    private ArchiveSchema() {
    }

    static void create(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            int stored;
            try (java.sql.ResultSet r = s.executeQuery("PRAGMA user_version")) {
                stored = r.next() ? r.getInt(1) : 0;
            }
            if (stored < VERSION) {
                for (String table : DERIVED) {
                    s.execute("DROP TABLE IF EXISTS " + table);
                }
            }
            for (String ddl : TABLES) {
                s.execute(ddl);
            }
            s.execute("PRAGMA user_version = " + VERSION);
        }
    }
}
