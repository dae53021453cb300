package org.openbcf.core.risk;

import java.util.Optional;

import org.openbcf.core.finding.Findings;
import org.openbcf.core.internal.Checks;

/**
 * A risk as a register scores it: its score (likelihood × impact), whether it lies on the register's
 * matrix, its band, and the findings about it.
 *
 * <p>Example: {@code NN2-R3} on the 4×4 matrix scores 20, is off the matrix (impact 5), has no band,
 * and has one finding {@code R-RISK-2}. This class is immutable and thread-safe.
 *
 * @param risk     the risk, not null
 * @param onMatrix whether both levels lie on the register's scales
 * @param band     the band of the score; empty when off the matrix or the matrix has no bands; not null
 * @param findings the findings about this risk, not null (may be empty)
 * @since 0.1.0
 */
public record ScoredRisk(Risk risk, boolean onMatrix, Optional<RiskBand> band, Findings findings) {

    /**
     * Checks the components.
     *
     * @param risk     the risk
     * @param onMatrix whether both levels lie on the register's scales
     * @param band     the band of the score
     * @param findings the findings about this risk
     */
    public ScoredRisk {
        Checks.notNull(risk, "risk");
        Checks.notNull(band, "band");
        Checks.notNull(findings, "findings");
        if (band.isPresent() && !band.get().contains(risk.product())) {
            throw new IllegalArgumentException("band " + band.get() + " of risk " + risk.id()
                    + " must contain its score " + risk.product());
        }
    }

    /**
     * The score: likelihood × impact, e.g. 12.
     *
     * @return the score, at least 1
     */
    public int score() {
        return risk.product();
    }

    /**
     * The band's name, e.g. {@code High}, or the empty string when there is no band.
     *
     * @return the name, never null
     */
    public String bandName() {
        return band.map(RiskBand::name).orElse("");
    }
}
