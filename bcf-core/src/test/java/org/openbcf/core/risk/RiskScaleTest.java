package org.openbcf.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class RiskScaleTest {

    private final RiskScale likelihood = RiskScale.of("likelihood", "Unlikely", "Possible", "Likely", "Certain");

    @Test
    void levelsAreNumberedFromOne() {
        assertThat(likelihood.size()).isEqualTo(4);
        assertThat(likelihood.label(1)).isEqualTo("Unlikely");
        assertThat(likelihood.label(4)).isEqualTo("Certain");
        assertThat(likelihood.range()).isEqualTo("1-4");
        assertThat(likelihood.contains(0)).isFalse();
        assertThat(likelihood.contains(1)).isTrue();
        assertThat(likelihood.contains(4)).isTrue();
        assertThat(likelihood.contains(5)).isFalse();
        assertThat(likelihood.require(4)).isEqualTo(4);
        assertThat(likelihood.require(1)).isEqualTo(1);
    }

    @Test
    void aLevelOffTheScaleIsNamedWithTheScale() {
        assertThatThrownBy(() -> likelihood.label(5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("likelihood (5) must be between 1 and 4");
        assertThatThrownBy(() -> likelihood.require(0)).hasMessage("likelihood (0) must be between 1 and 4");
    }

    @Test
    void theCanonicalTextParsesBack() {
        assertThat(likelihood).hasToString("likelihood: 1 Unlikely, 2 Possible, 3 Likely, 4 Certain");
        assertThat(RiskScale.parse(likelihood.toString())).isEqualTo(likelihood);
        assertThat(RiskScale.parse(" consequence:1 Negligible,2 Almost  total ")).isEqualTo(
                RiskScale.of("consequence", "Negligible", "Almost  total"));
    }

    @Test
    void textWithoutNumberedLevelsDoesNotParse() {
        assertThatThrownBy(() -> RiskScale.parse("Unlikely, Possible")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unlikely, Possible").hasMessageContaining("name: 1 Label");
        assertThatThrownBy(() -> RiskScale.parse(": 1 A")).hasMessageContaining("name: 1 Label");
        assertThatThrownBy(() -> RiskScale.parse("impact: 1 Low, 3 High")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("level '3 High' must start with its number 2");
        assertThatThrownBy(() -> RiskScale.parse("impact: 1 Low, 2High")).hasMessageContaining("'2High'");
        assertThatThrownBy(() -> RiskScale.parse(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("text");
    }

    @Test
    void labelsAreStrippedAndCopied() {
        List<String> labels = new java.util.ArrayList<>(List.of(" Low ", "High"));
        RiskScale scale = new RiskScale(" impact ", labels);
        labels.set(0, "changed");
        assertThat(scale.name()).isEqualTo("impact");
        assertThat(scale.labels()).containsExactly("Low", "High");
    }

    @Test
    void badScalesAreRejectedWithFieldAndValue() {
        assertThatThrownBy(() -> RiskScale.of("impact")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("number of levels of the impact scale (0) must be between 1 and 1,000");
        assertThatThrownBy(() -> new RiskScale("impact", Collections.nCopies(1001, "x")))
                .hasMessageContaining("(1001) must be between 1 and 1,000");
        assertThat(new RiskScale("impact", Collections.nCopies(1000, "x")).size()).isEqualTo(1000);
        assertThatThrownBy(() -> RiskScale.of("impact", "Low", " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("impact level 2 label must not be blank");
        assertThatThrownBy(() -> RiskScale.of("impact", "Low, very")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("impact level 1 label 'Low, very' must not contain a comma or colon");
        assertThatThrownBy(() -> RiskScale.of("impact", "Low: very")).hasMessageContaining("'Low: very'");
        assertThatThrownBy(() -> RiskScale.of("im:pact", "Low")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scale name 'im:pact' must not contain a colon");
        assertThatThrownBy(() -> RiskScale.of(" ", "Low")).hasMessageContaining("scale name");
        assertThatThrownBy(() -> RiskScale.of("impact", (String[]) null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("labels");
        assertThatThrownBy(() -> new RiskScale("impact", null)).hasMessageContaining("labels");
    }
}
