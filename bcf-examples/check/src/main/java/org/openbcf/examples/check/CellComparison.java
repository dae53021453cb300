package org.openbcf.examples.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

import org.openbcf.examples.workbook.Recalculation;

/**
 * One computed cell of a workbook set against openbcf's reference value, e.g.
 * {@code P4P!AR8 suggestedPayment[4]: spreadsheet 100.00, reference 0.00, difference 100.00}.
 *
 * <p>Both values are rounded to the penny (half up) before they are compared, so a spreadsheet's
 * binary floating point (1813330.0000000002) agrees with the exact £1,813,330.00; they agree when
 * the rounded values differ by at most the tolerance (default £0.00: exact to the penny).
 *
 * <p>With {@code --recalculate} ({@link SpreadsheetCheck#recalculate(java.nio.file.Path, java.nio.file.Path)})
 * a comparison also holds what the cell's own formula gives now, the third value beside the saved and
 * the reference ones, and {@link #status()} says whether the saved value is still its formula's:
 * {@code '5. I&E'!G10 income.plan.annualTotal: spreadsheet 62460800.00, reference 62460800.00,
 * difference 0.00; stale: =SUM(C10:E10) gives 47777720}. The saved and the recalculated values are
 * compared as the saved and reference ones are: to the penny, within the tolerance.
 *
 * <p>A formula the workbook saved no result for (written by a program that does not calculate, such
 * as openpyxl, POI or pandas) has no saved value: recalculated, {@link #unsaved(SheetCell, String,
 * Recalculation, BigDecimal, BigDecimal) unsaved} takes what its formula gives now as the spreadsheet's
 * value, and the line says so: {@code '5. I&E'!G10 income.plan.annualTotal: spreadsheet not saved,
 * reference 62460800.00, difference 0.00; unsaved: =SUM(C10:F10) gives 62460800} (status
 * {@link CellStatus#UNSAVED}, or {@link CellStatus#DISAGREES} when that value is not openbcf's).
 *
 * <p>A yes/no output (a condition met, a target met) is compared as 1 or 0. A cell that saved the
 * words, {@code Yes}, {@code No}, {@code TRUE} or {@code FALSE} (any case, spaces around ignored),
 * keeps them in {@link #shown()} beside the number they mean, and the line quotes them:
 * {@code conditions!F6 met[2]: spreadsheet Yes (1.00), reference 0.00, difference 1.00}.
 * Recalculated, such a cell is stale unless its formula still gives the same yes or no in words.
 * This class is immutable and thread-safe.
 *
 * @param cell         the cell, not null
 * @param output       the output's name, with its position when it spans cells, e.g. {@code cap[2]}, not blank
 * @param spreadsheet  the value the workbook saved, not null; for a yes/no cell saved as words, 1 or 0
 * @param shown        the words a yes/no cell saved, e.g. {@code Yes}, stripped; empty for a number, not null
 * @param reference    the value openbcf computed, not null
 * @param tolerance    the largest difference that counts as agreement, at least 0, not null
 * @param recalculated what the cell's formula gives now, or empty when the check did not recalculate, not null
 * @param unsaved      whether the workbook saved no result for the cell's formula, so {@code spreadsheet}
 *                     (and {@code shown}) is what {@code recalculated} gives, which must then be present
 * @since 0.1.0
 */
