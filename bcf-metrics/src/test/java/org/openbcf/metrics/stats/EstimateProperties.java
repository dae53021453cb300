package org.openbcf.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.openbcf.core.Generators;
import org.quicktheories.core.Gen;

/**
 * {@link Estimate}'s check, which folds its four conditions into one comparison, against the
 * conditions read one at a time.
 */
class EstimateProperties {

    private static final double[] SPECIAL = {
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE, -Double.MAX_VALUE,
        Double.MIN_VALUE, -Double.MIN_VALUE, 0.0, -0.0, 1.0, -1.0, 1e308, -1e308};

    /** Ordinary figures, special ones, and any bit pattern (other NaNs and subnormals among them). */
    private static Gen<Double> figures() {
        Gen<Double> special = integers().between(0, SPECIAL.length - 1).map(i -> SPECIAL[i]);
        Gen<Double> bits = longs().all().map(Double::longBitsToDouble);
        return doubles().between(-1e6, 1e6).mix(special, 30).mix(bits, 20);
    }

    /** The message the plain reading expects, or null when the figures are valid. */
    private static String expected(double value, double lower, double upper) {
        if (!Double.isFinite(value)) {
            return "value (" + value + ") must be a finite number";
        }
        if (!Double.isFinite(lower)) {
            return "lower limit (" + lower + ") must be a finite number";
        }
        if (!Double.isFinite(upper)) {
            return "upper limit (" + upper + ") must be a finite number";
        }
        if (lower > upper) {
            return "lower limit (" + lower + ") must not be above the upper limit (" + upper + ")";
        }
        return null;
    }

    @Test
    void acceptsExactlyFiniteOrderedFiguresAndNamesTheFirstThatFails() {
        qt().withFixedSeed(Generators.SEED).withExamples(20_000)
                .forAll(figures(), figures(), figures())
                .checkAssert((value, lower, upper) -> {
                    String message = expected(value, lower, upper);
                    Throwable thrown = catchThrowable(() -> new Estimate(value, lower, upper, Method.WILSON,
                            ConfidenceLevel.NINETY_FIVE));
                    if (message == null) {
                        assertThat(thrown).isNull();
                    } else {
                        assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
                    }
                });
    }

    @Test
    void ordinaryOrderedFiguresAreKeptAsGiven() {
        qt().withFixedSeed(Generators.SEED)
                .forAll(doubles().between(-1e6, 1e6), doubles().between(-1e6, 1e6), doubles().between(0, 1e6))
                .checkAssert((value, lower, width) -> {
                    double upper = lower + width;
                    Estimate estimate = new Estimate(value, lower, upper, Method.BYARS, ConfidenceLevel.NINETY_FIVE);
                    assertThat(estimate.value()).isEqualTo(value);
                    assertThat(estimate.lower()).isEqualTo(lower);
                    assertThat(estimate.upper()).isEqualTo(upper);
                });
    }
}
