package org.openbcf.core.scheme;

import org.openbcf.core.internal.Checks;

/**
 * One line of a scheme's investment table: what the money buys, the amount as printed, and the
 * potential efficiencies text. Example (NCH1): {@code Medicines management}, {@code £53,000},
 * {@code Better targeting of medicines; waste reduction}.
 *
 * <p>Source: Norfolk 2016/17 plan, section F, "Investment requirements and VFM" tables. This class
 * is immutable and thread-safe.
 *
 * @param description  what the line pays for, not blank
 * @param amount       the amount, priced or to be confirmed, not null
 * @param efficiencies the potential efficiencies text, empty when the cell is empty, not null
 * @since 0.1.0
 */
public record InvestmentLine(String description, LineAmount amount, String efficiencies) {

    /**
     * Checks and tidies the components.
     *
     * @param description  what the line pays for
     * @param amount       the amount
     * @param efficiencies the potential efficiencies text
     */
    public InvestmentLine {
        description = Checks.notBlank(description, "investment line description").strip();
        Checks.notNull(amount, "amount of investment line '" + description + "'");
        efficiencies = Checks.notNull(efficiencies, "efficiencies").strip();
    }

    /**
     * A line without efficiencies text: {@code of("Rapid Response", LineAmount.parse("95,000"))}.
     *
     * @param description what the line pays for, not blank
     * @param amount      the amount, not null
     * @return the line, never null
     */
    public static InvestmentLine of(String description, LineAmount amount) {
        return new InvestmentLine(description, amount, "");
    }
}
