package org.openbcf.metrics.profile;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.openbcf.core.internal.Checks;

/**
 * Splits a whole number in proportion to weights so that the parts are whole and sum to it, by the
 * largest-remainder (Hamilton) method, e.g. 1,308 over 2016/17's working days → [108, 102, 113, …]
 * (G-22).
 *
 * <p>Each part starts at the floor of its exact quota {@code total × wᵢ / Σw}; the units left over
 * go one each to the largest remainders, and equal remainders to the earlier part. The arithmetic is
 * exact for every total up to {@code Long.MAX_VALUE} (no floating point; a product that does not fit
 * 63 bits is divided in {@link BigInteger}), so the parts always sum to the total (issue 17). This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    /**
     * The whole-number parts of a total.
     *
     * @param total   the total to split, at least 0
     * @param weights the weights, each at least 0, summing to more than 0
     * @return the parts, one per weight, summing to the total
     * @throws IllegalArgumentException when the total or a weight is negative, or the weights sum to 0 or
     *                                  to more than {@code Long.MAX_VALUE}
     */
    public static List<Long> apportion(long total, List<? extends Number> weights) {
        Checks.notNull(weights, "weights");
        if (total < 0) {
            throw new IllegalArgumentException("total (" + total + ") must not be negative");
        }
        long sum = 0;
        for (Number weight : weights) {
            long value = Checks.notNull(weight, "weight").longValue();
            if (value < 0) {
                throw new IllegalArgumentException("weight (" + value + ") must not be negative");
            }
            try {
                sum = Math.addExact(sum, value);
            } catch (ArithmeticException overflow) {
                throw new IllegalArgumentException("weights (" + weights + ") must sum to at most " + Long.MAX_VALUE, overflow);
            }
        }
        if (sum == 0) {
            throw new IllegalArgumentException("weights (" + weights + ") must sum to more than 0");
        }
        List<Long> parts = new ArrayList<>();
        List<long[]> remainders = new ArrayList<>();
        long allocated = 0;
        BigInteger divisor = BigInteger.valueOf(sum);
        for (int i = 0; i < weights.size(); i++) {
            long weight = weights.get(i).longValue();
            long quotient;
            long remainder;
            long high = Math.multiplyHigh(total, weight);
            long product = total * weight;
            if (high == 0 && product >= 0) {
                quotient = product / sum;
                remainder = product % sum;
            } else {
                // total × weight needs more than 63 bits: divide exactly in BigInteger (the quotient is at
                // most the total and the remainder below the sum, so both fit a long)
                BigInteger[] qr = BigInteger.valueOf(total).multiply(BigInteger.valueOf(weight)).divideAndRemainder(divisor);
                quotient = qr[0].longValueExact();
                remainder = qr[1].longValueExact();
            }
            parts.add(quotient);
            allocated = Math.addExact(allocated, quotient);
            remainders.add(new long[] {remainder, i});
        }
        remainders.sort(Comparator.<long[]>comparingLong(r -> r[0]).reversed().thenComparingLong(r -> r[1]));
        for (int k = 0; k < total - allocated; k++) {
            int index = (int) remainders.get(k)[1];
            parts.set(index, parts.get(index) + 1);
        }
        return List.copyOf(parts);
    }
}
