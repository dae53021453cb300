package org.openbcf.metrics.dtoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** norfolk-2017-2019-progress GC-03 (F002:L204) and §2.9 (DTOC per 100,000 per day). */
class DelayedDaysTest {

    // February 2018: 2,242 delayed days, 890 social care; the other 1,352 NHS or joint (GC-03)
    private static final DelayedDays FEB_2018 = new DelayedDays(YearMonth.of(2018, 2), 1_352, 890, 0);
    // January 2018: 1,078 social care delays (the NHS figure is not in the source)
    private static final DelayedDays JAN_2018 = new DelayedDays(YearMonth.of(2018, 1), 0, 1_078, 0);

    @Test
    void gc03FebruaryHas2242DaysOfWhich890SocialCareAndA17PerCentFall() {
        assertThat(FEB_2018.total()).isEqualTo(2_242);
        assertThat(FEB_2018.days(Attribution.SOCIAL_CARE)).isEqualTo(890);
        assertThat(FEB_2018.share(Attribution.SOCIAL_CARE)).map(s -> s.setScale(4, RoundingMode.HALF_UP))
                .contains(new BigDecimal("0.3970"));
        assertThat(FEB_2018.percentChangeFrom(JAN_2018, Attribution.SOCIAL_CARE)).map(p -> p.setScale(2, RoundingMode.HALF_UP))
                .contains(new BigDecimal("-17.44"));
        // per day: 890/28 = 31.79 against 1,078/31 = 34.77, -8.59%
        assertThat(FEB_2018.perDayPercentChangeFrom(JAN_2018, Attribution.SOCIAL_CARE)).map(p -> p.setScale(2, RoundingMode.HALF_UP))
                .contains(new BigDecimal("-8.59"));
        assertThat(FEB_2018.byAttribution()).containsEntry(Attribution.NHS, 1_352L).containsEntry(Attribution.BOTH, 0L);
    }

    @Test
    void theRateIsDelayedDaysPer100000PerDay() {
        // §2.9: Jan 2018 SC 1,078 / 31 / 892,900 x 100,000 = 3.89; Feb 2018 total 2,242 / 28 -> 8.97
        BigDecimal jan = JAN_2018.ratePer100000PerDay(Attribution.SOCIAL_CARE, 892_900);
        assertThat(jan.setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("3.89");
        BigDecimal oracle = new BigDecimal(1_078 * 100_000L).divide(new BigDecimal(31L * 892_900), 30, RoundingMode.HALF_EVEN);
        assertThat(jan.setScale(20, RoundingMode.HALF_EVEN)).isEqualByComparingTo(oracle.setScale(20, RoundingMode.HALF_EVEN));
        assertThat(FEB_2018.ratePer100000PerDay(892_900).setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("8.97");
        assertThat(FEB_2018.ratePer100000PerDay(Attribution.SOCIAL_CARE, 726_632).setScale(2, RoundingMode.HALF_UP))
                .isEqualByComparingTo("4.37");
    }

    @Test
    void badInputsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new DelayedDays(YearMonth.of(2018, 2), -1, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("attributable to the NHS (-1)");
        assertThatThrownBy(() -> FEB_2018.ratePer100000PerDay(0)).hasMessageContaining("population aged 18+ (0)");
        assertThatThrownBy(() -> new DelayedDays(null, 0, 0, 0)).hasMessage("month must not be null");
        assertThatThrownBy(() -> new DelayedDays(YearMonth.of(2018, 2), Long.MAX_VALUE, 1, 0)).isInstanceOf(ArithmeticException.class);
        DelayedDays none = new DelayedDays(YearMonth.of(2018, 3), 0, 0, 0);
        assertThat(none.share(Attribution.NHS)).isEmpty();
        assertThat(FEB_2018.percentChangeFrom(none, Attribution.NHS)).isEmpty();
        assertThat(FEB_2018.perDayPercentChangeFrom(none, Attribution.NHS)).isEmpty();
    }
}
