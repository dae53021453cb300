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

    private final long totalCount;
    private final Estimate estimate;
    private final String suppressionReason;

    private StandardisedRate(long totalCount, Estimate estimate, String suppressionReason) {
        this.totalCount = totalCount;
        this.estimate = estimate;
        this.suppressionReason = suppressionReason;
    }

    static StandardisedRate computed(long totalCount, Estimate estimate) {
        return new StandardisedRate(totalCount, Checks.notNull(estimate, "estimate"), null);
    }

    static StandardisedRate suppressed(long totalCount, String reason) {
        return new StandardisedRate(totalCount, null, Checks.notBlank(reason, "reason"));
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
        return estimate == null;
    }

    /**
     * The rate with its interval, empty when suppressed.
     *
     * @return the estimate, never null
     */
    public Optional<Estimate> estimate() {
        return Optional.ofNullable(estimate);
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
        return other instanceof StandardisedRate that && totalCount == that.totalCount
                && Objects.equals(estimate, that.estimate)
                && Objects.equals(suppressionReason, that.suppressionReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(totalCount, estimate, suppressionReason);
    }

    /**
     * The estimate or the reason, e.g. {@code suppressed: total count (7) is below 10}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return isSuppressed() ? "suppressed: " + suppressionReason : estimate.toString();
    }
}
