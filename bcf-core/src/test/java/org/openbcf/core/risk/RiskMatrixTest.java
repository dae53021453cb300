package org.openbcf.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class RiskMatrixTest {

    private static final RiskScale FOUR = RiskMatrix.fourByFour().likelihood();
    private static final RiskScale IMPACT = RiskMatrix.fourByFour().impact();

    @Test
    void theFourByFourIsTheMatrixPrintedInSchemeNn5() {
        // schemes and risks, section 2.1 (seed lines 7229-7240)
        RiskMatrix matrix = RiskMatrix.fourByFour();
        assertThat(matrix.name()).isEqualTo("4x4");
        assertThat(matrix.likelihood()).hasToString("likelihood: 1 Unlikely, 2 Possible, 3 Likely, 4 Certain");
        assertThat(matrix.impact()).hasToString("impact: 1 Negligible, 2 Minor, 3 Moderate, 4 Major");
        assertThat(matrix.reachableScores()).containsExactly(1, 2, 3, 4, 6, 8, 9, 12, 16);
        assertThat(matrix.maxScore()).isEqualTo(16);
        assertThat(matrix.bands()).isEmpty();
        assertThat(matrix.band(12)).isEmpty();
        assertThat(matrix.score(3, 4)).isEqualTo(12);
        assertThat(matrix.score(4, 1)).isEqualTo(4);
        assertThat(matrix).hasToString("4x4 (likelihood 1-4 x impact 1-4; no bands)");
    }

    @Test
    void theNhsFiveByFiveHasFourBandsWithGapsOnlyAtUnreachableScores() {
        RiskMatrix matrix = RiskMatrix.nhsFiveByFive();
        assertThat(matrix.likelihood().labels()).containsExactly("Rare", "Unlikely", "Possible", "Likely", "Almost certain");
        assertThat(matrix.impact().name()).isEqualTo("consequence");
        assertThat(matrix.impact().labels()).containsExactly("Negligible", "Minor", "Moderate", "Major", "Catastrophic");
        assertThat(matrix.reachableScores()).containsExactly(1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25);
        assertThat(matrix.maxScore()).isEqualTo(25);
        assertThat(matrix.band(1)).map(RiskBand::name).hasValue("Low");
        assertThat(matrix.band(3)).map(RiskBand::name).hasValue("Low");
        assertThat(matrix.band(4)).map(RiskBand::name).hasValue("Moderate");
        assertThat(matrix.band(6)).map(RiskBand::name).hasValue("Moderate");
        assertThat(matrix.band(7)).isEmpty();
        assertThat(matrix.band(8)).map(RiskBand::name).hasValue("High");
        assertThat(matrix.band(12)).map(RiskBand::name).hasValue("High");
        assertThat(matrix.band(14)).isEmpty();
        assertThat(matrix.band(15)).map(RiskBand::name).hasValue("Extreme");
        assertThat(matrix.band(25)).map(RiskBand::name).hasValue("Extreme");
        assertThat(matrix.band(26)).isEmpty();
        assertThat(matrix).hasToString(
                "5x5 (likelihood 1-5 x consequence 1-5; bands Low 1-3, Moderate 4-6, High 8-12, Extreme 15-25)");
    }

    @Test
    void presetsAreFoundByName() {
        assertThat(RiskMatrix.preset("4x4")).isSameAs(RiskMatrix.fourByFour());
        assertThat(RiskMatrix.preset(" 5X5 ")).isSameAs(RiskMatrix.nhsFiveByFive());
        assertThatThrownBy(() -> RiskMatrix.preset("3x3")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("risk matrix '3x3' must be 4x4 or 5x5");
        assertThatThrownBy(() -> RiskMatrix.preset(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("name");
    }

    @Test
    void aLevelOffTheScaleCannotBeScoredDirectly() {
        RiskMatrix matrix = RiskMatrix.fourByFour();
        assertThat(matrix.contains(4, 4)).isTrue();
        assertThat(matrix.contains(1, 1)).isTrue();
        assertThat(matrix.contains(5, 4)).isFalse();
        assertThat(matrix.contains(4, 5)).isFalse();
        assertThat(matrix.contains(0, 1)).isFalse();
        assertThatThrownBy(() -> matrix.score(4, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("impact (5) must be between 1 and 4");
        assertThatThrownBy(() -> matrix.score(0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("likelihood (0) must be between 1 and 4");
    }

    @Test
    void bandsAreKeptLowestFirst() {
        RiskMatrix matrix = RiskMatrix.of("4x4 banded", FOUR, IMPACT,
                List.of(RiskBand.of("Red", 9, 16), RiskBand.of("Green", 1, 4), RiskBand.of("Amber", 5, 8)));
        assertThat(matrix.bands()).extracting(RiskBand::name).containsExactly("Green", "Amber", "Red");
        assertThat(matrix.band(8)).map(RiskBand::name).hasValue("Amber");
    }

    @Test
    void overlappingBandsAreRejected() {
        assertThatThrownBy(() -> RiskMatrix.of("bad", FOUR, IMPACT,
                List.of(RiskBand.of("Low", 1, 4), RiskBand.of("Moderate", 4, 6), RiskBand.of("High", 7, 16))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bands of matrix bad must not overlap: Low 1-4 and Moderate 4-6 share score 4");
    }

    @Test
    void overlapsAtUnreachableScoresAreRejectedToo() {
        // 7 is unreachable on 4x4, but two bands claiming it is still a wrong configuration
        assertThatThrownBy(() -> RiskMatrix.of("bad", FOUR, IMPACT,
                List.of(RiskBand.of("Low", 1, 7), RiskBand.of("High", 7, 16))))
                .hasMessageContaining("must not overlap").hasMessageContaining("share score 7");
    }

    @Test
    void aReachableScoreOutsideEveryBandIsRejected() {
        assertThatThrownBy(() -> RiskMatrix.of("gap", FOUR, IMPACT,
                List.of(RiskBand.of("Low", 1, 3), RiskBand.of("High", 5, 16))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bands of matrix gap must cover every reachable score: score 4 is in no band of "
                        + "[Low 1-3, High 5-16]");
        assertThatThrownBy(() -> RiskMatrix.of("top", FOUR, IMPACT, List.of(RiskBand.of("Low", 1, 12))))
                .hasMessageContaining("score 16 is in no band");
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> RiskMatrix.of(" ", FOUR, IMPACT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("matrix name");
        assertThatThrownBy(() -> RiskMatrix.of("m", null, IMPACT)).hasMessageContaining("likelihood");
        assertThatThrownBy(() -> RiskMatrix.of("m", FOUR, null)).hasMessageContaining("impact");
        assertThatThrownBy(() -> RiskMatrix.of("m", FOUR, IMPACT, null)).hasMessageContaining("bands");
        assertThatThrownBy(() -> RiskMatrix.of("m", FOUR, IMPACT, java.util.Arrays.asList((RiskBand) null)))
                .hasMessageContaining("bands[0]");
    }

    @Test
    void matricesAreEqualWhenNameScalesAndBandsAre() {
        RiskMatrix copy = RiskMatrix.of("5x5", RiskMatrix.nhsFiveByFive().likelihood(),
                RiskMatrix.nhsFiveByFive().impact(), RiskMatrix.nhsFiveByFive().bands());
        assertThat(copy).isEqualTo(RiskMatrix.nhsFiveByFive()).hasSameHashCodeAs(RiskMatrix.nhsFiveByFive());
        assertThat(RiskMatrix.of("5x5", copy.likelihood(), copy.impact())).isNotEqualTo(copy);
        assertThat(RiskMatrix.of("other", copy.likelihood(), copy.impact(), copy.bands())).isNotEqualTo(copy);
        assertThat(RiskMatrix.of("5x5", copy.impact(), copy.impact(), copy.bands())).isNotEqualTo(copy);
        assertThat(RiskMatrix.of("5x5", copy.likelihood(), copy.likelihood(), copy.bands())).isNotEqualTo(copy);
        assertThat(copy).isNotEqualTo("5x5");
        assertThat(copy.hashCode()).isNotEqualTo(RiskMatrix.fourByFour().hashCode())
                .isNotEqualTo(RiskMatrix.of("5x5", copy.likelihood(), copy.impact()).hashCode());
    }
}
