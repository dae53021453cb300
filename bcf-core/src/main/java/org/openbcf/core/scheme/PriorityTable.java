package org.openbcf.core.scheme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import javax.money.MonetaryAmount;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;

/**
 * A table of spend by priority with stated percentages, checked by recomputing each percentage from
 * the amounts and the total against the figure it should equal. Norfolk 2022-23 Core BCF: 15 lines
 * adding up to £73,032,000, £95 below the NHS minimum £73,032,095; five percentages mis-rounded (G2,
 * R1, R2).
 *
 * <p>Percentages are amount ÷ table total × 100, rounded half-up to the stated scale: the templates'
 * convention for shown percentages. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PriorityTable {

    /** Rule: a stated percentage equals the recomputed one at the stated scale (half-up). */
    public static final Rule RULE_PERCENT = Rule.R_PRI_1;
    /** Rule: the table adds up to the figure it breaks down. */
    public static final Rule RULE_TOTAL = Rule.R_PRI_2;

    private final List<PriorityLine> lines;

    private PriorityTable(List<PriorityLine> lines) {
        this.lines = lines;
    }

    /**
     * A table of the given lines, in order.
     *
     * @param lines the lines, not null, no nulls
     * @return the table, never null
     */
    public static PriorityTable of(List<PriorityLine> lines) {
        Checks.notNull(lines, "lines");
        for (int i = 0; i < lines.size(); i++) {
            Checks.notNullElement(lines.get(i), "lines", i);
        }
        return new PriorityTable(List.copyOf(lines));
    }

    /**
     * An empty table to add the rows of the slide to, as it prints them: a header row starting
     * {@code Priority}, then {@code name, £amount, percent} rows; a {@code Total} row is skipped (the
     * total is computed). The input layer of bcf-examples reads the file ({@code TextRows}) and names
     * the row of a refused one.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the rows of one table, in order. Not thread-safe. */
    public static final class Builder {
        private final List<PriorityLine> lines = new ArrayList<>();
        private boolean header;

        private Builder() {
        }

        /**
         * Adds one row of fields.
         *
         * @param fields the fields, not null
         * @return this builder
         * @throws IllegalArgumentException naming the field when the row is malformed, or when the first
         *                                  row is not the header
         */
        public Builder row(List<String> fields) {
            Checks.notNull(fields, "fields");
            String first = fields.isEmpty() ? "" : fields.get(0).strip();
            if (first.toLowerCase(java.util.Locale.ROOT).startsWith("total")) {
                return this;
            }
            if (!header) {
                header = first.equalsIgnoreCase("Priority");
                if (!header) {
                    throw new IllegalArgumentException("expected the header row starting 'Priority'");
                }
                return this;
            }
            if (fields.size() < 3) {
                throw new IllegalArgumentException("has " + fields.size() + " columns; expected priority, amount, percent");
            }
            BigDecimal percent;
            try {
                percent = org.openbcf.core.number.Numbers.parseDecimal(fields.get(2), "column 3: percent");
            } catch (IllegalArgumentException bad) {
                throw new IllegalArgumentException(bad.getMessage(), bad);
            }
            try {
                lines.add(new PriorityLine(first, Gbp.parse(fields.get(1)), percent));
            } catch (IllegalArgumentException bad) {
                throw new IllegalArgumentException("column 2: " + bad.getMessage(), bad);
            }
            return this;
        }

        /**
         * The table.
         *
         * @return the table, never null
         * @throws IllegalArgumentException when no header row was added
         */
        public PriorityTable build() {
            if (!header) {
                throw new IllegalArgumentException("priority table has no header row starting 'Priority'");
            }
            return of(lines);
        }
    }

    /**
     * The lines in order.
     *
     * @return an unmodifiable list, never null
     */
    public List<PriorityLine> lines() {
        return lines;
    }

    /**
     * The lines added up: £73,032,000 for Norfolk 2022-23.
     *
     * @return the total, never null
     */
    public MonetaryAmount total() {
        return lines.stream().map(PriorityLine::amount).collect(Gbp.summing());
    }

    /**
     * A line's percentage of the total, rounded half-up to {@code scale} places: ICES 9.67.
     *
     * @param line  the line, not null
     * @param scale decimal places, 0 to 30
     * @return the percentage, zero when the total is zero
     */
    public BigDecimal percent(PriorityLine line, int scale) {
        Checks.notNull(line, "line");
        Checks.inRange(scale, 0, 30, "scale");
        BigDecimal total = Gbp.pounds(total());
        return total.signum() == 0 ? BigDecimal.ZERO.setScale(scale)
                : Gbp.pounds(line.amount()).movePointRight(2).divide(total, scale, RoundingMode.HALF_UP);
    }

    /**
     * Checks the table: {@link #RULE_PERCENT} (WARNING, stated and recomputed figures) for each
     * percentage that differs from the recomputed one at its own scale, and {@link #RULE_TOTAL}
     * (WARNING, with the difference) when the total differs from {@code expectedTotal}.
     *
     * @param expectedTotal the figure the table breaks down, e.g. the NHS minimum £73,032,095; not null
     * @return the findings, never null
     */
    public Findings check(MonetaryAmount expectedTotal) {
        Gbp.require(expectedTotal, "expectedTotal");
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PriorityLine line = lines.get(i);
            BigDecimal recomputed = percent(line, Math.max(0, line.statedPercent().scale()));
            if (recomputed.compareTo(line.statedPercent()) != 0) {
                found.add(Finding.of(RULE_PERCENT, Severity.WARNING, "priorities.line" + (i + 1) + ".percent", "'"
                                + line.priority() + "' is stated as " + line.statedPercent().toPlainString() + "% but is "
                                + recomputed.toPlainString() + "% of " + Gbp.format(total()))
                        .withAmount("amount", line.amount())
                        .withFigure("statedPercent", line.statedPercent()).withFigure("recomputedPercent", recomputed));
            }
        }
        MonetaryAmount total = total();
        if (!Gbp.same(total, expectedTotal)) {
            found.add(Finding.of(RULE_TOTAL, Severity.WARNING, "priorities.total", "the table adds up to "
                            + Gbp.format(total) + ", not " + Gbp.format(expectedTotal))
                    .withAmount("tableTotal", total).withAmount("expected", expectedTotal)
                    .withAmount("difference", Gbp.minus(total, expectedTotal)));
        }
        return Findings.of(found);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PriorityTable that && lines.equals(that.lines);
    }

    @Override
    public int hashCode() {
        return lines.hashCode();
    }

    /**
     * A one-line summary, e.g. {@code 15 priorities, £73,032,000.00}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return lines.size() + " priorities, " + Gbp.format(total());
    }
}
