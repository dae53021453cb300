package org.openbcf.core.fund;

import javax.money.MonetaryAmount;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.money.InputLimits;

/**
 * One partner's gross contribution to a pooled fund from one funding stream, e.g. NHS Norwich CCG,
 * CCG minimum contribution, £12,245,000.00; optionally with a line label that tells apart several
 * lines of the same partner and stream, e.g. a DFG allocation and its in-year top-up ("April
 * allocation" £3,848,548 and "January top-up" £529,560, Bristol 2024-25, bcf-2024-27 R-25-4).
 *
 * <p>The amount is GBP, not negative, at most £1,000,000,000.00 ({@link org.openbcf.core.money.InputLimits}), in
 * whole pennies. This class is immutable and thread-safe.
 *
 * @param partner the contributing partner, not null
 * @param stream  the funding stream, not null
 * @param amount  the gross contribution, GBP, £0 to £1,000,000,000, whole pennies
 * @param line    the line label, stripped; empty for a partner's only line on the stream; not null
 * @since 0.1.0
 */
public record Contribution(Partner partner, FundingStream stream, MonetaryAmount amount, String line) {

    /**
     * Checks the components.
     *
     * @param partner the contributing partner
     * @param stream  the funding stream
     * @param amount  the gross contribution
     * @param line    the line label, empty for none
     */
    public Contribution(@NotNull Partner partner, @NotNull FundingStream stream, @NotNull @PositiveOrZero MonetaryAmount amount,
                        @NotNull String line) {
        Checks.notNull(partner, "partner");
        Checks.notNull(stream, "stream");
        InputLimits.requireInput(amount, "contribution of " + partner.name() + " to " + stream.label());
        Checks.notNull(line, "line");
        this.partner = partner;
        this.stream = stream;
        this.amount = amount;
        this.line = line.strip();
    }

    /**
     * A contribution without a line label.
     *
     * @param partner the contributing partner, not null
     * @param stream  the funding stream, not null
     * @param amount  the gross contribution, GBP, at least £0, whole pennies
     */
    public Contribution(@NotNull Partner partner, @NotNull FundingStream stream, @NotNull @PositiveOrZero MonetaryAmount amount) {
        this(partner, stream, amount, "");
    }

    /**
     * A contribution with a line label: {@code of(council, FundingStream.DFG, Gbp.of(529_560), "January top-up")}.
     *
     * @param partner the contributing partner, not null
     * @param stream  the funding stream, not null
     * @param amount  the gross contribution, GBP, at least £0, whole pennies
     * @param line    the line label, not null (empty for none)
     * @return the contribution, never null
     */
    public static Contribution of(Partner partner, FundingStream stream, MonetaryAmount amount, String line) {
        return new Contribution(partner, stream, amount, line);
    }

    /**
     * This contribution with another line label.
     *
     * @param label the label, not null (empty for none)
     * @return a new contribution, never null
     */
    public Contribution withLine(String label) {
        return new Contribution(partner, stream, amount, label);
    }

    /**
     * A contribution.
     *
     * @param partner the contributing partner, not null
     * @param stream  the funding stream, not null
     * @param amount  the gross contribution, GBP, £0 to £1,000,000,000, whole pennies
     * @return the contribution, never null
     */
    public static Contribution of(Partner partner, FundingStream stream, MonetaryAmount amount) {
        return new Contribution(partner, stream, amount);
    }

    /**
     * Readable text, e.g. {@code NHS Norwich CCG (CCG), CCG minimum contribution: £12,245,000.00}, or
     * with a line label {@code Bristol City Council (county council), Disabled Facilities Grant [January top-up]: £529,560.00}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return partner + ", " + stream.label() + (line.isEmpty() ? "" : " [" + line + "]") + ": " + Gbp.format(amount);
    }
}
