package org.openbcf.metrics.target;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

import org.openbcf.core.internal.Checks;

/**
 * An actual (or projected) value assessed against its target, e.g. avoidable admissions 677.4
 * against a maximum of 728.3: on track, variance −50.9 (−6.99%) (G8, 2022-23 year-end return).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param target the target, not null
 * @param actual the actual, not null
 * @since 0.1.0
 */
public record Assessment(Target target, BigDecimal actual) {

    /**
     * The precision of {@link #percentageVariance()}: 16 significant digits, half-even
     * ({@link MathContext#DECIMAL64}), because the quotient rarely terminates.
     */
    public static final MathContext PERCENTAGE_PRECISION = MathContext.DECIMAL64;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Checks the components.
     *
     * @param target the target
     * @param actual the actual
     */
    public Assessment {
        Checks.notNull(target, "target");
        Checks.notNull(actual, "actual");
    }

    /**
     * Whether the target is met, equality included.
     *
     * @return true when met
     */
    public boolean isMet() {
        return target.isMetBy(actual);
    }

    /**
     * The status: {@link Status#ON_TRACK} when met.
     *
     * @return the status, never null
     */
    public Status status() {
        return isMet() ? Status.ON_TRACK : Status.NOT_ON_TRACK;
    }

    /**
     * The absolute variance {@code actual − target}, e.g. −50.9 (negative is good for a maximum).
     *
     * @return the variance, never null
     */
    public BigDecimal variance() {
        return actual.subtract(target.value());
    }

    /**
     * The variance as a percentage of the target, e.g. −6.988878209529040 for 677.4 against 728.3,
     * to {@link #PERCENTAGE_PRECISION}; empty when the target is zero.
     *
     * @return the percentage variance, never null
     */
    public Optional<BigDecimal> percentageVariance() {
        if (target.value().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(variance().multiply(HUNDRED).divide(target.value(), PERCENTAGE_PRECISION));
    }
}
