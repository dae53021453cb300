package org.openbcf.metrics.dtoc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.openbcf.core.internal.Checks;

/**
 * One month's delayed transfers of care for an area: the delayed days attributed to the NHS, to social
 * care and to both (the 2017-19 BCF metric, norfolk-2017-2019-progress M4). Example: Norfolk February
 * 2018, 2,242 delayed days of which 890 attributable to social care (F002:L204, GC-03).
 *
 * <p>The rate is delayed days per 100,000 population aged 18+ <em>per day</em>: days ÷ days in the
 * month ÷ population × 100,000, as the ASCOF-style KPI row reads (M4b, GC-06c / §2.9): January 2018's
 * 1,078 social-care days over 31 days and 892,900 people is 3.89 per 100,000 per day. Rates are exact
 * to 34 significant digits; rounding is the caller's presentation choice. This class is immutable and
 * thread-safe.
 *
 * @param month      the month, not null
 * @param nhs        delayed days attributable to the NHS, at least 0
 * @param socialCare delayed days attributable to social care, at least 0
 * @param both       delayed days attributable to both, at least 0
 * @since 0.1.0
 */
public record DelayedDays(YearMonth month, long nhs, long socialCare, long both) {

    /**
     * Checks the components.
     *
     * @param month      the month
     * @param nhs        NHS days
     * @param socialCare social care days
     * @param both       days attributable to both
     */
    public DelayedDays {
        Checks.notNull(month, "month");
        Checks.inRange(nhs, 0, Long.MAX_VALUE, "delayed days attributable to the NHS");
        Checks.inRange(socialCare, 0, Long.MAX_VALUE, "delayed days attributable to social care");
        Checks.inRange(both, 0, Long.MAX_VALUE, "delayed days attributable to both");
        Math.addExact(Math.addExact(nhs, socialCare), both);
    }

    /**
     * All delayed days of the month: Norfolk February 2018, 2,242.
     *
     * @return the total
     */
    public long total() {
        return nhs + socialCare + both;
    }

    /**
     * The delayed days of one attribution.
     *
     * @param attribution the attribution, not null
     * @return the days
     */
    public long days(Attribution attribution) {
        return switch (Checks.notNull(attribution, "attribution")) {
            case NHS -> nhs;
            case SOCIAL_CARE -> socialCare;
            case BOTH -> both;
        };
    }

    /**
     * The days by attribution.
     *
     * @return a new map in attribution order, never null
     */
    public Map<Attribution, Long> byAttribution() {
        Map<Attribution, Long> map = new EnumMap<>(Attribution.class);
        for (Attribution a : Attribution.values()) {
            map.put(a, days(a));
        }
        return map;
    }

    /**
     * An attribution's share of the month's delays: social care February 2018, 890 ÷ 2,242 = 0.39697.
     *
     * @param attribution the attribution, not null
     * @return the share in [0, 1], or empty when the month has no delays
     */
    public Optional<BigDecimal> share(Attribution attribution) {
        long total = total();
        return total == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(days(attribution)).divide(BigDecimal.valueOf(total), MathContext.DECIMAL128));
    }

    /**
     * Delayed days per 100,000 population aged 18+ per day, for all attributions.
     *
     * @param population18Plus the population aged 18+ (the caller's estimate), at least 1
     * @return the rate, never null
     */
    public BigDecimal ratePer100000PerDay(long population18Plus) {
        return rate(total(), population18Plus);
    }

    /**
     * Delayed days of one attribution per 100,000 population aged 18+ per day: January 2018 social
     * care, 1,078 ÷ 31 ÷ 892,900 × 100,000 = 3.8945.
     *
     * @param attribution      the attribution, not null
     * @param population18Plus the population aged 18+, at least 1
     * @return the rate, never null
     */
    public BigDecimal ratePer100000PerDay(Attribution attribution, long population18Plus) {
        return rate(days(attribution), population18Plus);
    }

    /**
     * The change from an earlier month in raw delayed days, as a percentage of the earlier month:
     * social care February 2018 against January, (890 − 1,078) ÷ 1,078 × 100 = −17.44 (the report's
     * "17% decrease", GC-03).
     *
     * @param earlier     the earlier month, not null
     * @param attribution the attribution, not null
     * @return the percentage change, or empty when the earlier month has no such delays
     */
    public Optional<BigDecimal> percentChangeFrom(DelayedDays earlier, Attribution attribution) {
        Checks.notNull(earlier, "earlier");
        long before = earlier.days(attribution);
        if (before == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(days(attribution) - before).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(before), MathContext.DECIMAL128));
    }

    /**
     * The change from an earlier month in delayed days per day, which allows for month length:
     * social care February against January 2018, 31.79 against 34.77 a day, −8.59% (GC-03).
     *
     * @param earlier     the earlier month, not null
     * @param attribution the attribution, not null
     * @return the percentage change, or empty when the earlier month has no such delays
     */
    public Optional<BigDecimal> perDayPercentChangeFrom(DelayedDays earlier, Attribution attribution) {
        Checks.notNull(earlier, "earlier");
        long before = earlier.days(attribution);
        if (before == 0) {
            return Optional.empty();
        }
        BigDecimal now = BigDecimal.valueOf(days(attribution)).multiply(BigDecimal.valueOf(earlier.month.lengthOfMonth()));
        BigDecimal then = BigDecimal.valueOf(before).multiply(BigDecimal.valueOf(month.lengthOfMonth()));
        return Optional.of(now.subtract(then).multiply(BigDecimal.valueOf(100)).divide(then, MathContext.DECIMAL128));
    }

    private BigDecimal rate(long days, long population) {
        Checks.inRange(population, 1, Long.MAX_VALUE, "population aged 18+");
        return BigDecimal.valueOf(days).multiply(BigDecimal.valueOf(100_000))
                .divide(BigDecimal.valueOf(month.lengthOfMonth()).multiply(BigDecimal.valueOf(population)), MathContext.DECIMAL128);
    }
}
