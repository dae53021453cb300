package org.openbcf.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collector;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.number.Numbers;

/**
 * Pounds sterling on {@code javax.money}: factories, exact arithmetic helpers, explicit rounding,
 * and the two text forms openbcf uses, {@code £63,573,469.00} for people and {@code 63573469.00}
 * for machines.
 *
 * <p>Every amount is a JSR 354 {@link MonetaryAmount} backed by an exact {@link BigDecimal}
 * (openbcf's own implementation: it needs no Moneta, starts no currency provider and logs
 * nothing). Nothing here rounds unless the method's name says so and a {@link RoundingMode} is
 * passed: a BCF rule decides where rounding happens (see {@code shared/spec/README.md}, "Money").
 * Money arithmetic in openbcf goes through {@link #plus}, {@link #minus}, {@link #sum} and
 * {@link #times}, never through a {@code MonetaryAmount}'s own context. Amounts in GBP from another
 * JSR 354 implementation (e.g. Moneta's {@code Money}) are accepted everywhere; an amount in another
 * currency is rejected with a {@link CurrencyMismatchException}.
 *
 * <p>This class is a stateless utility and thread-safe.
 *
 * @since 0.1.0
 */
public final class Gbp {

    private static final Pattern TEXT = Pattern.compile(
            "(?<sign>[-+]?)\\s*(?:£|(?<code>[A-Za-z]{3})\\s+)?(?<sign2>[-+]?)(?<digits>\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(?<fraction>\\d+))?");

    private Gbp() {
    }

    /**
     * The currency unit GBP (ISO 4217 numeric code 826, two decimal places); equal to any
     * {@link CurrencyUnit} whose code is {@code GBP}.
     *
     * @return GBP, never null
     */
    public static CurrencyUnit currency() {
        return GbpCurrency.INSTANCE;
    }

    /**
     * An amount of pounds, exactly as given: {@code of(new BigDecimal("354620.00"))}.
     *
     * @param pounds the amount in pounds, not null
     * @return the amount, never null
     */
    public static MonetaryAmount of(BigDecimal pounds) {
        return new GbpAmount(Checks.notNull(pounds, "pounds"));
    }

    /**
     * An amount of whole pounds: {@code of(1490)} is £1,490.00.
     *
     * @param pounds the amount in pounds
     * @return the amount, never null
     */
    public static MonetaryAmount of(long pounds) {
        return of(BigDecimal.valueOf(pounds));
    }

    /**
     * An amount of pence: {@code ofPence(35462000)} is £354,620.00.
     *
     * @param pence the amount in pence
     * @return the amount, never null
     */
    public static MonetaryAmount ofPence(long pence) {
        return of(BigDecimal.valueOf(pence, 2));
    }

    /**
     * Zero pounds.
     *
     * @return £0.00, never null
     */
    public static MonetaryAmount zero() {
        return of(BigDecimal.ZERO);
    }

    /**
     * Parses {@code £1,234.56}, {@code -£122,180.00}, {@code GBP 1234.56} (what a GBP amount's {@code toString()}
     * prints, as Moneta's {@code Money} does) or a plain {@code 1234.56}. Thousands separators must be in the right places.
     *
     * @param text the text, not null
     * @return the amount, never null
     * @throws IllegalArgumentException    when the text is not an amount
     * @throws CurrencyMismatchException when the text names a currency other than GBP
     */
    public static MonetaryAmount parse(CharSequence text) {
        return of(parsePounds(text));
    }

