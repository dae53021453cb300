package org.openbcf.metrics.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Norfolk's 2017-19 progress reports (spec {@code norfolk-2017-2019-progress.md}, seeds 001 and 002):
 * the golden figures of the BCF metric statuses and the Promoting Independence indicators that add up,
 * each through {@link Target} and {@link Assessment}, the one place the status rule lives.
 */
class Norfolk2017To2019Test {

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    @Test
    void gc01NonElectiveAdmissionsBelowThePeriodTargetAreOnTrack() {
        // F002:L182: 77,838 admissions to January 2018 against a period target of 78,934 (lower is better)
        Assessment nea = Target.atMost(d("78934")).assess(d("77838"));
        assertThat(nea.status()).isEqualTo(Status.ON_TRACK);
        assertThat(nea.status().wording()).isEqualTo("On track to meet target");
        assertThat(nea.variance()).isEqualByComparingTo("-1096");
        // 1.389% below target by count
        assertThat(nea.percentageVariance().orElseThrow().setScale(3, RoundingMode.HALF_UP)).isEqualByComparingTo("-1.389");
        // the implied denominator 78,934 / 10,863 per 100,000 = 726,631.7, and the actual rate on it 10,712.17
        BigDecimal population = d("78934").multiply(d("100000")).divide(d("10863"), MathContext.DECIMAL64);
        assertThat(population.setScale(1, RoundingMode.HALF_UP)).isEqualByComparingTo("726631.7");
        BigDecimal rate = d("77838").multiply(d("100000")).divide(population, MathContext.DECIMAL64);
        assertThat(rate.setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("10712.17");
    }

    @Test
    void gc02ReablementAboveNinetyPercentIsOnTrackEvenAtTheFullYearResult() {
        // F002:L196: 96% still at home 91 days after discharge against 90% (higher is better); F001:L223 90.5%
        assertThat(Target.atLeast(d("90")).assess(d("96")).status()).isEqualTo(Status.ON_TRACK);
        Assessment fullYear = Target.atLeast(d("90")).assess(d("90.5"));
        assertThat(fullYear.status()).isEqualTo(Status.ON_TRACK);
        assertThat(fullYear.variance()).isEqualByComparingTo("0.5");
    }

    @Test
    void gc04ThreeOfTheFourMetricsAreOnTrack() {
        // F002:L176: NEA, permanent admissions 65+ and reablement on track, DTOC not (stated statuses; the
        // permanent-admissions target is not given in F002, so its status is the report's)
        List<Assessment> assessed = List.of(
                Target.atMost(d("78934")).assess(d("77838")),
                Target.atLeast(d("90")).assess(d("96")),
                // DTOC: June 2018's 930 social-care delayed days against about 729 a month (GC-05i)
                Target.atMost(d("729")).assess(d("930")));
        long onTrack = assessed.stream().filter(Assessment::isMet).count() + 1; // + permanent admissions, as stated
        assertThat(onTrack).isEqualTo(3);
    }

    @Test
    void gc05PromotingIndependenceIndicatorsAreMissedByTheStatedGaps() {
        // F001:L240-254, September 2018: current, target, polarity, met?, gap
        record Indicator(String name, Target target, String current, String gap) {
        }
        List<Indicator> indicators = List.of(
                new Indicator("GC-05a cases that lead to assessments", Target.atMost(d("25")), "34.75", "9.75"),
                new Indicator("GC-05b assessments that go on to services", Target.atLeast(d("85.32")), "51.91", "-33.41"),
                new Indicator("GC-05c effectiveness of reablement", Target.atLeast(d("69")), "67.28", "-1.72"),
                new Indicator("GC-05d reviews to reduced services 18-64", Target.atLeast(d("43.21")), "11.81", "-31.40"),
                new Indicator("GC-05e reviews to reduced services 65+", Target.atLeast(d("20.98")), "15.07", "-5.91"),
                new Indicator("GC-05f permanent admissions 18-64 per 100,000", Target.atMost(d("15.6")), "22.92", "7.32"),
                new Indicator("GC-05g permanent admissions 65+ per 100,000", Target.atMost(d("594.3")), "607.93", "13.63"),
                new Indicator("GC-05h holding list", Target.atMost(d("618")), "1836", "1218"),
                new Indicator("GC-05i DTOC attributable to ASC, days a month", Target.atMost(d("729")), "930", "201"));
        for (Indicator indicator : indicators) {
            Assessment a = indicator.target().assess(d(indicator.current()));
            assertThat(a.isMet()).as(indicator.name()).isFalse();
            assertThat(a.status()).as(indicator.name()).isEqualTo(Status.NOT_ON_TRACK);
            assertThat(a.variance()).as(indicator.name()).isEqualByComparingTo(indicator.gap());
        }
        // GC-05g: 13.63 per 100,000 is a 2.242% reduction of 607.93; GC-05h: 1,218 is 66.34% of 1,836
        assertThat(d("13.63").multiply(d("100")).divide(d("607.93"), 3, RoundingMode.HALF_UP)).isEqualByComparingTo("2.242");
        assertThat(d("1218").multiply(d("100")).divide(d("1836"), 2, RoundingMode.HALF_UP)).isEqualByComparingTo("66.34");
        // GC-05i: 201 days over is 27.57% above the target, and cutting 930 to 729 a 21.61% reduction
        assertThat(d("201").multiply(d("100")).divide(d("729"), 2, RoundingMode.HALF_UP)).isEqualByComparingTo("27.57");
        assertThat(d("201").multiply(d("100")).divide(d("930"), 2, RoundingMode.HALF_UP)).isEqualByComparingTo("21.61");
    }
}
