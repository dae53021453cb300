package org.openbcf.metrics.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class LargestRemainderTest {

    @Test
    void leftoverUnitsGoToTheLargestRemainders() {
        // quotas 3.5, 3.2, 3.3 → floors 3, 3, 3; one left → the 0.5 remainder
        assertThat(LargestRemainder.apportion(10, List.of(35, 32, 33))).containsExactly(4L, 3L, 3L);
        // quotas 1.6, 1.6, 6.8 → floors 1, 1, 6; two left → 0.8 then the earlier 0.6
        assertThat(LargestRemainder.apportion(10, List.of(16, 16, 68))).containsExactly(2L, 1L, 7L);
    }

    @Test
    void equalRemaindersFavourTheEarlierPart() {
        assertThat(LargestRemainder.apportion(1, List.of(1, 1, 1))).containsExactly(1L, 0L, 0L);
        assertThat(LargestRemainder.apportion(2, List.of(1, 1, 1))).containsExactly(1L, 1L, 0L);
    }

    @Test
    void exactQuotasNeedNoRemainder() {
        assertThat(LargestRemainder.apportion(6, List.of(1, 2, 3))).containsExactly(1L, 2L, 3L);
        assertThat(LargestRemainder.apportion(5, List.of(0, 1))).containsExactly(0L, 5L);
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> LargestRemainder.apportion(-1, List.of(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("total (-1) must not be negative");
        assertThatThrownBy(() -> LargestRemainder.apportion(1, List.of(1, -2))).hasMessageContaining("weight (-2)");
        assertThatThrownBy(() -> LargestRemainder.apportion(1, List.of(0, 0))).hasMessageContaining("must sum to more than 0");
        // issue 17: a total whose products need more than 63 bits is now split exactly
        assertThat(LargestRemainder.apportion(Long.MAX_VALUE, List.of(2, 3)))
                .containsExactly(3689348814741910323L, 5534023222112865484L);
        assertThatThrownBy(() -> LargestRemainder.apportion(1, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("weights");
    }
}
