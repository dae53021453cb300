package org.openbcf.core.scheme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import javax.money.MonetaryAmount;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
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
 */
public final class PriorityTable {

    /** Rule: a stated percentage equals the recomputed one at the stated scale (half-up). */
    public static final String RULE_PERCENT = "R-PRI-1";
    /** Rule: the table adds up to the figure it breaks down. */
    public static final String RULE_TOTAL = "R-PRI-2";

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
     * Reads a table as the slide prints it, tab-separated: a header row starting {@code Priority}, then
     * {@code name, £amount, percent} rows; a {@code Total} row is skipped (the total is computed), as are
     * blank lines and lines starting with {@code #}.
     *
     * @param in the text, not null; not closed
     * @return the table, never null
     * @throws IllegalArgumentException naming the line when a row is malformed
     * @throws java.io.UncheckedIOException when reading fails
     */
    public static PriorityTable read(java.io.Reader in) {
        Checks.notNull(in, "in");
        List<PriorityLine> lines = new ArrayList<>();
        java.io.BufferedReader text = new java.io.BufferedReader(in);
        int number = 0;
        boolean header = false;
        try {
            for (String line = text.readLine(); line != null; line = text.readLine()) {
                number++;
                String[] cells = line.split("\t", -1);
                String first = cells[0].strip();
                if (line.isBlank() || line.startsWith("#") || first.toLowerCase(java.util.Locale.ROOT).startsWith("total")) {
                    continue;
                }
                if (!header) {
                    header = first.equalsIgnoreCase("Priority");
                    if (!header) {
                        throw new IllegalArgumentException("priority table line " + number
                                + ": expected the header row starting 'Priority'");
                    }
                    continue;
                }
                if (cells.length < 3) {
                    throw new IllegalArgumentException("priority table line " + number + " has " + cells.length
                            + " columns; expected priority, amount, percent");
                }
                try {
                    lines.add(new PriorityLine(first, Gbp.parse(cells[1]), new BigDecimal(cells[2].strip())));
                } catch (NumberFormatException bad) {
                    throw new IllegalArgumentException("priority table line " + number + ": percent '" + cells[2].strip()
                            + "' is not a number", bad);
                } catch (IllegalArgumentException bad) {
                    throw new IllegalArgumentException("priority table line " + number + ": " + bad.getMessage(), bad);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return of(lines);
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
     * Checks the table: {@value #RULE_PERCENT} (WARNING, stated and recomputed figures) for each
     * percentage that differs from the recomputed one at its own scale, and {@value #RULE_TOTAL}
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
                    .withAmount("difference", total.subtract(expectedTotal)));
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