public record CellComparison(SheetCell cell, String output, BigDecimal spreadsheet, Optional<String> shown,
                             BigDecimal reference, BigDecimal tolerance, Optional<Recalculation> recalculated,
                             boolean unsaved) {

    /** The scale values are compared at: pennies. */
    public static final int SCALE = 2;

    /**
     * Checks the components.
     *
     * @param cell        the cell
     * @param output      the output's name
     * @param spreadsheet the value the workbook saved
     * @param shown       the words a yes/no cell saved, or empty
     * @param reference   the value openbcf computed
     * @param tolerance   the largest difference that counts as agreement
     * @param recalculated what the cell's formula gives now, or empty
     * @param unsaved     whether the workbook saved no result for the formula
     * @throws IllegalArgumentException when the words are not a yes or no, or the number is not what they mean,
     *                                  or an unsaved cell has no recalculation
     */
    public CellComparison {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(spreadsheet, "spreadsheet");
        Objects.requireNonNull(shown, "shown");
        Objects.requireNonNull(reference, "reference");
        if (shown.isPresent()) {
            String words = shown.get();
            boolean yes = CalculationCells.yesNoWords(words).orElseThrow(() -> new IllegalArgumentException(
                    "shown ('" + words + "') must be Yes, No, TRUE or FALSE"));
            if (spreadsheet.compareTo(CalculationCells.flag(yes)) != 0) {
                throw new IllegalArgumentException("spreadsheet (" + spreadsheet.toPlainString() + ") must be "
                        + CalculationCells.flag(yes) + " for a cell that shows " + words);
            }
            shown = Optional.of(words.strip());
        }
        SpreadsheetCheck.requireTolerance(tolerance);
        Objects.requireNonNull(recalculated, "recalculated");
        if (unsaved && recalculated.isEmpty()) {
            throw new IllegalArgumentException("an unsaved cell (" + cell + ") must be recalculated");
        }
    }

    /**
     * A comparison whose formula result the workbook saved (not {@link #unsaved()}), e.g.
     * {@code new CellComparison(cell, "balance", saved, Optional.empty(), reference, BigDecimal.ZERO, Optional.empty())}.
     *
     * @param cell         the cell, not null
     * @param output       the output's name, not null
     * @param spreadsheet  the value the workbook saved, not null
     * @param shown        the words a yes/no cell saved, or empty, not null
     * @param reference    the value openbcf computed, not null
     * @param tolerance    the largest difference that counts as agreement, at least 0, not null
     * @param recalculated what the cell's formula gives now, or empty, not null
     */
    public CellComparison(SheetCell cell, String output, BigDecimal spreadsheet, Optional<String> shown,
                          BigDecimal reference, BigDecimal tolerance, Optional<Recalculation> recalculated) {
        this(cell, output, spreadsheet, shown, reference, tolerance, recalculated, false);
    }

    /**
     * A comparison of a formula the workbook saved no result for, with what it gives now: a number, or
     * for a yes/no output the words {@code Yes}, {@code No}, {@code TRUE} or {@code FALSE}, e.g.
     * {@code CellComparison.unsaved(cell, "balance", Recalculation.number("G12-G22", value), reference, BigDecimal.ZERO)}.
     *
     * @param cell          the cell, not null
     * @param output        the output's name, not null
     * @param recalculation what the cell's formula gives now, not null
     * @param reference     the value openbcf computed, not null
     * @param tolerance     the largest difference that counts as agreement, at least 0, not null
     * @return the comparison, never null
     * @throws IllegalArgumentException when the formula gives neither a number nor yes/no words
     */
    public static CellComparison unsaved(SheetCell cell, String output, Recalculation recalculation, BigDecimal reference,
                                         BigDecimal tolerance) {
        Objects.requireNonNull(recalculation, "recalculation");
        if (recalculation.kind() == Recalculation.Kind.NUMBER) {
            return new CellComparison(cell, output, recalculation.number().orElseThrow(), Optional.empty(), reference,
                    tolerance, Optional.of(recalculation), true);
        }
        Optional<Boolean> yes = recalculation.kind() == Recalculation.Kind.TEXT
                ? CalculationCells.yesNoWords(recalculation.detail()) : Optional.empty();
        if (yes.isEmpty()) {
            throw new IllegalArgumentException("recalculation (" + recalculation + ") must give a number, or Yes or No");
        }
        return new CellComparison(cell, output, CalculationCells.flag(yes.get()), Optional.of(recalculation.detail()),
                reference, tolerance, Optional.of(recalculation), true);
    }

    /**
     * A comparison of a saved value with openbcf's, not recalculated, e.g.
     * {@code new CellComparison(cell, "balance", saved, reference, BigDecimal.ZERO)}.
     *
     * @param cell        the cell, not null
     * @param output      the output's name, not null
     * @param spreadsheet the value the workbook saved, not null
     * @param reference   the value openbcf computed, not null
     * @param tolerance   the largest difference that counts as agreement, at least 0, not null
     */
    public CellComparison(SheetCell cell, String output, BigDecimal spreadsheet, BigDecimal reference, BigDecimal tolerance) {
        this(cell, output, spreadsheet, Optional.empty(), reference, tolerance, Optional.empty());
    }

    /**
     * A comparison of a yes/no cell that saved the words with openbcf's 1 or 0, not recalculated, e.g.
     * {@code CellComparison.yesNo(cell, "met[2]", "Yes", BigDecimal.ZERO, BigDecimal.ZERO)}.
     *
     * @param cell      the cell, not null
     * @param output    the output's name, not null
     * @param words     what the cell saved: {@code Yes}, {@code No}, {@code TRUE} or {@code FALSE}, any case, not null
     * @param reference the value openbcf computed, 1 for yes or 0 for no, not null
     * @param tolerance the largest difference that counts as agreement, at least 0, not null
     * @return the comparison, never null
     * @throws IllegalArgumentException when the words are not a yes or no
     */
    public static CellComparison yesNo(SheetCell cell, String output, String words, BigDecimal reference,
                                       BigDecimal tolerance) {
        Objects.requireNonNull(words, "words");
        boolean yes = CalculationCells.yesNoWords(words).orElseThrow(() -> new IllegalArgumentException(
                "words ('" + words + "') must be Yes, No, TRUE or FALSE"));
        return new CellComparison(cell, output, CalculationCells.flag(yes), Optional.of(words), reference, tolerance,
                Optional.empty());
    }

    /**
     * This comparison with what the cell's formula gives now, e.g. {@code =SUM(C10:E10) gives 47777720}.
     *
     * @param recalculation the recalculation, not null
     * @return the comparison, never null
     */
    public CellComparison withRecalculation(Recalculation recalculation) {
        return new CellComparison(cell, output, spreadsheet, shown, reference, tolerance,
                Optional.of(Objects.requireNonNull(recalculation, "recalculation")), unsaved);
    }

    /**
     * The spreadsheet's value minus the reference value, exactly as saved: {@code 100.00}.
     *
     * @return the difference, never null
     */
    public BigDecimal difference() {
        return spreadsheet.subtract(reference);
    }

    /**
     * Whether the saved value agrees with openbcf's to the penny within the tolerance (whatever the
     * cell's formula gives now: see {@link #status()}).
     *
     * @return true when they agree
     */
    public boolean agrees() {
        return close(spreadsheet, reference);
    }

    private boolean close(BigDecimal a, BigDecimal b) {
        BigDecimal rounded = a.setScale(SCALE, RoundingMode.HALF_UP).subtract(b.setScale(SCALE, RoundingMode.HALF_UP));
        return rounded.abs().compareTo(tolerance) <= 0;
    }

    /**
     * How the cell came out, e.g. {@link CellStatus#STALE} when its formula now gives another number
     * than the one saved. A broken, stale or pasted cell is that whatever openbcf computed; an
     * unsupported formula leaves the saved value's comparison to decide; a formula with no saved result
     * is {@link CellStatus#UNSAVED} when what it gives now agrees with openbcf's, else
     * {@link CellStatus#DISAGREES}.
     *
     * @return the status, never null
     */
    public CellStatus status() {
        CellStatus saved = agrees() ? CellStatus.AGREES : CellStatus.DISAGREES;
        if (recalculated.isEmpty()) {
            return saved;
        }
        if (unsaved) {
            return saved == CellStatus.AGREES ? CellStatus.UNSAVED : saved;
        }
        Recalculation now = recalculated.get();
        return switch (now.kind()) {
            case NUMBER -> shown.isEmpty() && close(spreadsheet, now.number().orElseThrow()) ? saved : CellStatus.STALE;
            case TEXT -> shown.isPresent() && CalculationCells.yesNoWords(now.detail())
                    .map(yes -> spreadsheet.compareTo(CalculationCells.flag(yes)) == 0).orElse(false)
                    ? saved : CellStatus.STALE;
            case ERROR -> CellStatus.BROKEN;
            case NO_FORMULA -> CellStatus.PASTED;
            case UNSUPPORTED -> saved == CellStatus.AGREES ? CellStatus.UNSUPPORTED : saved;
        };
    }

    /**
     * A number as a person reads it: to the penny, or every digit the value holds when it has more,
     * e.g. {@code 354620.00}, {@code 1813330.0000000002}.
     *
     * @param value the value, not null
     * @return the text, never null
     */
    public static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= SCALE ? value.setScale(SCALE, RoundingMode.UNNECESSARY).toPlainString() : stripped.toPlainString();
    }

    /**
     * The comparison on one line: {@code P4P!AR8 suggestedPayment[4]: spreadsheet 100.00, reference 0.00, difference 100.00},
     * recalculated with its status and formula: {@code ...; stale: =SUM(C10:E10) gives 47777720}; with no
     * saved result: {@code ...: spreadsheet not saved, reference 5.00, difference 1.00; disagrees (not saved):
     * =G12-G22 gives 6}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        CellStatus status = status();
        String label = unsaved && status != CellStatus.UNSAVED ? status + " (not saved)" : status.toString();
        String saved = unsaved ? "not saved"
                : shown.map(w -> w + " (" + plain(spreadsheet) + ")").orElseGet(() -> plain(spreadsheet));
        return cell + " " + output + ": spreadsheet " + saved + ", reference " + plain(reference)
                + ", difference " + plain(difference()) + recalculated.map(r -> "; " + label + ": " + r).orElse("");
    }
}