    /**
     * Reads an amount of pounds as {@link #parse(CharSequence)} does, without creating a
     * {@link MonetaryAmount}: {@code parsePounds("£1,490.00")} is {@code 1490.00}, exactly as written.
     * For callers that work in exact decimals or pence, e.g. a command line that must start fast.
     *
     * @param text the text, not null
     * @return the pounds, never null, with the scale written
     * @throws IllegalArgumentException when the text is not an amount
     * @throws CurrencyMismatchException when the text names another currency
     */
    public static BigDecimal parsePounds(CharSequence text) {
        Checks.notNull(text, "text");
        String trimmed = text.toString().strip();
        if (trimmed.length() > Numbers.MAX_LENGTH) {
            // refused by length before any conversion: a million digits would cost minutes and a huge message
            throw new IllegalArgumentException("amount " + Numbers.shown(trimmed) + " is too long for an amount: at most "
                    + Numbers.MAX_LENGTH + " characters");
        }
        Matcher m = TEXT.matcher(trimmed);
        if (!m.matches() || (!m.group("sign").isEmpty() && !m.group("sign2").isEmpty())) {
            throw new IllegalArgumentException("amount " + Numbers.shown(trimmed)
                    + " is not a GBP amount (expected e.g. £1,234.56, GBP 1234.56 or 1234.56)");
        }
        String code = m.group("code");
        if (code != null && !code.equals("GBP")) {
            throw new CurrencyMismatchException("amount " + Numbers.shown(trimmed) + " must be in GBP");
        }
        String sign = m.group("sign").isEmpty() ? m.group("sign2") : m.group("sign");
        String fraction = m.group("fraction");
        return new BigDecimal(sign + m.group("digits").replace(",", "") + (fraction == null ? "" : "." + fraction));
    }

    /**
     * The whole pence in an exact amount of pounds: {@code pence(new BigDecimal("1490.00"), "cost")}
     * is 149,000. Nothing is rounded.
     *
     * @param pounds the pounds, not null
     * @param field  what the amount is, for the message, e.g. {@code "cost per admission"}, not null
     * @return the pence
     * @throws IllegalArgumentException naming the field and the value when the amount has a fraction
     *                                  of a penny or does not fit in a {@code long} of pence
     */
    public static long pence(BigDecimal pounds, String field) {
        Checks.notNull(pounds, "pounds");
        Checks.notNull(field, "field");
        wholePennies(pounds, field);
        try {
            return pounds.movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(field + " (" + shown(pounds)
                    + ") is too large: at most " + Checks.group(BigDecimal.valueOf(Long.MAX_VALUE, 2)) + " pounds", e);
        }
    }

    /**
     * Checks that an amount is present and in GBP.
     *
     * @param amount the amount, may be null
     * @param field  the field's name for the message, not null
     * @return the amount, never null
     * @throws NullPointerException      naming the field when the amount is null
     * @throws CurrencyMismatchException when the amount is not in GBP
     */
    public static MonetaryAmount require(MonetaryAmount amount, String field) {
        Checks.notNull(amount, field);
        if (!amount.getCurrency().getCurrencyCode().equals("GBP")) {
            throw new CurrencyMismatchException(field + " (" + amount + ") must be in GBP");
        }
        return amount;
    }

    /**
     * Checks that an amount is in GBP, not negative, and whole pennies, as template inputs are.
     *
     * @param amount the amount, may be null
     * @param field  the field's name for the message, not null
     * @return the amount, never null
     */
    public static MonetaryAmount requireNonNegativePennies(MonetaryAmount amount, String field) {
        requireWholePennies(amount, field);
        if (amount.isNegative()) {
            throw new IllegalArgumentException(field + " (" + format(amount) + ") must not be negative");
        }
        return amount;
    }

    /**
     * Checks that an amount is in GBP and has no fraction of a penny.
     *
     * @param amount the amount, may be null
     * @param field  the field's name for the message, not null
     * @return the amount, never null
     * @throws IllegalArgumentException when the amount has fractions of a penny, e.g. £1.005
     */
    public static MonetaryAmount requireWholePennies(MonetaryAmount amount, String field) {
        require(amount, field);
        wholePennies(pounds(amount), field);
        return amount;
    }

    private static void wholePennies(BigDecimal pounds, String field) {
        if (pounds.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(field + " (" + shown(pounds)
                    + ") must be whole pennies (at most 2 decimal places)");
        }
    }

