package org.openbcf.core.p4p;

import java.math.RoundingMode;

/**
 * Exact division of {@code long}s rounded to a whole number with any {@link RoundingMode}, giving
 * what {@code BigDecimal.valueOf(dividend).divide(BigDecimal.valueOf(divisor), 0, mode)} gives
 * without creating a {@code BigDecimal} (a test checks it against that oracle). Package-private.
 */
final class Rounding {

    private Rounding() {
    }

    /**
     * {@code dividend ÷ divisor} rounded to a whole number with {@code mode}.
     *
     * @param dividend the dividend, any sign
     * @param divisor  the divisor, at least 1
     * @param mode     the rounding mode, not null
     * @return the rounded quotient
     * @throws ArithmeticException when the mode is {@link RoundingMode#UNNECESSARY} and the division is not exact
     */
    static long divide(long dividend, long divisor, RoundingMode mode) {
        long floor = Math.floorDiv(dividend, divisor);
        long remainder = Math.floorMod(dividend, divisor);
        if (remainder == 0) {
            return floor;
        }
        boolean negative = dividend < 0;
        long twice = remainder * 2;
        int half = twice == divisor ? 0 : (twice < divisor ? -1 : 1);
        boolean up = switch (mode) {
            case FLOOR -> false;
            case CEILING -> true;
            case DOWN -> negative;
            case UP -> !negative;
            case HALF_UP -> half > 0 || (half == 0 && !negative);
            case HALF_DOWN -> half > 0 || (half == 0 && negative);
            case HALF_EVEN -> half > 0 || (half == 0 && (floor & 1) != 0);
            case UNNECESSARY -> throw new ArithmeticException("rounding necessary: " + dividend + " / " + divisor);
        };
        return up ? floor + 1 : floor;
    }
}
