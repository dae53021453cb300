package org.openbcf.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConfidenceLevelTest {

    @Test
    void zFor95PercentMatchesStatisticsMd() {
        assertThat(ConfidenceLevel.NINETY_FIVE.z()).isCloseTo(1.959963984540054, Close.to(1.959963984540054));
    }

    @Test
    void zFor99Point8PercentMatchesStatisticsMd() {
        assertThat(ConfidenceLevel.NINETY_NINE_POINT_EIGHT.z()).isCloseTo(3.090232306167813, Close.to(3.090232306167813));
    }

    @Test
    void halfAlphaIsTheTwoSidedTail() {
        assertThat(ConfidenceLevel.of(0.9).halfAlpha()).isCloseTo(0.05, Close.to(0.05));
    }

    @Test
    void parsesFractionsAndPercentages() {
        assertThat(ConfidenceLevel.parse("0.95")).isEqualTo(ConfidenceLevel.NINETY_FIVE);
        assertThat(ConfidenceLevel.parse(" 99.8% ")).isEqualTo(ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
        assertThat(ConfidenceLevel.parse("95 %")).isEqualTo(ConfidenceLevel.NINETY_FIVE);
    }

    @Test
    void toStringIsWhatParseAccepts() {
        assertThat(ConfidenceLevel.NINETY_NINE_POINT_EIGHT).hasToString("0.998");
        assertThat(ConfidenceLevel.parse(ConfidenceLevel.of(0.9).toString())).isEqualTo(ConfidenceLevel.of(0.9));
    }

    @Test
    void ordersByLevel() {
        assertThat(ConfidenceLevel.NINETY_FIVE).isLessThan(ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
        assertThat(ConfidenceLevel.NINETY_FIVE.compareTo(ConfidenceLevel.of(0.95))).isZero();
    }

    @Test
    void rejectsLevelsOutsideZeroToOne() {
        assertThatThrownBy(() -> ConfidenceLevel.of(1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("confidence level (1.0)").hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> ConfidenceLevel.of(0.0)).hasMessageContaining("confidence level (0.0)");
        assertThatThrownBy(() -> ConfidenceLevel.of(Double.NaN)).hasMessageContaining("confidence level (NaN)");
        assertThatThrownBy(() -> ConfidenceLevel.parse("95")).hasMessageContaining("confidence level (95.0)");
    }

    @Test
    void rejectsTextThatIsNotANumber() {
        assertThatThrownBy(() -> ConfidenceLevel.parse("high")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'high'").hasMessageContaining("0.95 or 95%");
        assertThatThrownBy(() -> ConfidenceLevel.parse(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("text");
    }
}
