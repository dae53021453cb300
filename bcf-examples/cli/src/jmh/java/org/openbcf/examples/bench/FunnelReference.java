package org.openbcf.examples.bench;

import org.apache.commons.numbers.gamma.RegularizedGamma;

/**
 * The floor for the funnel's ratio limits: the same four edge counts of the exact Poisson test, solved
 * by the same bracketed Brent iteration, written as a caller without the library would, in plain
 * {@code double}s: Commons Numbers' regularised incomplete gamma functions called directly (no
 * distribution objects, no lambdas, no checks), the four limits returned in a {@code double[4]}
 * (lower 99.8%, lower 95%, upper 95%, upper 99.8%).
 */
final class FunnelReference {

    private static final double EPSILON = Math.ulp(1.0);

    private FunnelReference() {
    }

    /**
     * The ratio funnel's limits at an expected count.
     *
     * @param expected the expected count, positive
     * @param tail95   α/2 at 95%
     * @param tail998  α/2 at 99.8%
     * @return {lower 99.8%, lower 95%, upper 95%, upper 99.8%}
     */
    static double[] ratioLimits(double expected, double tail95, double tail998) {
        return new double[] {lower(expected, tail998) / expected, lower(expected, tail95) / expected,
            upper(expected, tail95) / expected, upper(expected, tail998) / expected};
    }

    private static double upper(double e, double tail) {
        double low = e;
        double atLow = Double.NaN;
        double step = 4.0 * Math.sqrt(e) + 12.0;
        double high = e + step;
        double atHigh = RegularizedGamma.P.value(high, e) - tail;
        while (atHigh > 0.0) {
            low = high;
            atLow = atHigh;
            step *= 2.0;
            high = e + step;
            atHigh = RegularizedGamma.P.value(high, e) - tail;
        }
        if (Double.isNaN(atLow)) {
            atLow = RegularizedGamma.P.value(low, e) - tail;
        }
        return brent(true, e, tail, low, high, atLow, atHigh);
    }

    private static double lower(double e, double tail) {
        double atOne = Math.exp(-e) - tail;
        if (atOne >= 0.0) {
            return 0.0;
        }
        double low = 1.0;
        double atLow = atOne;
        double guess = e - 4.0 * Math.sqrt(e) - 12.0;
        if (guess > 1.0) {
            double atGuess = RegularizedGamma.Q.value(guess, e) - tail;
            if (atGuess < 0.0) {
                low = guess;
                atLow = atGuess;
            }
        }
        double high = e + 1.0;
        return brent(false, e, tail, low, high, atLow, RegularizedGamma.Q.value(high, e) - tail) - 1.0;
    }

    private static double f(boolean upper, double shape, double e, double tail) {
        return (upper ? RegularizedGamma.P.value(shape, e) : RegularizedGamma.Q.value(shape, e)) - tail;
    }

    private static double brent(boolean upper, double e, double tail, double a, double b, double fa, double fb) {
        double c = a;
        double fc = fa;
        double d = b - a;
        double m = d;
        while (true) {
            if ((fb > 0.0) == (fc > 0.0)) {
                c = a;
                fc = fa;
                d = b - a;
                m = d;
            }
            if (Math.abs(fc) < Math.abs(fb)) {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            double tolerance = 2.0 * EPSILON * Math.abs(b);
            double half = 0.5 * (c - b);
            if (Math.abs(half) <= tolerance || fb == 0.0) {
                return b;
            }
            if (Math.abs(m) >= tolerance && Math.abs(fa) > Math.abs(fb)) {
                double s = fb / fa;
                double p;
                double q;
                if (a == c) {
                    p = 2.0 * half * s;
                    q = 1.0 - s;
                } else {
                    double qa = fa / fc;
                    double r = fb / fc;
                    p = s * (2.0 * half * qa * (qa - r) - (b - a) * (r - 1.0));
                    q = (qa - 1.0) * (r - 1.0) * (s - 1.0);
                }
                if (p > 0.0) {
                    q = -q;
                } else {
                    p = -p;
                }
                if (2.0 * p < 3.0 * half * q - Math.abs(tolerance * q) && p < Math.abs(0.5 * m * q)) {
                    m = d;
                    d = p / q;
                } else {
                    d = half;
                    m = d;
                }
            } else {
                d = half;
                m = d;
            }
            a = b;
            fa = fb;
            b += Math.abs(d) > tolerance ? d : Math.copySign(tolerance, half);
            fb = f(upper, b, e, tail);
        }
    }
}
