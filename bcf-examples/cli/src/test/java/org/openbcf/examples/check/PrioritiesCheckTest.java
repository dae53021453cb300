package org.openbcf.examples.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbcf.examples.check.TestWorkbooks.set;

import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.core.finding.Finding;
import org.openbcf.examples.cli.Cli;
import org.openbcf.examples.cli.ExitCode;

/** {@code calculation = priorities}: Norfolk's 2022-23 Core BCF spend by priority (G2, R1, R2). */
class PrioritiesCheckTest {

    static final String MAPPING = """
            calculation = priorities
            sheet = Core BCF
            parameter.places = 2
            input.priority = A5:A19
            input.amount = B5:B19
            input.statedPercent = C5:C19
            input.expectedTotal = B22
            output.percent = C5:C19
            output.total = B21
            """;

    /** G2: priority, amount, stated percent, percent recomputed half-up to 2 places. */
    private static final Object[][] G2 = {
        {"NHS community healthcare provision", 16_389_196, 22.44, 22.44},
        {"LD, MH & Autism Residential placements", 13_104_878, 17.94, 17.94},
        {"Reablement (Norfolk First Response)", 9_764_917, 13.37, 13.37},
        {"Hospital and follow-up teams, short term placements", 7_532_800, 10.31, 10.31},
        {"Integrated Equipment Service (ICES)", 7_058_708, 9.66, 9.67},
        {"Community & VCSE", 6_434_855, 8.81, 8.81},
        {"LD&A, MH Home Support", 3_053_209, 4.18, 4.18},
        {"Intermediate care beds", 1_911_490, 2.68, 2.62},
        {"Social prescribing", 1_708_423, 2.33, 2.34},
        {"Swifts & Night Owls (urgent response)", 1_550_000, 2.12, 2.12},
        {"Carers Social Impact Bond", 1_318_000, 1.80, 1.80},
        {"Home support for winter and discharge", 1_200_000, 1.64, 1.64},
        {"Palliative care beds & hospice", 768_399, 1.05, 1.05},
        {"Integrated Care Coordinators", 660_944, 0.90, 0.91},
        {"Health & Wellbeing Partnerships", 576_181, 0.78, 0.79}};

    @TempDir
    Path dir;

    private KindCheck kind(int percentColumn) {
        return new KindCheck(dir, "Core BCF", MAPPING, sheet -> {
            set(sheet, "A4", "Priority");
            for (int i = 0; i < G2.length; i++) {
                set(sheet, "A" + (5 + i), G2[i][0]);
                set(sheet, "B" + (5 + i), G2[i][1]);
                set(sheet, "C" + (5 + i), G2[i][percentColumn]);
            }
            set(sheet, "B21", "=SUM(B5:B19)");
            set(sheet, "B22", 73_032_095);
        });
    }

    @Test
    void percentagesRoundedHalfUpAgreeAndTheTableIs95PoundsBelowTheNhsMinimumG2() {
        CheckReport report = kind(3).check(kind(3).agreeing());

        assertThat(report.agrees()).isTrue();
        assertThat(report.comparisons()).hasSize(16);
        assertThat(report.comparisons().get(0).output()).isEqualTo("total");
        assertThat(report.comparisons().get(0).reference()).isEqualByComparingTo("73032000");
        // R2: £95 below the NHS minimum, a warning: the check passes
        assertThat(report.passes()).isTrue();
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("R-PRI-2");
            assertThat(f.toString()).contains("the table adds up to £73,032,000.00, not £73,032,095.00");
        });
    }

    @Test
    void norfolksFiveMisRoundedPercentagesDisagreeAndAreR_PRI_1ExitOne() {
        Path workbook = kind(2).agreeing();

        CheckReport report = kind(2).check(workbook);
        Cli.Result result = kind(2).command(workbook);

        assertThat(report.disagreements()).extracting(CellComparison::toString).containsExactly(
                "'Core BCF'!C9 percent[5]: spreadsheet 9.66, reference 9.67, difference -0.01",
                "'Core BCF'!C12 percent[8]: spreadsheet 2.68, reference 2.62, difference 0.06",
                "'Core BCF'!C13 percent[9]: spreadsheet 2.33, reference 2.34, difference -0.01",
                "'Core BCF'!C18 percent[14]: spreadsheet 0.90, reference 0.91, difference -0.01",
                "'Core BCF'!C19 percent[15]: spreadsheet 0.78, reference 0.79, difference -0.01");
        assertThat(report.findings().stream().map(Finding::ruleId).filter("R-PRI-1"::equals)).hasSize(5);
        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        // issue 28: at line 8's stated percentage, C12 of input.statedPercent = C5:C19, not priorities.line8.percent
        assertThat(result.err()).contains("WARNING R-PRI-1 'Core BCF'!C12: 'Intermediate care beds' is stated as "
                + "2.68% but is 2.62% of £73,032,000.00");
    }

    @Test
    void aPercentageAFormulaComputedToFullPrecisionAgrees() {
        KindCheck formulas = kind(3);
        Path workbook = formulas.changed("formulas.xlsx", s -> {
            for (int row = 5; row <= 19; row++) {
                set(s, "C" + row, "=B" + row + "/B$21*100");
            }
        });

        CheckReport report = formulas.check(workbook);

        assertThat(report.agrees()).isTrue();
        assertThat(report.findings().stream().map(Finding::ruleId)).containsExactly("R-PRI-2");
    }

    @Test
    void floatNoiseInAmountsAndPercentagesIsRoundedAndNoted() {
        Path workbook = kind(3).changed("noise.xlsx", s -> {
            set(s, "B5", 16_389_196.000000002);
            set(s, "C9", 9.67 + 1.7763568394002505E-15);
        });

        CheckReport report = kind(3).check(workbook);

        assertThat(report.agrees()).isTrue();
        assertThat(report.roundings()).extracting(InputRounding::toString).containsExactlyInAnyOrder(
                "'Core BCF'!B5 amount[1]: saved 16389196.000000002, read as 16389196.00 (by -0.000000002)",
                "'Core BCF'!C9 statedPercent[5]: saved 9.670000000000002, read as 9.67 (by -0.000000000000002)");
    }

    @Test
    void placesMustBeAWholeNumberUpToTen() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SpreadsheetCheck.run(kind(3).agreeing(),
                        kind(3).mappingFile(MAPPING.replace("places = 2", "places = 11"))))
                .hasMessageContaining("parameter.places ('11') must be a whole number from 0 to 10");
    }

    @Test
    void textInAPercentageExitsTwoNamingSheetAndCell() {
        Path workbook = kind(3).workbook("text.xlsx", s -> set(s, "C7", "13.37%"));

        Cli.Result result = kind(3).command(workbook);

        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).startsWith("check: workbook text.xlsx: 'Core BCF'!C7 holds text \"13.37%\" where a number is needed");
    }

    @Test
    void aStaleSavedValueIsCaughtOnlyWhenRecalculating() {
        kind(3).assertAStaleCellIsCaughtOnlyWhenRecalculating();
    }
}
