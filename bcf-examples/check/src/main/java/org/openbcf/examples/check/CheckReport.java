package org.openbcf.examples.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Severity;

/**
 * The outcome of checking one workbook: every computed cell the mapping names, set against
 * openbcf's reference value, and the findings openbcf's rules report on the workbook's inputs (e.g.
 * {@code ERROR R-P4P-14} when an agreed payment is more than the sheet allows). A JUnit test in a
 * host project asserts on it: {@code report.assertPasses()}.
 *
 * <p>The check <em>passes</em> when every cell agrees and no finding is an {@link Severity#ERROR};
 * warnings and notes are reported but do not fail it. This class is immutable and thread-safe.
 *
 * @param workbook    how the workbook is named, e.g. {@code workbook q3.xlsx}, not null
 * @param calculation the calculation checked, e.g. {@code p4p}, not null
 * @param tolerance   the largest difference that counts as agreement, at least 0, not null
 * @param comparisons every checked cell in the calculation's order, not null
 * @param findings    the rules' findings on the workbook's inputs, in the library's order, not null
 * @param roundings   every input read as a value other than the one saved (money rounded to the
 *                    penny, a count's noise), in the order read, not null
 *
 * @since 0.1.0
 */
public record CheckReport(String workbook, String calculation, BigDecimal tolerance, List<CellComparison> comparisons,
                          Findings findings, List<InputRounding> roundings) {

    /**
     * Checks and copies the components.
     *
     * @param workbook    how the workbook is named
     * @param calculation the calculation checked
     * @param tolerance   the tolerance
     * @param comparisons every checked cell
     * @param findings    the rules' findings
     * @param roundings   the inputs rounded as read
     */
    public CheckReport {
        Objects.requireNonNull(workbook, "workbook");
        Objects.requireNonNull(calculation, "calculation");
        SpreadsheetCheck.requireTolerance(tolerance);
        comparisons = List.copyOf(Objects.requireNonNull(comparisons, "comparisons"));
        Objects.requireNonNull(findings, "findings");
        roundings = List.copyOf(Objects.requireNonNull(roundings, "roundings"));
    }

    /**
     * A report with no findings and no rounded input, e.g. for a calculation whose rules found nothing.
     *
     * @param workbook    how the workbook is named, e.g. {@code workbook q3.xlsx}, not null
     * @param calculation the calculation checked, e.g. {@code p4p}, not null
     * @param tolerance   the tolerance, at least 0, not null
     * @param comparisons every checked cell, not null
     */
    public CheckReport(String workbook, String calculation, BigDecimal tolerance, List<CellComparison> comparisons) {
        this(workbook, calculation, tolerance, comparisons, Findings.none(), List.of());
    }

    /**
     * The cells that fail: their saved value differs from the reference by more than the tolerance,
     * or (recalculated) is no longer what their own formula gives ({@link CellStatus#fails()}: stale,
     * broken, pasted).
     *
     * @return the disagreeing cells, in order, never null
     */
    public List<CellComparison> disagreements() {
        return comparisons.stream().filter(c -> c.status().fails()).toList();
    }

    /**
     * The recalculated cells whose formula Apache POI cannot evaluate (a function it does not
     * implement, named in the {@link org.openbcf.examples.workbook.Recalculation}): reported, not failed.
     *
     * @return the cells, in order, never null; empty when the check did not recalculate
     */
    public List<CellComparison> notRecalculated() {
        return comparisons.stream().filter(c -> c.recalculated()
                .filter(r -> r.kind() == org.openbcf.examples.workbook.Recalculation.Kind.UNSUPPORTED).isPresent()).toList();
    }

    /**
     * Whether every checked cell agrees (findings aside: see {@link #passes()}).
     *
     * @return true when there is no disagreement
     */
    public boolean agrees() {
        return disagreements().isEmpty();
    }

    /**
     * The findings that fail the check: those of severity {@link Severity#ERROR}, e.g.
     * {@code ERROR R-P4P-15 totalPaid: ...}.
     *
     * @return the errors, in order, never null
     */
    public Findings errors() {
        return findings.ofSeverity(Severity.ERROR);
    }

    /**
     * Whether the check passes: every cell agrees and no finding is an error. {@code bcf check}
     * exits 0 exactly when this is true (1 otherwise).
     *
     * @return true when the workbook passes
     */
    public boolean passes() {
        return agrees() && !findings.hasErrors();
    }

    /**
     * Throws when the check does not pass, listing every disagreeing cell and every finding, so a
     * host project's test reads {@code SpreadsheetCheck.run(workbook, mapping).assertPasses();}.
     *
     * @return this report, when it passes
     * @throws AssertionError when a cell disagrees or a finding is an error; its message is
     *                        {@link #toString()}
     */
    public CheckReport assertPasses() {
        if (!passes()) {
            throw new AssertionError(toString());
        }
        return this;
    }

    /**
     * A summary line, then one line per disagreeing cell, per finding, per rounded input
     * ({@code NOTE} and the {@link InputRounding}) and per cell not recalculated ({@code NOTE}), e.g.
     * {@code workbook q3.xlsx, p4p: all 32 cells agree, 5 findings (5 errors) (tolerance 0.00)}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        List<CellComparison> disagreements = disagreements();
        int errors = errors().size();
        String summary = workbook + ", " + calculation + ": " + (disagreements.isEmpty()
                ? "all " + comparisons.size() + " cells agree"
                : disagreements.size() + " of " + comparisons.size() + " cells disagree") + recalculation()
                + (findings.isEmpty() ? "" : ", " + count(findings.size(), "finding") + " (" + count(errors, "error") + ")")
                + " (tolerance " + CellComparison.plain(tolerance) + ")";
        List<String> lines = new ArrayList<>();
        lines.add(summary);
        disagreements.forEach(c -> lines.add("  " + c));
        for (Finding finding : findings) {
            lines.add("  " + finding);
        }
        roundings.forEach(r -> lines.add("  NOTE " + r));
        notRecalculated().forEach(c -> lines.add("  " + notRecalculatedLine(c)));
        return String.join("\n", lines);
    }

    /**
     * The line a cell Apache POI cannot recalculate is reported with, e.g. {@code NOTE '5. I&E'!G25 balance
     * not recalculated: =SLN(C5,D5,5) cannot be evaluated: Apache POI does not implement the function SLN}.
     *
     * @param cell a cell of {@link #notRecalculated()}, not null
     * @return the line, never null
     */
    public static String notRecalculatedLine(CellComparison cell) {
        return "NOTE " + cell.cell() + " " + cell.output() + " not recalculated: "
                + cell.recalculated().map(Object::toString).orElse("");
    }

    /** Empty when not recalculated, else e.g. {@code  (recalculated: 1 stale, 1 unsupported, 2 unsaved)}. */
    private String recalculation() {
        if (comparisons.stream().allMatch(c -> c.recalculated().isEmpty())) {
            return "";
        }
        List<String> counts = new ArrayList<>();
        for (CellStatus status : List.of(CellStatus.STALE, CellStatus.BROKEN, CellStatus.PASTED, CellStatus.UNSUPPORTED)) {
            long n = comparisons.stream().filter(c -> c.status() == status).count();
            if (n > 0) {
                counts.add(n + " " + status);
            }
        }
        long unsaved = comparisons.stream().filter(CellComparison::unsaved).count();
        if (unsaved > 0) {
            counts.add(unsaved + " unsaved");
        }
        return " (recalculated: " + (counts.isEmpty() ? "every formula gives its saved value" : String.join(", ", counts)) + ")";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
