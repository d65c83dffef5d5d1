package fr.registre.export;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What the SCDL files need and a deliberation does not say: the authority's SIRET, its prefecture,
 * the ACTES subject code. Read from a properties file:
 * <pre>
 * COLL_NOM=Métropole Aix-Marseille-Provence
 * COLL_SIRET=20005480000000
 * PREF_ID=PREF013
 * DELIB_MATIERE_CODE=7.5
 * DELIB_MATIERE_NOM=finances locales/subventions
 * conditionsVersement=unique
 * </pre>
 */
public record ScdlConfig(Properties values) {

    public static ScdlConfig empty() {
        return new ScdlConfig(new Properties());
    }

    public static ScdlConfig read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new ScdlConfig(p);
    }

    /** The configured value, or {@code fallback}. */
    public String get(String key, String fallback) {
        String v = values.getProperty(key);
        return v == null || v.isBlank() ? fallback : v.strip();
    }
}
