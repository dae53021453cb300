package org.openbcf.metrics.stats;

/**
 * The input limit of the statistics: every count and denominator (events, people, populations,
 * person-time) is a whole number from 0 to {@value #MAX_COUNT} (10<sup>15</sup>). Person-time
 * denominators exceed 10<sup>9</sup> (the PHEindicatormethods test data has 15,128,673,354
 * person-years); 10<sup>15</sup> is below 2<sup>53</sup>, so every count is exact as a double, and a
 * thousand such counts still sum exactly in a {@code long}. Money limits
 * ({@code org.openbcf.core.money.InputLimits}) are separate and stay as they are. This class is
 * stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class StatisticsLimits {

    /** The largest count or denominator a statistic reads: 1,000,000,000,000,000 (10<sup>15</sup>). */
    public static final long MAX_COUNT = 1_000_000_000_000_000L;

    private StatisticsLimits() {
    }

}
