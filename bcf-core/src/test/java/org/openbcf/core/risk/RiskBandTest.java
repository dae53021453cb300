package org.openbcf.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RiskBandTest {

    private final RiskBand high = RiskBand.of("High", 8, 12);

    @Test
    void aBandHoldsItsEndsAndEverythingBetween() {
        assertThat(high.contains(7)).isFalse();
        assertThat(high.contains(8)).isTrue();
        assertThat(high.contains(12)).isTrue();
        assertThat(high.contains(13)).isFalse();
        assertThat(RiskBand.of("One", 5, 5).contains(5)).isTrue();
    }

    @Test
    void bandsOverlapWhenTheyShareAScore() {
        assertThat(high.overlaps(RiskBand.of("Moderate", 4, 7))).isFalse();
        assertThat(high.overlaps(RiskBand.of("Moderate", 4, 8))).isTrue();
        assertThat(high.overlaps(RiskBand.of("Extreme", 12, 25))).isTrue();
        assertThat(high.overlaps(RiskBand.of("Extreme", 13, 25))).isFalse();
        assertThat(high.overlaps(RiskBand.of("Inner", 9, 10))).isTrue();
        assertThat(high.overlaps(RiskBand.of("Outer", 1, 25))).isTrue();
        assertThatThrownBy(() -> high.overlaps(null)).hasMessageContaining("other");
    }

    @Test
    void theCanonicalTextParsesBack() {
        assertThat(high).hasToString("High 8-12");
        assertThat(RiskBand.parse("High 8-12")).isEqualTo(high);
        assertThat(RiskBand.parse(" Extreme 15\u201325 ")).isEqualTo(RiskBand.of("Extreme", 15, 25));
        assertThat(RiskBand.parse("Very high 16-25")).isEqualTo(RiskBand.of("Very high", 16, 25));
        assertThat(RiskBand.parse("Low- 1 - 3")).isEqualTo(RiskBand.of("Low-", 1, 3));
    }

    @Test
    void badTextIsRejectedWithTheText() {
        assertThatThrownBy(() -> RiskBand.parse("High")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("risk band 'High' is not of the form 'name min-max'");
        assertThatThrownBy(() -> RiskBand.parse("High 8")).hasMessageContaining("'High 8'");
        assertThatThrownBy(() -> RiskBand.parse(" 8-12")).hasMessageContaining("not of the form");
        assertThatThrownBy(() -> RiskBand.parse("High a-12")).hasMessageContaining("not of the form");
        assertThatThrownBy(() -> RiskBand.parse("High 8-x")).hasMessageContaining("not of the form");
        assertThatThrownBy(() -> RiskBand.parse("High 8-99999999999")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("risk band 'High 8-99999999999' has a score above 1000000");
        assertThatThrownBy(() -> RiskBand.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void badBandsAreRejectedWithFieldAndValue() {
        assertThatThrownBy(() -> RiskBand.of("Low", 0, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lowest score of band Low (0) must be between 1 and 1,000,000");
        assertThatThrownBy(() -> RiskBand.of("Low", 4, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("highest score of band Low (3) must be between 4 and 1,000,000");
        assertThatThrownBy(() -> RiskBand.of("Low", 1, 1_000_001)).hasMessageContaining("(1000001)");
        assertThat(RiskBand.of("All", 1, 1_000_000).max()).isEqualTo(1_000_000);
        assertThatThrownBy(() -> RiskBand.of(" ", 1, 3)).hasMessageContaining("band name");
        assertThat(RiskBand.of(" Low ", 1, 3).name()).isEqualTo("Low");
    }
}