    /**
     * An exact amount as a message quotes it: plain when short ({@code 354620.001}), else in exponent
     * form ({@code 1E-999999999}) or by its number of digits, so a hostile value never makes a huge message.
     */
    private static String shown(BigDecimal pounds) {
        if (pounds.precision() > Numbers.MAX_LENGTH) {
            return "a number of " + pounds.precision() + " digits";
        }
        int scale = pounds.scale();
        return scale >= -Numbers.MAX_LENGTH && scale <= Numbers.MAX_LENGTH ? pounds.toPlainString() : pounds.toString();
    }

    /**
     * The exact number of pounds in a GBP amount.
     *
     * @param amount the amount, not null, in GBP
     * @return the pounds, never null
     */
    public static BigDecimal pounds(MonetaryAmount amount) {
        require(amount, "amount");
        return amount.getNumber().numberValueExact(BigDecimal.class);
    }

    /**
     * Rounds to whole pennies with the rounding mode the rule names.
     *
     * @param amount the amount, not null
     * @param mode   the rounding mode, not null
     * @return the rounded amount, never null
     */
    public static MonetaryAmount roundToPenny(MonetaryAmount amount, RoundingMode mode) {
        Checks.notNull(mode, "mode");
        return of(pounds(amount).setScale(2, mode));
    }

    /**
     * The sum of amounts; zero for none.
     *
     * @param amounts the amounts, not null, no null elements
     * @return the exact sum, never null
     */
    public static MonetaryAmount sum(Iterable<? extends MonetaryAmount> amounts) {
        Checks.notNull(amounts, "amounts");
        BigDecimal total = BigDecimal.ZERO;
        for (MonetaryAmount amount : amounts) {
            total = total.add(pounds(amount));
        }
        return of(total);
    }

    /**
     * The exact sum of two amounts: {@code plus(Gbp.of(2_478_000), Gbp.of(1_520_000))} is
     * £3,998,000.00. Use this, not {@link MonetaryAmount#add}, so the arithmetic never depends on an
     * amount's own context.
     *
     * @param augend the first amount, not null, in GBP
     * @param addend the second amount, not null, in GBP
     * @return the exact sum, never null
     */
    public static MonetaryAmount plus(MonetaryAmount augend, MonetaryAmount addend) {
        return of(pounds(augend, "augend").add(pounds(addend, "addend")));
    }

    /**
     * The exact difference of two amounts: {@code minus(Gbp.of(100), Gbp.of(140))} is -£40.00.
     *
     * @param minuend    the amount to subtract from, not null, in GBP
     * @param subtrahend the amount to subtract, not null, in GBP
     * @return {@code minuend - subtrahend}, exact, never null
     */
    public static MonetaryAmount minus(MonetaryAmount minuend, MonetaryAmount subtrahend) {
        return of(pounds(minuend, "minuend").subtract(pounds(subtrahend, "subtrahend")));
    }

    /**
     * The exact product of an amount and a factor: {@code times(Gbp.of(10), new BigDecimal("0.035"))}
     * is £0.35. Nothing is rounded: round with {@link #roundToPenny} where a rule says so.
     *
     * @param amount the amount, not null, in GBP
     * @param factor the factor, not null
     * @return the exact product, never null
     */
    public static MonetaryAmount times(MonetaryAmount amount, BigDecimal factor) {
        Checks.notNull(factor, "factor");
        return of(pounds(amount, "amount").multiply(factor));
    }

    /**
     * The amount with its sign reversed: {@code negate(Gbp.of(5))} is -£5.00.
     *
     * @param amount the amount, not null, in GBP
     * @return {@code -amount}, never null
     */
    public static MonetaryAmount negate(MonetaryAmount amount) {
        return of(pounds(amount, "amount").negate());
    }

