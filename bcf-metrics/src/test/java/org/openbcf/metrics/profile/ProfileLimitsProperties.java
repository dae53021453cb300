package org.openbcf.metrics.profile;

import static org.assertj.core.api.Assertions.assertThat;
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
}
