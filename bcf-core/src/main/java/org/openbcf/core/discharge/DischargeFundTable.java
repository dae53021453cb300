package org.openbcf.core.discharge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
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
 * Reads the ASC Discharge Fund tab as the 2022-23 template exports it, tab-separated: a header row
 * starting {@code Scheme Name}, one row per scheme (name, type, sub type, planned £, actual £, actual
 * number of packages, unit of measure, changed? Yes/No, why, intended impact? Yes/No, how, learning),
 * then the four summary lines {@code Planned Expenditure}, {@code Actual Expenditure},
 * {@code Actual Expenditure ICB} and {@code Actual Expenditure LA}, each with an amount.
 *
 * <p>Blank lines and lines starting with {@code #} are skipped. This class is a stateless utility and
 * thread-safe.
 */
public final class DischargeFundTable {

    private static final String[] SUMMARY = {"Planned Expenditure", "Actual Expenditure", "Actual Expenditure ICB",
        "Actual Expenditure LA"};

    private DischargeFundTable() {
    }

    /**
     * Reads a tab.
     *
     * @param in the text, not null; not closed
     * @return the return, never null
     * @throws IllegalArgumentException naming the line and column when a cell is malformed, or when the
     *                                  header or a summary line is missing
     * @throws UncheckedIOException     when reading fails
     */
    public static DischargeFundReturn read(Reader in) {
        Checks.notNull(in, "in");
        List<DischargeFundScheme> schemes = new ArrayList<>();
        Map<String, MonetaryAmount> totals = new HashMap<>();
        boolean header = false;
        int number = 0;
        try {
            BufferedReader lines = new BufferedReader(in);
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (!header) {
                    if (!cells[0].strip().equalsIgnoreCase("Scheme Name")) {
                        throw new IllegalArgumentException("discharge fund line " + number
                                + ": expected the header row starting 'Scheme Name'");
                    }
                    header = true;
                } else if (cells.length == 2 && isSummary(cells[0])) {
                    totals.put(cells[0].strip().toLowerCase(Locale.ROOT), amount(cells[1], number, 2));
                } else {
                    schemes.add(row(cells, number));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String label : SUMMARY) {
            if (!totals.containsKey(label.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("discharge fund table has no '" + label + "' line");
            }
        }
        return new DischargeFundReturn(schemes, totals.get("planned expenditure"), totals.get("actual expenditure"),
                totals.get("actual expenditure icb"), totals.get("actual expenditure la"));
    }

    private static boolean isSummary(String label) {
        for (String s : SUMMARY) {
            if (s.equalsIgnoreCase(label.strip())) {
                return true;
            }
        }
        return false;
    }

    private static DischargeFundScheme row(String[] cells, int line) {
        if (cells.length < 10) {
            throw new IllegalArgumentException("discharge fund line " + line + " has " + cells.length
                    + " columns; a scheme row needs at least 10 (name to intended impact)");
        }
        try {
            String impact = cells[5].strip().replace(",", "");
            return new DischargeFundScheme(cells[0], DischargeSchemeType.ofLabel(cells[1]), cells[2],
                    amount(cells[3], line, 4), amount(cells[4], line, 5),
                    impact.isEmpty() ? OptionalLong.empty() : OptionalLong.of(count(impact, line)),
                    ImpactUnit.ofLabel(cells[6]), yesNo(cells[7], line, 8), cells[8], yesNo(cells[9], line, 10),
                    cells.length > 10 ? cells[10] : "");
        } catch (IllegalArgumentException bad) {
            throw bad.getMessage().startsWith("discharge fund line") ? bad
                    : new IllegalArgumentException("discharge fund line " + line + ": " + bad.getMessage(), bad);
        }
    }

    private static MonetaryAmount amount(String cell, int line, int column) {
        try {
            return Gbp.parse(cell);
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException("discharge fund line " + line + " column " + column + ": " + bad.getMessage(), bad);
        }
    }

    private static long count(String cell, int line) {
        try {
            return Long.parseLong(cell);
        } catch (NumberFormatException bad) {
            throw new IllegalArgumentException("discharge fund line " + line + " column 6: actual number of packages '"
                    + cell + "' is not a whole number", bad);
        }
    }

    private static boolean yesNo(String cell, int line, int column) {
        String answer = cell.strip();
        if (answer.equalsIgnoreCase("Yes") || answer.equalsIgnoreCase("No")) {
            return answer.equalsIgnoreCase("Yes");
        }
        throw new IllegalArgumentException("discharge fund line " + line + " column " + column + ": '" + answer
                + "' must be Yes or No");
    }
}
