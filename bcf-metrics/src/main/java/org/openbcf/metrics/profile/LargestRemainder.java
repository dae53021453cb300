package org.openbcf.metrics.profile;

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
 * exact (no floating point). This class is stateless and thread-safe.
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
     * @throws ArithmeticException when {@code total × weight} overflows a long
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
            sum = Math.addExact(sum, value);
        }
        if (sum == 0) {
            throw new IllegalArgumentException("weights (" + weights + ") must sum to more than 0");
        }
        List<Long> parts = new ArrayList<>();
        List<long[]> remainders = new ArrayList<>();
        long allocated = 0;
        for (int i = 0; i < weights.size(); i++) {
            long product = Math.multiplyExact(total, weights.get(i).longValue());
            parts.add(product / sum);
            allocated += product / sum;
            remainders.add(new long[] {product % sum, i});
        }
        remainders.sort(Comparator.<long[]>comparingLong(r -> r[0]).reversed().thenComparingLong(r -> r[1]));
        for (int k = 0; k < total - allocated; k++) {
            int index = (int) remainders.get(k)[1];
            parts.set(index, parts.get(index) + 1);
        }
        return List.copyOf(parts);
    }
}
