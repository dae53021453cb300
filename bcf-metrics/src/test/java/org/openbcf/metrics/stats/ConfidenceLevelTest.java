package org.openbcf.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConfidenceLevelTest {

    @Test
    void namedLevels() {
        assertThat(ConfidenceLevel.NINETY_FIVE.value()).isEqualTo(0.95);
        assertThat(ConfidenceLevel.NINETY_NINE_POINT_EIGHT.value()).isEqualTo(0.998);
        assertThat(ConfidenceLevel.NINETY_FIVE.halfAlpha()).isCloseTo(0.025, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(ConfidenceLevel.NINETY_FIVE).isLessThan(ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
    }

    @Test
    void parsesFractionsAndPercentages() {
        assertThat(ConfidenceLevel.parse("0.95")).isEqualTo(ConfidenceLevel.NINETY_FIVE);
        assertThat(ConfidenceLevel.parse("99.8%")).isEqualTo(ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
        assertThat(ConfidenceLevel.parse(ConfidenceLevel.of(0.9).toString())).isEqualTo(ConfidenceLevel.of(0.9));
        assertThat(ConfidenceLevel.NINETY_FIVE).hasToString("0.95");
    }

    @Test
    void rejectsLevelsOutsideZeroToOne() {
        assertThatThrownBy(() -> ConfidenceLevel.of(1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("confidence level (1.0) must be between 0 and 1, exclusive");
        assertThatThrownBy(() -> ConfidenceLevel.of(0.0)).hasMessageContaining("(0.0)");
        assertThatThrownBy(() -> ConfidenceLevel.of(Double.NaN)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> ConfidenceLevel.parse("95")).hasMessageContaining("(95.0)");
        assertThatThrownBy(() -> ConfidenceLevel.parse("high")).hasMessageContaining("'high' is not a number");
        assertThatThrownBy(() -> ConfidenceLevel.parse(null)).isInstanceOf(NullPointerException.class);
    }
}
