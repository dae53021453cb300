package org.openbcf.metrics.funnel;

/**
 * The four control limits of a funnel at one denominator, on the display scale, e.g. at 1,000
 * discharges around 92.2%: 95% 90.54 to 93.86, 99.8% 89.58 to 94.82.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param denominator the denominator (people for a proportion, expected count for a ratio,
 *                    population for a rate), positive
 * @param lower998    the 99.8% lower limit
 * @param lower95     the 95% lower limit
 * @param upper95     the 95% upper limit
 * @param upper998    the 99.8% upper limit
 * @since 0.1.0
 */
public record FunnelLimits(double denominator, double lower998, double lower95, double upper95, double upper998) {

    /**
     * Checks that the limits are finite and nested: {@code lower998 <= lower95 <= upper95 <= upper998}.
     *
     * @param denominator the denominator
     * @param lower998    the 99.8% lower limit
     * @param lower95     the 95% lower limit
     * @param upper95     the 95% upper limit
     * @param upper998    the 99.8% upper limit
     */
    public FunnelLimits {
        Funnel.requireDenominator(denominator);
        if (!(Double.isFinite(lower998) && Double.isFinite(upper998)
                && lower998 <= lower95 && lower95 <= upper95 && upper95 <= upper998)) {
            throw new IllegalArgumentException("funnel limits at " + denominator + " (" + lower998 + ", " + lower95
                    + ", " + upper95 + ", " + upper998 + ") must be finite and nested");
        }
    }

    /**
     * The position of a value at this denominator, limits included in the band they bound.
     *
     * @param value the value on the display scale
     * @return the position, never null
     */
    public FunnelPosition position(double value) {
        if (value > upper998) {
            return FunnelPosition.ABOVE_99_8;
        }
        if (value > upper95) {
            return FunnelPosition.ABOVE_95;
        }
        if (value < lower998) {
            return FunnelPosition.BELOW_99_8;
        }
        return value < lower95 ? FunnelPosition.BELOW_95 : FunnelPosition.WITHIN_95;
    }
}
