package org.openbcf.metrics.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.openbcf.core.Generators;

class OnTrackProperties {

    @Test
    void negatingTheFiguresSwapsTheDirectionWithoutChangingTheTrend() {
        qt().withFixedSeed(Generators.SEED)
                .forAll(integers().between(0, 10_000), integers().between(0, 10_000), integers().between(0, 10_000))
                .checkAssert((goal, actual, before) -> {
                    Trend lower = Trend.of(Bound.MAXIMUM, java.util.Optional.of(BigDecimal.valueOf(actual)),
                            java.util.Optional.of(BigDecimal.valueOf(before)));
                    Trend higher = Trend.of(Bound.MINIMUM, java.util.Optional.of(BigDecimal.valueOf(-actual)),
                            java.util.Optional.of(BigDecimal.valueOf(-before)));
                    assertThat(lower).isEqualTo(higher);
                });
    }

    @Test
    void meetingTheGoalIsExactlyActualNotWorseThanGoal() {
        qt().withFixedSeed(Generators.SEED)
                .forAll(integers().between(0, 10_000), integers().between(0, 10_000), integers().between(0, 10_000))
                .checkAssert((goal, actual, before) -> {
                    PeriodProgress max = PeriodProgress.of(Bound.MAXIMUM, BigDecimal.valueOf(goal),
                            BigDecimal.valueOf(actual), BigDecimal.valueOf(before));
                    assertThat(max.outcome() == ProgressOutcome.MET).isEqualTo(actual <= goal);
                    assertThat(max.outcome() == ProgressOutcome.IMPROVED_NOT_MET)
                            .isEqualTo(actual > goal && actual < before);
                });
    }
}
