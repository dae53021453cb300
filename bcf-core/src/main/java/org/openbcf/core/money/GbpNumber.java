package org.openbcf.core.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

import javax.money.NumberValue;

import org.openbcf.core.internal.Checks;

/**
 * The {@link NumberValue} of a {@link GbpAmount}: an exact {@link BigDecimal}, e.g. {@code 1490.00}.
 *
 * <p>{@link #numberValue(Class)} converts as {@link Number}'s narrowing methods do;
 * {@link #numberValueExact(Class)} throws {@link ArithmeticException} when the conversion would lose
 * information. This class is immutable and thread-safe.
 */
final class GbpNumber extends NumberValue {

    private static final long serialVersionUID = 1L;

    private final BigDecimal value;

    GbpNumber(BigDecimal value) {
        this.value = Checks.notNull(value, "value");
    }

    /** The exact decimal of any {@link Number}: {@code BigDecimal} as it is, others through their text. */
    static BigDecimal toDecimal(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return BigDecimal.valueOf(number.longValue());
        }
        if (number instanceof NumberValue numberValue) {
            return numberValue.numberValue(BigDecimal.class);
        }
        double d = number.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new ArithmeticException("number (" + number + ") must be finite");
        }
        return new BigDecimal(number.toString());
    }

    @Override
    public Class<?> getNumberType() {
        return BigDecimal.class;
    }

    @Override
    public int getPrecision() {
        return value.precision();
    }

    @Override
    public int getScale() {
        return value.scale();
    }

    @Override
    public int intValueExact() {
        return value.intValueExact();
    }

    @Override
    public long longValueExact() {
        return value.longValueExact();
    }

    @Override
    public double doubleValueExact() {
        double d = value.doubleValue();
        if (new BigDecimal(d).compareTo(value) != 0) {
            throw new ArithmeticException("value (" + value.toPlainString() + ") is not exactly a double");
        }
        return d;
    }

    @Override
    public <T extends Number> T numberValue(Class<T> numberType) {
        return convert(numberType, false);
    }

    @Override
    public <T extends Number> T numberValueExact(Class<T> numberType) {
        return convert(numberType, true);
    }

    private <T extends Number> T convert(Class<T> type, boolean exact) {
        Checks.notNull(type, "numberType");
        Object result;
        if (type == BigDecimal.class || type == Number.class) {
            result = value;
        } else if (type == BigInteger.class) {
            result = exact ? value.toBigIntegerExact() : value.toBigInteger();
        } else if (type == Long.class) {
            result = exact ? value.longValueExact() : value.longValue();
        } else if (type == Integer.class) {
            result = exact ? value.intValueExact() : value.intValue();
        } else if (type == Short.class) {
            result = exact ? value.shortValueExact() : value.shortValue();
        } else if (type == Byte.class) {
            result = exact ? value.byteValueExact() : value.byteValue();
        } else if (type == Double.class) {
            result = exact ? doubleValueExact() : value.doubleValue();
        } else if (type == Float.class) {
            float f = value.floatValue();
            if (exact && new BigDecimal(f).compareTo(value) != 0) {
                throw new ArithmeticException("value (" + value.toPlainString() + ") is not exactly a float");
            }
            result = f;
        } else {
            throw new IllegalArgumentException("number type (" + type.getName()
                    + ") must be BigDecimal, BigInteger, Long, Integer, Short, Byte, Double or Float");
        }
        return type.cast(result);
    }

    @Override
    public NumberValue round(MathContext mathContext) {
        return new GbpNumber(value.round(Checks.notNull(mathContext, "mathContext")));
    }

    @Override
    public long getAmountFractionNumerator() {
        BigDecimal fraction = value.remainder(BigDecimal.ONE);
        return fraction.movePointRight(Math.max(value.scale(), 0)).longValueExact();
    }

    @Override
    public long getAmountFractionDenominator() {
        return BigDecimal.ONE.movePointRight(Math.max(value.scale(), 0)).longValueExact();
    }

    @Override
    public int intValue() {
        return value.intValue();
    }

    @Override
    public long longValue() {
        return value.longValue();
    }

    @Override
    public float floatValue() {
        return value.floatValue();
    }

    @Override
    public double doubleValue() {
        return value.doubleValue();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GbpNumber other && value.compareTo(other.value) == 0;
    }

    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }

    /** The plain decimal, e.g. {@code 1490.00}. */
    @Override
    public String toString() {
        return value.toPlainString();
    }
}
