package org.openbcf.metrics.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbcf.core.Generators;
import org.openbcf.core.time.FinancialYear;

/** Integer profiles at the limits (issue 17, "integer profiles that do not add up"). */
class ProfileLimitsProperties {

    private static WorkingDayProfile profile(int start) {
        return WorkingDayProfile.of(FinancialYear.of(start), HolidayCalendar.englandAndWales());
    }

    @Test
    void wholeProfilesSumExactlyUpToTheMaximumAnnualFigure() {
        qt().withFixedSeed(Generators.SEED)
                .forAll(integers().between(2010, 2029),
                        longs().between(WorkingDayProfile.MAX_ANNUAL - 1_000_000, WorkingDayProfile.MAX_ANNUAL))
                .checkAssert((start, annual) -> {
                    WorkingDayProfile profile = profile(start);
                    List<ProfiledMonth> months = profile.monthlyWhole(annual);
                    long sum = 0;
                    for (ProfiledMonth month : months) {
                        long whole = (long) month.target();
                        assertThat((double) whole).isEqualTo(month.target());
                        sum = Math.addExact(sum, whole);
                    }
                    assertThat(sum).isEqualTo(annual);
                    double quarters = profile.quarterly(months).values().stream().mapToDouble(Double::doubleValue).sum();
                    assertThat((long) quarters).isEqualTo(annual);
                });
    }

    @Test
    void largestRemainderPartsSumExactlyForAnyLongTotal() {
        qt().withFixedSeed(Generators.SEED)
                .forAll(longs().between(Long.MAX_VALUE - 1_000_000, Long.MAX_VALUE).mix(longs().between(0, Long.MAX_VALUE)),
                        lists().of(longs().between(0, Long.MAX_VALUE / 40)).ofSizeBetween(1, 20))
                .assuming((total, weights) -> weights.stream().mapToLong(Long::longValue).sum() > 0)
                .checkAssert((total, weights) -> {
                    List<Long> parts = LargestRemainder.apportion(total, weights);
                    BigInteger sum = BigInteger.ZERO;
                    BigInteger weightSum = BigInteger.valueOf(weights.stream().mapToLong(Long::longValue).sum());
                    for (int i = 0; i < parts.size(); i++) {
                        sum = sum.add(BigInteger.valueOf(parts.get(i)));
                        BigInteger floor = BigInteger.valueOf(total).multiply(BigInteger.valueOf(weights.get(i)))
                                .divide(weightSum);
                        assertThat(BigInteger.valueOf(parts.get(i)).subtract(floor)).isBetween(BigInteger.ZERO, BigInteger.ONE);
                    }
                    assertThat(sum).isEqualTo(BigInteger.valueOf(total));
                });
    }

    @Test
    void issue17AnnualFiguresAboveTheLimitAreRefusedNamingTheField() {
        WorkingDayProfile profile = profile(2016);
        // issue 17: 400000000000000001 gave months summing to 400,000,000,000,000,012
        assertThatThrownBy(() -> profile.monthlyWhole(400_000_000_000_000_001L)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("annual target (400000000000000001) must be between 0 and 1,000,000,000");
        assertThatThrownBy(() -> profile.monthlyWhole(Long.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("annual target (9223372036854775807)");
        assertThatThrownBy(() -> profile.monthly(1e10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("annual target (1.0E10) must be at most 1,000,000,000");
        assertThat(profile.monthly(1e9)).hasSize(12);
        assertThat(profile.monthlyWhole(WorkingDayProfile.MAX_ANNUAL).stream().mapToLong(m -> (long) m.target()).sum())
                .isEqualTo(1_000_000_000L);
    }

    @Test
    void largestRemainderRefusesWeightsThatDoNotSumInALong() {
        assertThat(LargestRemainder.apportion(Long.MAX_VALUE, List.of(1L, 1L))).containsExactly(4611686018427387904L,
                4611686018427387903L);
        assertThatThrownBy(() -> LargestRemainder.apportion(1, List.of(Long.MAX_VALUE, 1L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must sum to at most 9223372036854775807");
    }
}
