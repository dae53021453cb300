package org.openbcf.examples.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The outcome of checking one workbook: every computed cell the mapping names, set against
 * openbcf's reference value. A JUnit test in a host project asserts on it:
 * {@code assertThat(report.disagreements()).isEmpty()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param workbook    how the workbook is named, e.g. {@code workbook q3.xlsx}, not null
 * @param calculation the calculation checked, e.g. {@code p4p}, not null
 * @param tolerance   the largest difference that counts as agreement, at least 0, not null
 * @param comparisons every checked cell in the calculation's order, not null
 */
public record CheckReport(String workbook, String calculation, BigDecimal tolerance, List<CellComparison> comparisons) {

    /**
     * Checks and copies the components.
     *
     * @param workbook    how the workbook is named
     * @param calculation the calculation checked
     * @param tolerance   the tolerance
     * @param comparisons every checked cell
     */
    public CheckReport {
        Objects.requireNonNull(workbook, "workbook");
        Objects.requireNonNull(calculation, "calculation");
        SpreadsheetCheck.requireTolerance(tolerance);
        comparisons = List.copyOf(Objects.requireNonNull(comparisons, "comparisons"));
    }

    /**
     * The cells whose saved value differs from the reference by more than the tolerance.
     *
     * @return the disagreeing cells, in order, never null
     */
    public List<CellComparison> disagreements() {
        return comparisons.stream().filter(c -> !c.agrees()).toList();
    }

    /**
     * Whether every checked cell agrees.
     *
     * @return true when there is no disagreement
     */
    public boolean agrees() {
        return comparisons.stream().allMatch(CellComparison::agrees);
    }

    /**
     * A summary line, then one line per disagreeing cell, e.g.
     * {@code workbook q3.xlsx, p4p: 1 of 37 cells disagree (tolerance 0.00)}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        List<CellComparison> disagreements = disagreements();
        String summary = workbook + ", " + calculation + ": " + (disagreements.isEmpty()
                ? "all " + comparisons.size() + " cells agree"
                : disagreements.size() + " of " + comparisons.size() + " cells disagree")
                + " (tolerance " + CellComparison.plain(tolerance) + ")";
        return disagreements.stream().map(c -> "  " + c).collect(Collectors.joining("\n", summary + (disagreements.isEmpty() ? "" : "\n"), ""));
    }
}
