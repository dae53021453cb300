package org.openbcf.examples.bench;

/**
 * A hand-written {@code long}-arithmetic implementation of the 2015/16 P4P rule, the floor the
 * library is measured against: no objects but the result array, no validation, no findings beyond
 * two comparisons. Same rounding as the library (cumulative figures HALF_UP once, exact in pence).
 */
final class LongReference {

    private LongReference() {
    }

    /**
     * Computes, per quarter, {maximum, due, suggested, unreleased} in pence, then {pot, total paid,
     * breaches}.
     *
     * @param baseline  baselines
     * @param plan      plans
     * @param actual    actuals
     * @param agreed    agreed payments in pence, or -1 for none
     * @param costPence cost per admission in pence
     * @param sharePence local share in pence, or -1 for none
     * @return the figures
     */
    static long[] calculate(long[] baseline, long[] plan, long[] actual, long[] agreed, long costPence, long sharePence) {
        int n = baseline.length;
        long target = 0;
        for (int i = 0; i < n; i++) {
            target += baseline[i] - plan[i];
        }
        long pot = target > 0 ? target * costPence : 0;
        if (sharePence >= 0 && pot > sharePence) {
            pot = sharePence;
        }
        long[] out = new long[4 * n + 3];
        long cumPlanned = 0;
        long cumActual = 0;
        long previous = 0;
        long paid = 0;
        long suggestedSoFar = 0;
        long breaches = 0;
        for (int i = 0; i < n; i++) {
            cumPlanned += baseline[i] - plan[i];
            cumActual += baseline[i] - actual[i];
            long capSum = share(cumPlanned, pot, target);
            long maximum = capSum - previous;
            previous = capSum;
            long due = Math.min(Math.max(0, share(cumActual, pot, target)), Math.max(0, capSum));
            long suggested = Math.max(0, due - paid);
            long payment = agreed[i] >= 0 ? agreed[i] : suggested;
            paid += payment;
            suggestedSoFar += suggested;
            if (paid > suggestedSoFar || (agreed[i] >= 0 && agreed[i] != suggested)) {
                breaches++;
            }
            out[4 * i] = maximum;
            out[4 * i + 1] = due;
            out[4 * i + 2] = suggested;
            out[4 * i + 3] = maximum - suggested;
        }
        out[4 * n] = pot;
        out[4 * n + 1] = paid;
        out[4 * n + 2] = breaches;
        return out;
    }

    private static long share(long count, long pot, long target) {
        if (pot == 0) {
            return 0;
        }
        long product = count * pot;
        long quotient = product / target;
        long remainder = Math.abs(product % target);
        return remainder * 2 >= target ? quotient + Long.signum(product) : quotient;
    }
}
