package org.openbcf.core.scheme;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.money.MonetaryAmount;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.money.InputLimits;

/**
 * The amount printed against a scheme's investment line or efficiency, with its status and the text
 * exactly as printed: {@code £610,676} (exact), {@code Potentially, £101,157 ...} (estimate),
 * {@code no cost implications} (nil, £0), {@code ?} or {@code £TBC} (to be confirmed, unpriced).
 *
 * <p>Source: Norfolk 2016/17 plan, section F, investment tables (schemes spec 1.4, issue 13).
 * {@link #toString()} is the printed text, which {@link #parse(String)} accepts. Amounts are equal
 * when status, figure (whatever its scale) and text are. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class LineAmount {

    private static final Pattern TBC = Pattern.compile(
            "(?i)\\?|.*\\bTBC\\b.*|.*\\bTBA\\b.*|to be (confirmed|agreed|decided|determined).*");
    private static final Pattern NIL = Pattern.compile("(?i)(no|nil) cost( implications?)?\\.?|nil|none");
    private static final Pattern FIGURE = Pattern.compile("£\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d{1,2})?");

    private final AmountStatus status;
    private final MonetaryAmount amount;
    private final String text;

    private LineAmount(AmountStatus status, MonetaryAmount amount, String text) {
        this.status = status;
        this.amount = amount;
        this.text = text;
    }

    /**
     * An exact amount, printed as {@code £610,676.00}.
     *
     * @param amount the amount, GBP, at least £0, whole pennies
     * @return the line amount, never null
     */
    public static LineAmount exact(MonetaryAmount amount) {
        InputLimits.requireInput(amount, "exact amount");
        return new LineAmount(AmountStatus.EXACT, amount, Gbp.format(amount));
    }

    /**
     * An unpriced amount: {@code toBeConfirmed("£TBC")}.
     *
     * @param text the printed placeholder, not blank
     * @return the line amount, never null
     */
    public static LineAmount toBeConfirmed(String text) {
        return new LineAmount(AmountStatus.TO_BE_CONFIRMED, null, Checks.notBlank(text, "text").strip());
    }

    /**
     * Reads a printed amount. Placeholders ({@code ?}, anything with {@code TBC} or {@code TBA},
     * {@code To be confirmed/agreed/decided/determined}) are unpriced; {@code no cost implications}
     * is £0; a bare figure ({@code £982,676}, {@code 982676}) is exact; text that contains a
     * {@code £} figure after other words ({@code Potentially, £101,157 - ...}) is an estimate of the
     * first such figure.
     *
     * @param text the printed text, not blank
     * @return the line amount, never null
     * @throws IllegalArgumentException when the text is none of these
     */
    public static LineAmount parse(String text) {
        String printed = Checks.notBlank(text, "amount text").strip();
        if (TBC.matcher(printed).matches()) {
            return new LineAmount(AmountStatus.TO_BE_CONFIRMED, null, printed);
        }
        if (NIL.matcher(printed).matches()) {
            return new LineAmount(AmountStatus.NIL, Gbp.zero(), printed);
        }
        MonetaryAmount exact = figure(printed);
        if (exact != null) {
            InputLimits.requireInput(exact, "amount '" + printed + "'");
            return new LineAmount(AmountStatus.EXACT, exact, printed);
        }
        Matcher m = FIGURE.matcher(printed);
        if (m.find()) {
            String fraction = m.group(2) == null ? "" : m.group(2);
            return new LineAmount(AmountStatus.ESTIMATE,
                    Gbp.of(new BigDecimal(m.group(1).replace(",", "") + fraction)), printed);
        }
        throw new IllegalArgumentException("amount '" + printed + "' is not a figure (£982,676), an estimate "
                + "(Potentially, £101,157), a placeholder (?, TBC, To be confirmed) or 'no cost implications'");
    }

    private static MonetaryAmount figure(String printed) {
        try {
            return Gbp.parse(printed);
        } catch (IllegalArgumentException notAFigure) {
            return null;
        }
    }

    /**
     * The status.
     *
     * @return the status, never null
     */
    public AmountStatus status() {
        return status;
    }

    /**
     * The figure, when priced (£0 for nil).
     *
     * @return the amount, or empty when to be confirmed
     */
    public Optional<MonetaryAmount> amount() {
        return Optional.ofNullable(amount);
    }

    /**
     * Whether the amount carries a figure.
     *
     * @return true unless to be confirmed
     */
    public boolean isPriced() {
        return status.isPriced();
    }

    /**
     * The figure, or £0 when unpriced, for adding up priced lines.
     *
     * @return the amount, never null
     */
    public MonetaryAmount amountOrZero() {
        return amount == null ? Gbp.zero() : amount;
    }

    /**
     * The text as printed, e.g. {@code £TBC}.
     *
     * @return the text, never null
     */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LineAmount that && status == that.status && text.equals(that.text)
                && (amount == null ? that.amount == null : that.amount != null && Gbp.same(amount, that.amount));
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, text, amount == null ? null : Gbp.pounds(amount).stripTrailingZeros());
    }

    /**
     * The printed text, which {@link #parse(String)} reads back to an equal value.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return text;
    }
}
