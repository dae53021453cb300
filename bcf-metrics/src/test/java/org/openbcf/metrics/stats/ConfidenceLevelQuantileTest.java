package org.openbcf.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConfidenceLevelQuantileTest {

    @Test
    void zFor95PercentMatchesStatisticsMd() {
        assertThat(ConfidenceLevel.NINETY_FIVE.z()).isCloseTo(1.959963984540054, Close.to(1.959963984540054));
    }

    @Test
    void zFor99Point8PercentMatchesStatisticsMd() {
        assertThat(ConfidenceLevel.NINETY_NINE_POINT_EIGHT.z()).isCloseTo(3.090232306167813, Close.to(3.090232306167813));
    }

    @Test
    void zFor90PercentIsTheNormalQuantileOf95Percent() {
        assertThat(ConfidenceLevel.of(0.9).z()).isCloseTo(1.6448536269514729, Close.to(1.6448536269514729));
        assertThat(ConfidenceLevel.of(0.9).halfAlpha()).isCloseTo(0.05, Close.to(0.05));
    }

    @Test
    void parsesPercentagesWithSpaces() {
        assertThat(ConfidenceLevel.parse(" 99.8% ")).isEqualTo(ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
        assertThat(ConfidenceLevel.parse("95 %")).isEqualTo(ConfidenceLevel.NINETY_FIVE);
        assertThat(ConfidenceLevel.NINETY_NINE_POINT_EIGHT).hasToString("0.998");
        assertThat(ConfidenceLevel.NINETY_FIVE.compareTo(ConfidenceLevel.of(0.95))).isZero();
    }

    @Test
    void badTextNamesTheAcceptedForms() {
        assertThatThrownBy(() -> ConfidenceLevel.parse("high")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'high'").hasMessageContaining("0.95 or 95%");
        assertThatThrownBy(() -> ConfidenceLevel.parse(null)).hasMessageContaining("text");
    }
}
