package org.openbcf.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class RiskHeatMapTest {

    @Test
    void theNhsMapNamesConsequenceRowsAndCountsOffMatrixRisksApart() {
        RiskHeatMap map = RiskHeatMap.of(RiskMatrix.nhsFiveByFive(),
                List.of(Risk.of("a", 5, 5), Risk.of("b", 5, 5), Risk.of("c", 1, 2), Risk.of("d", 6, 1)));
        assertThat(map.count(5, 5)).isEqualTo(2);
        assertThat(map.count(1, 2)).isEqualTo(1);
        assertThat(map.count(2, 1)).isZero();
        assertThat(map.total()).isEqualTo(3);
        assertThat(map.offMatrix()).isEqualTo(1);
        assertThat(map).hasToString(String.join("\n",
                "consequence \\ likelihood  1 Rare  2 Unlikely  3 Possible  4 Likely  5 Almost certain",
                "5 Catastrophic                 0           0           0         0                 2",
                "4 Major                        0           0           0         0                 0",
                "3 Moderate                     0           0           0         0                 0",
                "2 Minor                        1           0           0         0                 0",
                "1 Negligible                   0           0           0         0                 0"));
    }

    @Test
    void longRowLabelsWidenTheFirstColumn() {
        RiskMatrix matrix = RiskMatrix.of("2x1", RiskScale.of("l", "a", "b"), RiskScale.of("i", "Catastrophic"));
        assertThat(RiskHeatMap.of(matrix, List.of(Risk.of("x", 2, 1)))).hasToString(String.join("\n",
                "i \\ l           1 a  2 b",
                "1 Catastrophic    0    1"));
    }

    @Test
    void cellsOffTheMatrixCannotBeCounted() {
        RiskHeatMap map = RiskHeatMap.of(RiskMatrix.fourByFour(), List.of());
        assertThatThrownBy(() -> map.count(5, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("likelihood (5) must be between 1 and 4");
        assertThatThrownBy(() -> map.count(1, 0)).hasMessage("impact (0) must be between 1 and 4");
        assertThatThrownBy(() -> RiskHeatMap.of(null, List.of())).hasMessageContaining("matrix");
        assertThatThrownBy(() -> RiskHeatMap.of(RiskMatrix.fourByFour(), null)).hasMessageContaining("risks");
        assertThatThrownBy(() -> RiskHeatMap.of(RiskMatrix.fourByFour(), java.util.Arrays.asList((Risk) null)))
                .hasMessageContaining("risk");
    }

    @Test
    void mapsAreEqualWhenTheirCellsAre() {
        RiskHeatMap one = RiskHeatMap.of(RiskMatrix.fourByFour(), List.of(Risk.of("a", 1, 2)));
        RiskHeatMap same = RiskHeatMap.of(RiskMatrix.fourByFour(), List.of(Risk.of("b", 1, 2)));
        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(one).isNotEqualTo(RiskHeatMap.of(RiskMatrix.fourByFour(), List.of(Risk.of("a", 2, 1))));
        assertThat(one).isNotEqualTo(RiskHeatMap.of(RiskMatrix.fourByFour(), List.of(Risk.of("a", 1, 2), Risk.of("z", 9, 9))));
        assertThat(one).isNotEqualTo(RiskHeatMap.of(RiskMatrix.nhsFiveByFive(), List.of(Risk.of("a", 1, 2))));
        assertThat(one).isNotEqualTo("map");
        assertThat(one.hashCode()).isNotEqualTo(RiskHeatMap.of(RiskMatrix.fourByFour(), List.of(Risk.of("a", 1, 2), Risk.of("z", 9, 9))).hashCode())
                .isNotEqualTo(RiskHeatMap.of(RiskMatrix.nhsFiveByFive(), List.of(Risk.of("a", 1, 2))).hashCode());
    }
}
