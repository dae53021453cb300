package org.openbcf.core;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;

import javax.money.MonetaryAmount;

import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialQuarter;
import org.openbcf.core.time.FinancialYear;
import org.quicktheories.core.Gen;

/**
 * Shared QuickTheories generators for openbcf's domain values. Other modules use them through the
 * bcf-core test jar.
 */
public final class Generators {

    /** The seed every property test uses, so that a failure can be replayed. */
    public static final long SEED = 20161126L;

    private Generators() {
    }

    /**
     * Financial years 2000/01 to 2099/00.
     *
     * @return the generator
     */
    public static Gen<FinancialYear> financialYears() {
        return integers().between(2000, 2099).map(FinancialYear::of);
    }

    /**
     * Financial quarters in 2000/01 to 2099/00.
     *
     * @return the generator
     */
    public static Gen<FinancialQuarter> quarters() {
        return financialYears().zip(integers().between(1, 4), FinancialQuarter::of);
    }

    /**
     * GBP amounts in whole pennies between the given bounds in pounds.
     *
     * @param minPounds the smallest amount, in pounds
     * @param maxPounds the largest amount, in pounds
     * @return the generator
     */
    public static Gen<MonetaryAmount> pennies(long minPounds, long maxPounds) {
        return longs().between(minPounds * 100, maxPounds * 100).map(Gbp::ofPence);
    }

    /**
     * Non-negative GBP amounts up to £100,000,000 (the template input limit), in whole pennies.
     *
     * @return the generator
     */
    public static Gen<MonetaryAmount> templateAmounts() {
        return pennies(0, 100_000_000L);
    }

    /**
     * Exact decimal amounts with up to 6 decimal places, positive or negative.
     *
     * @return the generator
     */
    public static Gen<BigDecimal> decimals() {
        return longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
                .zip(integers().between(0, 6), BigDecimal::valueOf);
    }
}
