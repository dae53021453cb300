package org.openbcf.examples.check;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.money.MonetaryAmount;

import org.openbcf.core.expenditure.ExpenditurePlan;
import org.openbcf.core.fund.PooledFund;
import org.openbcf.core.money.Gbp;
import org.openbcf.review.Board;
import org.openbcf.review.Dataset;
import org.openbcf.examples.dataset.DatasetReader;
import org.openbcf.review.DatasetReview;
import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.workbook.SavedCell;
import org.openbcf.examples.workbook.SavedWorkbook;

/**
 * Checks a workbook in the BCF dataset format with no mapping file ({@code bcf check lewisham.xlsx}):
 * reads it with {@link DatasetReader}, reviews it with {@link DatasetReview}, and sets every figure
 * the {@code board} sheet states against the one openbcf recomputes: {@code pooled_fund} against the
 * sum of the planned contributions, {@code asc_from_nhs_minimum} and {@code nhs_out_of_hospital}
 * against the figures derived from the scheme-level plan (R-POOL-4, R-EXP-2; docs/spreadsheet-check.md,
 * "A dataset workbook needs no mapping"). The review's findings are the report's findings, so exit
 * codes are those of a mapped check. Example (the Lewisham 2025/26 fixture): {@code board!B6
 * pooledFund: spreadsheet 45650000.00, reference 45650000.00}. This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class DatasetCheck {

    /** The calculation a dataset check reports, e.g. in {@code workbook lewisham.xlsx, dataset: ...}. */
    public static final String CALCULATION = "dataset";

    private static final String BOARD = "board";

    private DatasetCheck() {
    }

    /**
     * Whether a workbook is in the dataset format: it has a sheet named {@code board} (as Excel
     * compares sheet names, ignoring case).
     *
     * @param workbook the .xlsx file, not null
     * @return true for a dataset workbook
     * @throws BadInputException when the file cannot be opened as a workbook
     */
    public static boolean isDataset(Path workbook) {
        Objects.requireNonNull(workbook, "workbook");
        try (SavedWorkbook saved = SavedWorkbook.open(workbook)) {
            return saved.sheetName(BOARD).isPresent();
        }
    }

    /**
     * Checks a dataset workbook.
     *
     * @param workbook  the .xlsx file, not null
     * @param tolerance the largest difference that counts as agreement, at least 0, not null
     * @return the report: one comparison per stated figure, the review's findings, never null
     * @throws BadInputException when the workbook is not a usable dataset (one line naming sheet, row, column)
     */
    public static CheckReport run(Path workbook, BigDecimal tolerance) {
        Objects.requireNonNull(workbook, "workbook");
        SpreadsheetCheck.requireTolerance(tolerance);
        Dataset dataset = DatasetReader.read(workbook);
        DatasetReview review = DatasetReview.of(dataset);
        String name;
        Map<String, SheetCell> cells = new HashMap<>();
        try (SavedWorkbook saved = SavedWorkbook.open(workbook)) {
            name = saved.name();
            String sheet = saved.sheetName(BOARD).orElseThrow();
            Map<Integer, String> fields = new HashMap<>();
            saved.read(sheet, (rowNumber, row) -> {
                for (SavedCell cell : row) {
                    if (cell.column() == 0) {
                        fields.put(rowNumber, cell.text().strip().toLowerCase(Locale.ROOT));
                    }
                }
                String field = fields.get(rowNumber);
                if (field != null) {
                    cells.putIfAbsent(field, new SheetCell(sheet, 1, rowNumber - 1));
                }
            });
        }
        Board board = dataset.board();
        List<CellComparison> comparisons = new ArrayList<>();
        Optional<PooledFund> fund = dataset.plannedFund();
        compare(comparisons, cells.get("pooled_fund"), "pooledFund", board.statedPool(), fund.map(PooledFund::total), tolerance);
        Optional<ExpenditurePlan> plan = dataset.expenditure();
        compare(comparisons, cells.get("asc_from_nhs_minimum"), "adultSocialCareFromNhsMinimum", board.statedSocialCare(),
                plan.map(ExpenditurePlan::adultSocialCareFromNhsMinimum), tolerance);
        compare(comparisons, cells.get("nhs_out_of_hospital"), "nhsCommissionedOutOfHospital", board.statedOutOfHospital(),
                plan.map(ExpenditurePlan::nhsCommissionedOutOfHospital), tolerance);
        return new CheckReport(name, CALCULATION, tolerance, comparisons, review.findings(), List.of());
    }

    /** A stated figure that openbcf can recompute (its table is present) is one comparison. */
    private static void compare(List<CellComparison> comparisons, SheetCell cell, String output, Optional<MonetaryAmount> stated,
                                Optional<MonetaryAmount> recomputed, BigDecimal tolerance) {
        if (cell != null && stated.isPresent() && recomputed.isPresent()) {
            comparisons.add(new CellComparison(cell, output, Gbp.pounds(stated.get()), Gbp.pounds(recomputed.get()), tolerance));
        }
    }
}
