package org.openbcf.metrics.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class AssessmentTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void avoidableAdmissions2022To23AreOnTrack() {
        // G8: 677.4 against a plan of 728.3, lower is better → met; −50.9 (−6.99%)
        Assessment assessment = Target.atMost(d("728.3")).assess(d("677.4"));
        assertThat(assessment.isMet()).isTrue();
        assertThat(assessment.status()).isEqualTo(Status.ON_TRACK);
        assertThat(assessment.variance()).isEqualByComparingTo("-50.9");
        assertThat(assessment.percentageVariance()).hasValueSatisfying(
                p -> assertThat(p.setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("-6.99"));
        assertThat(assessment.percentageVariance().orElseThrow().precision()).isEqualTo(16);
    }

    @Test
    void dischargeToUsualResidence2022To23IsOnTrack() {
        // G8: 92.7% against 92.2%, higher is better → +0.5 points
        Assessment assessment = Target.atLeast(d("92.2")).assess(d("92.7"));
        assertThat(assessment.status()).isEqualTo(Status.ON_TRACK);
        assertThat(assessment.variance()).isEqualByComparingTo("0.5");
    }

    @Test
    void residentialAdmissions2022To23AreOnTrack() {
        // G8: 538 against 607 → −69 (−11.37%)
        Assessment assessment = Target.atMost(d("607")).assess(d("538"));
        assertThat(assessment.status()).isEqualTo(Status.ON_TRACK);
        assertThat(assessment.variance()).isEqualByComparingTo("-69");
        assertThat(assessment.percentageVariance().orElseThrow().setScale(2, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("-11.37");
    }

    @Test
    void reablement2022To23IsOnTrackAtTheBoundary() {
        // G8: 86.5% against 86.5% → equality counts as met
        Assessment assessment = Target.atLeast(d("86.5")).assess(d("86.5"));
        assertThat(assessment.status()).isEqualTo(Status.ON_TRACK);
        assertThat(assessment.variance()).isEqualByComparingTo("0");
        assertThat(assessment.percentageVariance().orElseThrow()).isEqualByComparingTo("0");
    }

    @Test
    void delayedTransfersAboveTheirTargetAreNotOnTrack() {
        // GC-05i (2017-19 progress): 930 delayed days against about 729 → not on track, 27.57% above
        Assessment assessment = Target.atMost(d("729")).assess(d("930"));
        assertThat(assessment.status()).isEqualTo(Status.NOT_ON_TRACK);
        assertThat(assessment.status()).hasToString("Not on track to meet target");
        assertThat(assessment.percentageVariance().orElseThrow().setScale(2, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("27.57");
        assertThat(Status.ON_TRACK.wording()).isEqualTo("On track to meet target");
    }

    @Test
    void aZeroTargetHasNoPercentageVariance() {
        assertThat(Target.atMost(BigDecimal.ZERO).assess(d("2")).percentageVariance()).isEmpty();
    }

    @Test
    void rejectsMissingParts() {
        assertThatThrownBy(() -> new Assessment(null, d("1"))).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("target");
        assertThatThrownBy(() -> Target.atMost(d("1")).assess(null)).hasMessageContaining("actual");
    }

    @Test
    void yearToDateComparesCumulativeActualWithCumulativeProfile() {
        // G-22 profile of 1,308: Apr 108, May 102, Jun 113; actuals 110, 95, 112
        Progress progress = Progress.of(Bound.MAXIMUM, List.of(d("108"), d("102"), d("113"), d("108")),
                List.of(d("110"), d("95"), d("112")));
        assertThat(progress.periods()).extracting(Assessment::status)
                .containsExactly(Status.NOT_ON_TRACK, Status.ON_TRACK, Status.ON_TRACK);
        assertThat(progress.yearToDate().target()).isEqualTo(Target.atMost(d("323")));
        assertThat(progress.yearToDate().actual()).isEqualByComparingTo("317");
        assertThat(progress.yearToDate().status()).isEqualTo(Status.ON_TRACK);
        assertThat(progress.periods().get(0).variance()).isEqualByComparingTo("2");
    }

    @Test
    void yearToDateCanMissWhileTheLastPeriodIsMet() {
        Progress progress = Progress.of(Bound.MAXIMUM, List.of(d("10"), d("10")), List.of(d("15"), d("9")));
        assertThat(progress.periods().get(1).status()).isEqualTo(Status.ON_TRACK);
        assertThat(progress.yearToDate().status()).isEqualTo(Status.NOT_ON_TRACK);
        assertThat(Progress.of(Bound.MINIMUM, List.of(d("10")), List.of(d("10"))).yearToDate().isMet()).isTrue();
    }

    @Test
    void progressRejectsTooManyOrNoActuals() {
        assertThatThrownBy(() -> Progress.of(Bound.MAXIMUM, List.of(d("1")), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("actuals (0 periods) must cover between 1 and 1 profiled periods");
        assertThatThrownBy(() -> Progress.of(Bound.MAXIMUM, List.of(d("1")), List.of(d("1"), d("2"))))
                .hasMessageContaining("actuals (2 periods)");
        assertThatThrownBy(() -> new Progress(List.of(), Target.atMost(d("1")).assess(d("1"))))
                .hasMessageContaining("at least one period");
        assertThatThrownBy(() -> Progress.of(null, List.of(), List.of())).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("bound");
    }
}
