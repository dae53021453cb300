package org.openbcf.core.discharge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import javax.money.MonetaryAmount;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;

/**
 * Builds the ASC Discharge Fund tab from the rows of the 2022-23 template's export (tab-separated,
 * read by the input layer of bcf-examples): a header row
 * starting {@code Scheme Name}, one row per scheme (name, type, sub type, planned £, actual £, actual
 * number of packages, unit of measure, changed? Yes/No, why, intended impact? Yes/No, how, learning),
 * then the four summary lines {@code Planned Expenditure}, {@code Actual Expenditure},
 * {@code Actual Expenditure ICB} and {@code Actual Expenditure LA}, each with an amount.
 *
 * <p>This class is a stateless utility and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1.0
 */
public final class DischargeFundTable {

    private static final String[] SUMMARY = {"Planned Expenditure", "Actual Expenditure", "Actual Expenditure ICB",
        "Actual Expenditure LA"};

    private DischargeFundTable() {
    }

    /**
     * An empty tab to add the rows of the template's export to, in order: the header row, the scheme
     * rows and the four summary lines. The input layer of bcf-examples reads the file
     * ({@code TextRows}) and names the row of a refused one.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the rows of one tab. Not thread-safe. */
    public static final class Builder {
        private final List<DischargeFundScheme> schemes = new ArrayList<>();
        private final Map<String, MonetaryAmount> totals = new HashMap<>();
        private boolean header;

        private Builder() {
        }

        /**
         * Adds one row of fields.
         *
         * @param fields the fields, not null
         * @return this builder
         * @throws IllegalArgumentException naming the column when a cell is malformed, or when the first
         *                                  row is not the header
         */
        public Builder row(List<String> fields) {
            Checks.notNull(fields, "fields");
            String[] cells = fields.toArray(new String[0]);
            if (!header) {
                if (cells.length == 0 || !cells[0].strip().equalsIgnoreCase("Scheme Name")) {
                    throw new IllegalArgumentException("expected the header row starting 'Scheme Name'");
                }
                header = true;
            } else if (cells.length == 2 && isSummary(cells[0])) {
                totals.put(cells[0].strip().toLowerCase(Locale.ROOT), amount(cells[1], 2));
            } else {
                schemes.add(scheme(cells));
            }
            return this;
        }

        /**
         * The tab's return.
         *
         * @return the return, never null
         * @throws IllegalArgumentException when the header or a summary line is missing
         */
        public DischargeFundReturn build() {
            if (!header) {
                throw new IllegalArgumentException("discharge fund table has no header row starting 'Scheme Name'");
            }
            for (String label : SUMMARY) {
                if (!totals.containsKey(label.toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("discharge fund table has no '" + label + "' line");
                }
            }
            return new DischargeFundReturn(schemes, totals.get("planned expenditure"), totals.get("actual expenditure"),
                    totals.get("actual expenditure icb"), totals.get("actual expenditure la"));
        }
    }

    /**
     * Whether a row label is one of the tab's four summary lines ({@code Planned Expenditure},
     * {@code Actual Expenditure}, {@code Actual Expenditure ICB}, {@code Actual Expenditure LA}),
     * ignoring case and surrounding spaces.
     *
     * @param label the first cell of a row, not null
     * @return true for a summary line
     */
    public static boolean isSummaryLine(String label) {
        return isSummary(Checks.notNull(label, "label"));
    }

    private static boolean isSummary(String label) {
        for (String s : SUMMARY) {
            if (s.equalsIgnoreCase(label.strip())) {
                return true;
            }
        }
        return false;
    }

    private static DischargeFundScheme scheme(String[] cells) {
        if (cells.length < 10) {
            throw new IllegalArgumentException("has " + cells.length
                    + " columns; a scheme row needs at least 10 (name to intended impact)");
        }
        try {
            String impact = cells[5].strip();
            return new DischargeFundScheme(cells[0], DischargeSchemeType.ofLabel(cells[1]), cells[2],
                    amount(cells[3], 4), amount(cells[4], 5),
                    impact.isEmpty() ? OptionalLong.empty() : OptionalLong.of(count(impact)),
                    ImpactUnit.ofLabel(cells[6]), yesNo(cells[7], 8), cells[8], yesNo(cells[9], 10),
                    cells.length > 10 ? cells[10] : "");
        } catch (IllegalArgumentException bad) {
            throw bad.getMessage().startsWith("column ") ? bad : new IllegalArgumentException(bad.getMessage(), bad);
        }
    }

    private static MonetaryAmount amount(String cell, int column) {
        try {
            return Gbp.parse(cell);
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException("column " + column + ": " + bad.getMessage(), bad);
        }
    }

    private static long count(String cell) {
        try {
            return org.openbcf.core.number.Numbers.parseWhole(cell, "column 6: actual number of packages");
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException(bad.getMessage(), bad);
        }
    }

    private static boolean yesNo(String cell, int column) {
        String answer = cell.strip();
        if (answer.equalsIgnoreCase("Yes") || answer.equalsIgnoreCase("No")) {
            return answer.equalsIgnoreCase("Yes");
        }
        throw new IllegalArgumentException("column " + column + ": '" + answer + "' must be Yes or No");
    }
}
