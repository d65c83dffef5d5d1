package fr.registre.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.registre.Fixtures;

class ScanSetTest {

    @Test
    void bundledScansAreRegeneratedByteForByte(@TempDir Path dir) throws IOException {
        List<Path> written = ScanSet.generate(dir);
        assertEquals(12, written.size());
        for (Path file : written) {
            Path bundled = Fixtures.SCANS.resolve(file.getFileName());
            assertArrayEquals(Files.readAllBytes(bundled), Files.readAllBytes(file), file.getFileName().toString());
        }
    }

    @Test
    void errorRatesIgnoreLayoutButCountEveryCharacter() {
        assertEquals(0, ErrorRate.cer("Le  Bureau\nde la Métropole", "Le Bureau de la Métropole"));
        assertEquals(0, ErrorRate.cer("l’association", "l'association"));
        assertEquals(1.0 / 9, ErrorRate.cer("Métropole", "Metropole"), 1e-9);
        assertEquals(0.5, ErrorRate.wer("vu le", "vu la"), 1e-9);
    }
}
