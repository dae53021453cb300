package org.openbcf.examples.check;

import static org.openbcf.examples.check.TestWorkbooks.set;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook laid out like sheet 4 ("Non-Elective and P4P") of Norfolk's Q3 2015/16 return, with its
 * real values and formulas that follow the template's rule, and the mapping that describes it. As in
 * the template, the actual Q3 admissions are in O8, the suggested payments in AO8:AR8 (Q3 in AR8) and
 * the Q3 agreed payment in F19; row 10 holds the cumulative cap the template computes inside its
 * formulas, and row 11 the payment made each quarter (agreed where given, else suggested).
 */
final class P4pSheet {

    static final String SHEET = "4. P4P";

    /** Norfolk's baselines Q4 2013/14 to Q3 2014/15 (G-1). */
    static final List<Integer> BASELINE = List.of(22_905, 23_320, 23_029, 23_835);
    /** Norfolk's plans Q4 2014/15 to Q3 2015/16 (G-1). */
    static final List<Integer> PLAN = List.of(22_667, 22_702, 21_812, 22_642);
    /** Norfolk's actuals Q4 2014/15 to Q3 2015/16 (G-5). */
    static final List<Integer> ACTUAL = List.of(23_331, 23_335, 24_104, 23_268);
    /** G-10 H2: actual reductions 100, 700, 1,300, 1,200 against the baselines (catch-up, cap binds). */
    static final List<Integer> ACTUAL_H2 = List.of(22_805, 22_620, 21_729, 22_635);

    static final String MAPPING = """
            # Norfolk's Q3 2015/16 P4P sheet, as laid out by P4pSheet
            calculation = p4p
            sheet = 4. P4P
            parameter.firstQuarter = Q4 2014/15
            input.baseline = C8:F8
            input.plan = G8:J8
            input.actual = L8:O8
            input.costPerAdmission = F12
            input.localShare = AT8
            input.agreedPayment = C19:F19
            output.targetReduction = Q8
            output.performancePot = AB8
            output.cumulativePlannedReduction = AC8:AF8
            output.maximumPayment = AG8:AJ8
            output.actualReduction = AK8:AN8
            output.cumulativeCap = AO10:AR10
            output.suggestedPayment = AO8:AR8
            output.unreleasedFunds = C24:F24
            output.agreedUnreleasedFunds = C25:F25
            output.totalPaid = C27
            output.totalUnreleasedFunds = C28
            """;

    private static final String[] INPUT = {"C", "D", "E", "F"};
    private static final String[] PLANNED = {"AC", "AD", "AE", "AF"};
    private static final String[] MAXIMUM = {"AG", "AH", "AI", "AJ"};
    private static final String[] AGAINST = {"AK", "AL", "AM", "AN"};
    private static final String[] SUGGESTED = {"AO", "AP", "AQ", "AR"};

    private P4pSheet() {
    }

    /**
     * Writes Norfolk's sheet.
     *
     * @param file  where to write
     * @param after changes made after the formulas are calculated
     * @return the file
     */
    static Path write(Path file, Consumer<XSSFSheet> after) {
        return write(file, ACTUAL, false, after);
    }

    /**
     * Writes the sheet with given actuals, optionally with a wrong cap: the cap of each quarter
     * taken as that quarter's maximum payment instead of the cumulative sum.
     */
    static Path write(Path file, List<Integer> actual, boolean quarterlyCap, Consumer<XSSFSheet> after) {
        return TestWorkbooks.write(file, wb -> fill(wb, actual, quarterlyCap), wb -> after.accept(wb.getSheet(SHEET)));
    }

    /**
     * Writes Norfolk's sheet changed before its formulas are calculated, so every saved result
     * follows from the changed inputs (a consistent workbook, as Excel would save it).
     */
    static Path writeChanged(Path file, Consumer<XSSFSheet> before) {
        return TestWorkbooks.write(file, wb -> {
            fill(wb, ACTUAL, false);
            before.accept(wb.getSheet(SHEET));
        }, wb -> { });
    }