    /**
     * One amount as a percentage of another, rounded to {@code scale} decimal places with the mode the
     * rule names: {@code percentOf(Gbp.of(25), Gbp.of(200), 1, RoundingMode.HALF_UP)} is
     * {@code 12.5}.
     *
     * @param part  the amount, not null, in GBP
     * @param whole the amount it is a share of, not null, in GBP, not zero
     * @param scale the decimal places of the percentage, at least 0
     * @param mode  the rounding mode, not null
     * @return {@code 100 * part / whole}, rounded, never null
     * @throws ArithmeticException      when {@code whole} is zero
     * @throws IllegalArgumentException when {@code scale} is negative
     */
    public static BigDecimal percentOf(MonetaryAmount part, MonetaryAmount whole, int scale, RoundingMode mode) {
        Checks.notNull(mode, "mode");
        Checks.inRange(scale, 0, 20, "percentage scale");
        BigDecimal denominator = pounds(whole, "whole");
        if (denominator.signum() == 0) {
            throw new ArithmeticException("whole (" + format(whole) + ") must not be zero for a percentage");
        }
        return pounds(part, "part").movePointRight(2).divide(denominator, scale, mode);
    }

    private static BigDecimal pounds(MonetaryAmount amount, String field) {
        return require(amount, field).getNumber().numberValueExact(BigDecimal.class);
    }

    /**
     * A collector that adds GBP amounts exactly.
     *
     * @return the collector, never null
     */
    public static Collector<MonetaryAmount, ?, MonetaryAmount> summing() {
        return Collector.of(() -> new BigDecimal[] {BigDecimal.ZERO},
                (acc, amount) -> acc[0] = acc[0].add(pounds(amount)),
                (a, b) -> new BigDecimal[] {a[0].add(b[0])},
                acc -> of(acc[0]));
    }

    /**
     * Formats for people: {@code £63,573,469.00}, {@code -£122,180.00}. Two decimal places, more
     * when the amount holds fractions of a penny (nothing is rounded away).
     *
     * @param amount the amount, not null, in GBP
     * @return the text, never null
     */
    public static String format(MonetaryAmount amount) {
        return formatPounds(pounds(amount));
    }

    /**
     * Formats pence for people as {@link #format(MonetaryAmount)} does: {@code formatPence(35462000)}
     * is {@code £354,620.00}. Creates no {@link MonetaryAmount}.
     *
     * @param pence the pence
     * @return the text, never null
     */
    public static String formatPence(long pence) {
        return formatPounds(BigDecimal.valueOf(pence, 2));
    }

    private static String formatPounds(BigDecimal exact) {
        BigDecimal pounds = atLeastTwoPlaces(exact);
        return (pounds.signum() < 0 ? "-£" : "£") + Checks.group(pounds.abs());
    }

    /**
     * Formats for machines: {@code 354620.00}, {@code -122180.00}: no symbol, no separators, two
     * decimal places (more when the amount holds fractions of a penny).
     *
     * @param amount the amount, not null, in GBP
     * @return the text, never null
     */
    public static String formatPlain(MonetaryAmount amount) {
        return atLeastTwoPlaces(pounds(amount)).toPlainString();
    }

    /**
     * Formats pence for machines as {@link #formatPlain(MonetaryAmount)} does:
     * {@code formatPlainPence(-12218000)} is {@code -122180.00}. Creates no {@link MonetaryAmount}.
     *
     * @param pence the pence
     * @return the text, never null
     */
    public static String formatPlainPence(long pence) {
        return BigDecimal.valueOf(pence, 2).toPlainString();
    }

    /**
     * Whether two GBP amounts are numerically equal, whatever their scale.
     *
     * @param a an amount, not null
     * @param b an amount, not null
     * @return true when equal
     */
    public static boolean same(MonetaryAmount a, MonetaryAmount b) {
        return pounds(a).compareTo(pounds(b)) == 0;
    }

    private static BigDecimal atLeastTwoPlaces(BigDecimal pounds) {
        BigDecimal stripped = pounds.stripTrailingZeros();
        return stripped.scale() < 2 ? pounds.setScale(2) : stripped;
    }
}
