package org.openbcf.metrics.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class OnTrackTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void g8AvoidableAdmissionsAreOnTrackWithTheYearsWords() {
        // G8 (2022-23 year-end): 677.4 against a maximum of 728.3 → "On track to meet target"
        PeriodProgress p = PeriodProgress.of(Bound.MAXIMUM, d("728.3"), d("677.4"), d("702.0"));
        assertThat(p.outcome()).isEqualTo(ProgressOutcome.MET);
        assertThat(p.wording(ProgressVocabulary.ON_TRACK_TO_MEET_TARGET)).contains("On track to meet target");
        assertThat(p.wording(ProgressVocabulary.ON_TRACK_2025_26)).contains("On track");
        assertThat(p.wording(ProgressVocabulary.MET_OR_NOT_MET)).contains("Met");
        assertThat(p.trend()).isEqualTo(Trend.IMPROVEMENT);
        assertThat(p.assessment().orElseThrow().variance()).isEqualByComparingTo("-50.9");
    }

    @Test
    void equalityMeetsInBothDirections() {
        // G8 reablement 86.5% against a minimum of 86.5%
        assertThat(PeriodProgress.of(Bound.MINIMUM, d("86.5"), d("86.50"), null).outcome()).isEqualTo(ProgressOutcome.MET);
        assertThat(PeriodProgress.of(Bound.MAXIMUM, d("607"), d("607"), null).outcome()).isEqualTo(ProgressOutcome.MET);
        assertThat(PeriodProgress.of(Bound.MINIMUM, d("86.5"), d("86.4"), null).outcome())
                .isEqualTo(ProgressOutcome.NOT_MET);
        assertThat(PeriodProgress.of(Bound.MAXIMUM, d("607"), d("607.1"), null).outcome())
                .isEqualTo(ProgressOutcome.NOT_MET);
    }

    @Test
    void the2015To16ThreeLevelWording() {
        // Norfolk Q3 2015/16: dementia diagnosis "On track for improved performance, but not to meet full target"
        PeriodProgress improved = PeriodProgress.of(Bound.MINIMUM, d("67"), d("62.1"), d("58.0"));
        assertThat(improved.outcome()).isEqualTo(ProgressOutcome.IMPROVED_NOT_MET);
        assertThat(improved.wording(ProgressVocabulary.QUARTERLY_2015_16))
                .contains("On track for improved performance, but not to meet full target");
        assertThat(improved.wording(ProgressVocabulary.ON_TRACK_TO_MEET_TARGET)).contains("Not on track to meet target");
        assertThat(improved.wording(ProgressVocabulary.ON_TRACK_2025_26)).contains("Not on track");
        PeriodProgress worse = PeriodProgress.of(Bound.MINIMUM, d("67"), d("57"), d("58.0"));
        assertThat(worse.wording(ProgressVocabulary.QUARTERLY_2015_16)).contains("No improvement in performance");
        assertThat(worse.trend()).isEqualTo(Trend.DETERIORATION);
        PeriodProgress same = PeriodProgress.of(Bound.MINIMUM, d("67"), d("58"), d("58.0"));
        assertThat(same.trend()).isEqualTo(Trend.NO_CHANGE);
        assertThat(same.outcome()).isEqualTo(ProgressOutcome.NOT_MET);
        assertThat(ProgressVocabulary.QUARTERLY_2015_16.hasImprovementLevel()).isTrue();
        assertThat(ProgressVocabulary.MET_OR_NOT_MET.hasImprovementLevel()).isFalse();
    }

    @Test
    void noActualIsDataNotAvailableAndThe2015To16WordingIsNotGuessed() {
        PeriodProgress none = PeriodProgress.of(Bound.MAXIMUM, d("100"), null, d("90"));
        assertThat(none.outcome()).isEqualTo(ProgressOutcome.NO_DATA);
        assertThat(none.trend()).isEqualTo(Trend.NOT_AVAILABLE);
        assertThat(none.assessment()).isEmpty();
        assertThat(none.wording(ProgressVocabulary.ON_TRACK_TO_MEET_TARGET))
                .contains("Data not available to assess progress");
        assertThat(none.wording(ProgressVocabulary.QUARTERLY_2015_16)).isEmpty();
        PeriodProgress noYearBefore = PeriodProgress.of(Bound.MAXIMUM, d("100"), d("120"), null);
        assertThat(noYearBefore.trend()).isEqualTo(Trend.NOT_AVAILABLE);
        assertThat(noYearBefore.outcome()).isEqualTo(ProgressOutcome.NOT_MET);
    }

    @Test
    void cumulativeActualAgainstCumulativeGoal() {
        // DTOC 2015/16 (R-16-11): good early months keep the year on track after later misses
        List<PeriodProgress> months = OnTrack.cumulative(Bound.MAXIMUM,
                List.of(d("100"), d("100"), d("100"), d("100")),
                Arrays.asList(d("80"), d("90"), d("120"), null),
                List.of(d("95"), d("95"), d("95")));
        assertThat(months).hasSize(4);
        assertThat(months.get(2).goal()).isEqualTo(Target.atMost(d("300")));
        assertThat(months.get(2).actual()).contains(d("290"));
        assertThat(months.get(2).outcome()).isEqualTo(ProgressOutcome.MET);
        assertThat(months.get(2).yearBefore()).contains(d("285"));
        assertThat(months.get(2).trend()).isEqualTo(Trend.DETERIORATION);
        assertThat(months.get(3).outcome()).isEqualTo(ProgressOutcome.NO_DATA);
        assertThat(months.get(3).yearBefore()).isEmpty();
        assertThat(months.get(0).trend()).isEqualTo(Trend.IMPROVEMENT);
    }

    @Test
    void aMissingPeriodStopsTheCumulativeActual() {
        List<PeriodProgress> months = OnTrack.cumulative(Bound.MINIMUM, List.of(d("1"), d("1"), d("1")),
                Arrays.asList(d("1"), null, d("5")), List.of());
        assertThat(months).extracting(PeriodProgress::outcome)
                .containsExactly(ProgressOutcome.MET, ProgressOutcome.NO_DATA, ProgressOutcome.NO_DATA);
    }

    @Test
    void aYearEarlierForEveryPeriodIsAccepted() {
        List<PeriodProgress> all = OnTrack.cumulative(Bound.MAXIMUM, List.of(d("1"), d("1")),
                List.of(d("1"), d("1")), List.of(d("2"), d("2")));
        assertThat(all.get(1).yearBefore()).contains(d("4"));
        assertThat(all.get(1).trend()).isEqualTo(Trend.IMPROVEMENT);
    }

    @Test
    void vocabulariesParseTheirOwnWords() {
        for (ProgressVocabulary v : ProgressVocabulary.values()) {
            for (ProgressOutcome o : ProgressOutcome.values()) {
                Optional<String> words = v.wording(o);
                if (words.isPresent() && (o != ProgressOutcome.IMPROVED_NOT_MET || v.hasImprovementLevel())) {
                    assertThat(v.parse(" " + words.get().toUpperCase() + " ")).isEqualTo(o);
                }
            }
        }
        assertThat(ProgressVocabulary.ON_TRACK_TO_MEET_TARGET.parse("Not on track to meet target"))
                .isEqualTo(ProgressOutcome.NOT_MET);
        assertThatThrownBy(() -> ProgressVocabulary.ON_TRACK_2025_26.parse("No improvement in performance"))
                .hasMessageContaining("'No improvement in performance'").hasMessageContaining("ON_TRACK_2025_26");
        assertThat(Trend.IMPROVEMENT).hasToString("improvement");
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> OnTrack.cumulative(Bound.MAXIMUM, List.of(), List.of(), List.of()))
                .hasMessageContaining("goals (0 periods)");
        assertThatThrownBy(() -> OnTrack.cumulative(Bound.MAXIMUM, List.of(d("1")), List.of(d("1"), d("2")), List.of()))
                .hasMessageContaining("2 actual");
        assertThatThrownBy(() -> OnTrack.cumulative(Bound.MAXIMUM, List.of(d("1")), List.of(), List.of(d("1"), d("2"))))
                .hasMessageContaining("2 year-earlier");
        assertThatThrownBy(() -> OnTrack.cumulative(Bound.MAXIMUM, Arrays.asList(d("1"), null), List.of(), List.of()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("goal 2");
        assertThatThrownBy(() -> PeriodProgress.of(Bound.MAXIMUM, d("-1"), null, null)).hasMessageContaining("-1");
        assertThatThrownBy(() -> Trend.of(null, Optional.empty(), Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("bound");
        assertThatThrownBy(() -> ProgressVocabulary.MET_OR_NOT_MET.wording(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("outcome");
        assertThatThrownBy(() -> new PeriodProgress(Target.atMost(d("1")), null, Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("actual");
    }
}
