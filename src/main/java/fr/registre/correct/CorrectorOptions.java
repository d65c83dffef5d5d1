package fr.registre.correct;

/**
 * How the corrector works.
 *
 * @param threshold  changes with a lower confidence are proposed, not applied
 * @param typography also normalise typography (list bullets read as letters)
 * @param roster     surnames known from outside the document
 */
public record CorrectorOptions(double threshold, boolean typography, Roster roster) {

    public CorrectorOptions {
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be within 0..1: " + threshold);
        }
    }

    public static CorrectorOptions defaults() {
        return new CorrectorOptions(0.5, true, Roster.empty());
    }

    public CorrectorOptions withThreshold(double t) {
        return new CorrectorOptions(t, typography, roster);
    }

    public CorrectorOptions withTypography(boolean on) {
        return new CorrectorOptions(threshold, on, roster);
    }

    public CorrectorOptions withRoster(Roster r) {
        return new CorrectorOptions(threshold, typography, r);
    }
}
