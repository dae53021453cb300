package org.openbcf.metrics.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbcf.core.time.FinancialYear;

/** Profile limits by example (issue 17); the laws at the limits are in {@link ProfileLimitsProperties}. */
class ProfileLimitsTest {

    private static WorkingDayProfile profile(int start) {
        return WorkingDayProfile.of(FinancialYear.of(start), HolidayCalendar.englandAndWales());
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
