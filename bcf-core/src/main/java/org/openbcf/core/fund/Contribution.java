package org.openbcf.core.fund;

import javax.money.MonetaryAmount;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.money.InputLimits;

/**
 * One partner's gross contribution to a pooled fund from one funding stream, e.g. NHS Norwich CCG,
 * CCG minimum contribution, £12,245,000.00.
 *
 * <p>The amount is GBP, not negative, at most £1,000,000,000.00 ({@link org.openbcf.core.money.InputLimits}), in
 * whole pennies. This class is immutable and thread-safe.
 *
 * @param partner the contributing partner, not null
 * @param stream  the funding stream, not null
 * @param amount  the gross contribution, GBP, £0 to £1,000,000,000, whole pennies
 */
public record Contribution(Partner partner, FundingStream stream, MonetaryAmount amount) {

    /**
     * Checks the components.
     *
     * @param partner the contributing partner
     * @param stream  the funding stream
     * @param amount  the gross contribution
     */
    public Contribution(@NotNull Partner partner, @NotNull FundingStream stream, @NotNull @PositiveOrZero MonetaryAmount amount) {
        Checks.notNull(partner, "partner");
        Checks.notNull(stream, "stream");
        InputLimits.requireInput(amount, "contribution of " + partner.name() + " to " + stream.label());
        this.partner = partner;
        this.stream = stream;
        this.amount = amount;
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
     * Readable text, e.g. {@code NHS Norwich CCG (CCG), CCG minimum contribution: £12,245,000.00}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return partner + ", " + stream.label() + ": " + Gbp.format(amount);
    }
}
