package fr.registre.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import fr.registre.model.AnalysedDocument;

/**
 * A register of decades read as one text (a 50 MB transcription, a whole year of minutes): time
 * grows with the length of the text, not with its square. Four times the text must take about four
 * times as long, measured on attendance lists of invented names, where every name is checked
 * against every other as an OCR variant and every tagged span against the others.
 */
class LongTextTest {

    private static final List<String> SYLLABLES = List.of("BER", "TRAN", "MON", "TIN", "LA", "CROIX", "DU", "VAL",
            "GAR", "NIER", "ROU", "SSEL", "PE", "RRIN", "CHA", "MBON", "FAU", "RE", "LE", "BLANC", "MAR", "CHAND");
    private static final List<String> FIRST_NAMES = List.of("Claire", "Paul", "Sophie", "Bernard", "Nadia", "Louis",
            "Hélène", "Marc", "Julie", "Yves");

    /** Minutes of {@code sessions} sittings, each with its own attendance of invented members. */
    private static String minutes(int sessions, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < sessions; s++) {
            text.append("Séance du ").append(1 + s % 28).append(" mars 1987\n\nPrésents : ");
            for (int m = 0; m < 12; m++) {
                String surname = SYLLABLES.get(random.nextInt(SYLLABLES.size())) + SYLLABLES.get(random.nextInt(SYLLABLES.size()))
                        + SYLLABLES.get(random.nextInt(SYLLABLES.size()));
                text.append(m % 2 == 0 ? "M. " : "Mme ").append(FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())))
                        .append(' ').append(surname).append(m < 11 ? ", " : ".\n\n");
            }
            text.append("Le conseil municipal, après en avoir délibéré, approuve la convention avec ")
                    .append("l'association Les Amis du Vieux Moulin et autorise le maire à la signer.\n\f");
        }
        return text.toString();
    }

    private static double seconds(Registre registre, String text) {
        long start = System.nanoTime();
        AnalysedDocument analysed = registre.analyse(text, "minutes.txt");
        assertTrue(analysed.entities().size() > 0);
        return (System.nanoTime() - start) / 1e9;
    }

    @Test
    void fourTimesTheTextTakesAboutFourTimesAsLong() {
        try (Registre registre = Registre.open(RegistreConfig.defaults().withoutOcr().withJobs(1))) {
            String small = minutes(400, 1);
            String large = minutes(1600, 2);
            seconds(registre, small); // warm up
            double smallTime = Math.min(seconds(registre, small), seconds(registre, small));
            double largeTime = seconds(registre, large);
            assertTrue(largeTime < 8 * smallTime, String.format("%d chars: %.2f s; %d chars: %.2f s",
                    small.length(), smallTime, large.length(), largeTime));
        }
    }
}
