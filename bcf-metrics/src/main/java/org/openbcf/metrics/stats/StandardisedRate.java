package org.openbcf.metrics.stats;

import java.util.Objects;
import java.util.Optional;

import org.openbcf.core.internal.Checks;

/**
 * A directly standardised rate that is either computed (with its Dobson interval) or suppressed with
 * the reason, e.g. {@code suppressed: total count (7) is below 10}.
 *
 * <p>Source: {@code statistics.md}, "Directly age-standardised rate": when the total count is under
 * 10 the value and both limits are not available. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class StandardisedRate {

    // the estimate's components rather than an Estimate: one object a call instead of two (issue 16,
    // DSR per call); estimate() makes the record, equal to the one the fields describe
    private final long totalCount;
    private final double value;
    private final double lower;
    private final double upper;
    private final Method method;
    private final ConfidenceLevel confidence;
    private final String suppressionReason;

    private StandardisedRate(long totalCount, double value, double lower, double upper, Method method,
            ConfidenceLevel confidence, String suppressionReason) {
        this.totalCount = totalCount;
        this.value = value;
        this.lower = lower;
        this.upper = upper;
        this.method = method;
        this.confidence = confidence;
        this.suppressionReason = suppressionReason;
    }

    /** A computed rate; the components are checked as {@link Estimate}'s constructor checks them. */
    static StandardisedRate computed(long totalCount, double value, double lower, double upper, Method method,
            ConfidenceLevel confidence) {
        Estimate.check(value, lower, upper, method, confidence);
        return new StandardisedRate(totalCount, value, lower, upper, method, confidence, null);
    }

    static StandardisedRate suppressed(long totalCount, String reason) {
        return new StandardisedRate(totalCount, 0.0, 0.0, 0.0, null, null, Checks.notBlank(reason, "reason"));
    }

    /**
     * The total count over all bands, T, e.g. 2,140.
     *
     * @return the total count, at least 0
     */
    public long totalCount() {
        return totalCount;
    }

    /**
     * Whether the rate is suppressed (T below 10).
     *
     * @return true when suppressed
     */
    public boolean isSuppressed() {
        return method == null;
    }

    /**
     * The rate with its interval, empty when suppressed.
     *
     * @return the estimate, never null
     */
    public Optional<Estimate> estimate() {
        return Optional.ofNullable(estimateOrNull());
    }

    private Estimate estimateOrNull() {
        return method == null ? null : new Estimate(value, lower, upper, method, confidence);
    }

    /**
     * Why the rate is suppressed, e.g. {@code total count (7) is below 10}; empty when computed.
     *
     * @return the reason, never null
     */
    public Optional<String> suppressionReason() {
        return Optional.ofNullable(suppressionReason);
    }

    @Override
    public boolean equals(Object other) {
        // the doubles compared as Estimate (a record) compares them: Double.compare
        return other instanceof StandardisedRate that && totalCount == that.totalCount
                && Double.compare(value, that.value) == 0 && Double.compare(lower, that.lower) == 0
                && Double.compare(upper, that.upper) == 0 && method == that.method
                && Objects.equals(confidence, that.confidence)
                && Objects.equals(suppressionReason, that.suppressionReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(totalCount, estimateOrNull(), suppressionReason);
    }

    /**
     * The estimate or the reason, e.g. {@code suppressed: total count (7) is below 10}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return isSuppressed() ? "suppressed: " + suppressionReason : estimateOrNull().toString();
    }
}
