package org.openbcf.metrics.stats;

import java.math.BigDecimal;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The confidence level of an interval, strictly between 0 and 1, e.g. {@code 0.95}.
 *
 * <p>Public-health publications use 95% and 99.8% (roughly two and three standard deviations);
 * both are named constants. This class is immutable and thread-safe.
 *
 * @param value the level, 0 &lt; value &lt; 1
 * @since 0.1.0
 */
public record ConfidenceLevel(double value) implements Comparable<ConfidenceLevel> {

    /** 95%, the usual level for a single indicator. */
    public static final ConfidenceLevel NINETY_FIVE = new ConfidenceLevel(0.95);
    /** 99.8%, used by PHE Fingertips and funnel plots for control limits. */
    public static final ConfidenceLevel NINETY_NINE_POINT_EIGHT = new ConfidenceLevel(0.998);

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0.0, 1.0);

    /**
     * The quantiles of the two usual levels, computed once by the same formula as every other level,
     * so that a rate or interval per call does not invert the normal distribution (issue 16).
     */
    private static final double Z_NINETY_FIVE = quantile(NINETY_FIVE.halfAlpha());
    private static final double Z_NINETY_NINE_POINT_EIGHT = quantile(NINETY_NINE_POINT_EIGHT.halfAlpha());

    /** The last other level asked for and its quantile, {value, z}: an immutable pair swapped whole. */
    private static volatile double[] lastQuantile = {Double.NaN, Double.NaN};

    /**
     * Checks the level.
     *
     * @param value the level
     */
    public ConfidenceLevel {
        if (!(value > 0.0 && value < 1.0)) {
            throw new IllegalArgumentException("confidence level (" + value + ") must be between 0 and 1, exclusive");
        }
    }

    /**
     * The level as a fraction: {@code of(0.95)}.
     *
     * @param value the level, 0 &lt; value &lt; 1
     * @return the level, never null
     */
    public static ConfidenceLevel of(double value) {
        return new ConfidenceLevel(value);
    }

    /**
     * Parses {@code 0.95} or {@code 95%}.
     *
     * @param text the text, not null
     * @return the level, never null
     * @throws IllegalArgumentException when the text is not a level in (0, 1)
     */
    public static ConfidenceLevel parse(CharSequence text) {
        if (text == null) {
            throw new NullPointerException("text must not be null");
        }
        String trimmed = text.toString().strip();
        try {
            if (trimmed.endsWith("%")) {
                return of(new BigDecimal(trimmed.substring(0, trimmed.length() - 1).strip())
                        .movePointLeft(2).doubleValue());
            }
            return of(new BigDecimal(trimmed).doubleValue());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("confidence level '" + trimmed + "' is not a number such as 0.95 or 95%", e);
        }
    }

    /**
     * The two-sided tail probability, {@code (1 - value) / 2}.
     *
     * @return alpha over two
     */
    public double halfAlpha() {
        return (1.0 - value) / 2.0;
    }

    /**
     * The standard normal quantile {@code z = Φ⁻¹(value + (1 − value)/2)}: 1.959963984540054 for 95%,
     * 3.090232306167813 for 99.8% ({@code statistics.md}, "Confidence level").
     *
     * @return z, always positive
     */
    public double z() {
        if (value == 0.95) {
            return Z_NINETY_FIVE;
        }
        if (value == 0.998) {
            return Z_NINETY_NINE_POINT_EIGHT;
        }
        double[] last = lastQuantile;
        if (last[0] == value) {
            return last[1];
        }
        double z = quantile(halfAlpha());
        lastQuantile = new double[] {value, z};
        return z;
    }

    private static double quantile(double halfAlpha) {
        return STANDARD_NORMAL.inverseSurvivalProbability(halfAlpha);
    }

    @Override
    public int compareTo(ConfidenceLevel other) {
        return Double.compare(value, other.value);
    }

    /**
     * The canonical text, e.g. {@code 0.95}, which {@link #parse(CharSequence)} accepts.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
