package org.openbcf.metrics.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbcf.core.Generators;
import org.openbcf.core.time.FinancialYear;

class ProfileProperties {

    @Test
    void profilesSumToTheAnnualFigure() {
        qt().withFixedSeed(Generators.SEED)
                .forAll(integers().between(2010, 2029), longs().between(0, 100_000_000))
                .checkAssert((start, annual) -> {
                    WorkingDayProfile profile = WorkingDayProfile.of(FinancialYear.of(start),
                            HolidayCalendar.englandAndWales());
                    double whole = profile.monthlyWhole(annual).stream().mapToDouble(ProfiledMonth::target).sum();
                    assertThat(whole).isEqualTo((double) annual);
                    double exact = profile.monthly(annual).stream().mapToDouble(ProfiledMonth::target).sum();
                    assertThat(exact).isCloseTo(annual, within(Math.max(1e-9, annual * 1e-12)));
                    double quarters = profile.quarterly(profile.monthlyWhole(annual)).values().stream()
                            .mapToDouble(Double::doubleValue).sum();
                    assertThat(quarters).isEqualTo((double) annual);
                });
    }

    @Test
    void everyLargestRemainderPartIsWithinOneOfItsExactQuota() {
        qt().withFixedSeed(Generators.SEED)
                .forAll(longs().between(0, 1_000_000), lists().of(integers().between(0, 1000)).ofSizeBetween(1, 20))
                .assuming((total, weights) -> weights.stream().mapToInt(Integer::intValue).sum() > 0)
                .checkAssert((total, weights) -> {
                    List<Long> parts = LargestRemainder.apportion(total, weights);
                    double sum = weights.stream().mapToInt(Integer::intValue).sum();
                    assertThat(parts.stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
                    for (int i = 0; i < parts.size(); i++) {
                        double quota = total * weights.get(i) / sum;
                        assertThat((double) parts.get(i)).isBetween(Math.floor(quota) - 1e-9, Math.ceil(quota) + 1e-9);
                    }
                });
    }
}