    private static void fill(XSSFWorkbook workbook, List<Integer> actual, boolean quarterlyCap) {
        XSSFSheet sheet = workbook.createSheet(SHEET);
        set(sheet, "B2", "Better Care Fund Revised Non-Elective and Payment for Performance Calculations");
        set(sheet, "B8", "D. REVALIDATED: HWB version of plans to be used for future monitoring.");
        String[] plan = {"G", "H", "I", "J"};
        String[] actuals = {"L", "M", "N", "O"};
        for (int i = 0; i < 4; i++) {
            set(sheet, INPUT[i] + "8", BASELINE.get(i));
            set(sheet, plan[i] + "8", PLAN.get(i));
            set(sheet, actuals[i] + "8", actual.get(i));
        }
        set(sheet, "K8", 23_331);                                       // plan Q4 2015/16, outside the sums
        set(sheet, "P8", "=Q8/SUM(C8:F8)");
        set(sheet, "Q8", "=SUM(C8:F8)-SUM(G8:J8)");
        set(sheet, "B12", "Cost per non-elective activity");
        set(sheet, "F12", 1490);
        set(sheet, "AT8", 16_295_000);
        set(sheet, "AB8", "=MIN(MAX(0,Q8)*F12,AT8)");
        set(sheet, "AS8", "=AB8");
        for (int i = 0; i < 4; i++) {
            String reduction = "(" + INPUT[i] + "8-" + plan[i] + "8)";
            set(sheet, PLANNED[i] + "8", i == 0 ? "=" + reduction : "=" + PLANNED[i - 1] + "8+" + reduction);
            set(sheet, MAXIMUM[i] + "8", "=IF($Q$8>0," + reduction + "/$Q$8*$AB$8,0)");
            set(sheet, AGAINST[i] + "8", "=" + INPUT[i] + "8-" + actuals[i] + "8");
            set(sheet, SUGGESTED[i] + "10", quarterlyCap ? "=MAX(0," + MAXIMUM[i] + "8)" : "=MAX(0,SUM($AG8:" + MAXIMUM[i] + "8))");
            String due = "IF($Q$8>0,MAX(0,SUM($AK8:" + AGAINST[i] + "8)/$Q$8*$AB$8),0)";
            String paidBefore = i == 0 ? "0" : "SUM($AO11:" + SUGGESTED[i - 1] + "11)";
            set(sheet, SUGGESTED[i] + "8", "=MAX(0,MIN(" + due + "," + SUGGESTED[i] + "10)-" + paidBefore + ")");
            set(sheet, SUGGESTED[i] + "11", "=IF(ISBLANK(" + INPUT[i] + "19)," + SUGGESTED[i] + "8," + INPUT[i] + "19)");
            set(sheet, INPUT[i] + "18", "=" + SUGGESTED[i] + "8");
            set(sheet, INPUT[i] + "24", "=" + MAXIMUM[i] + "8-" + INPUT[i] + "18");
            set(sheet, INPUT[i] + "25", "=" + MAXIMUM[i] + "8-" + INPUT[i] + "19");
        }
        set(sheet, "B18", "Suggested quarterly payment (taken from above)*");
        set(sheet, "B19", "Actual payment locally agreed");
        if (actual.equals(ACTUAL)) {
            for (String column : INPUT) {
                set(sheet, column + "19", 0);                           // Norfolk agreed £0 each quarter
            }
        }
        set(sheet, "B24", "Suggested amount of unreleased funds**");
        set(sheet, "B25", "Actual amount of locally agreed unreleased funds");
        set(sheet, "B27", "Total Payment Made");
        set(sheet, "C27", "=SUM(AO11:AR11)");
        set(sheet, "B28", "Total Unreleased Funds");
        set(sheet, "C28", "=SUM(C24:F24)");
    }
}
