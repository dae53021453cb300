package org.openbcf.examples.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openbcf.examples.check.TestWorkbooks.set;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.core.finding.Finding;
import org.openbcf.examples.cli.Cli;
import org.openbcf.examples.cli.ExitCode;

/**
 * {@code calculation = discharge-fund}: Norfolk's 2022-23 ASC Discharge Fund totals (G5), with two
 * illustrative scheme rows that add up to them (Norfolk's printed rows do not, G5).
 */
class DischargeFundCheckTest {

    static final String MAPPING = """
            calculation = discharge-fund
            sheet = ASC Discharge Fund
            input.scheme = A5:A6
            input.type = B5:B6
            input.subType = C5:C6
            input.planned = D5:D6
            input.actual = E5:E6
            input.impact = F5:F6
            input.unit = G5:G6
            input.changed = H5:H6
            input.changeExplanation = I5:I6
            input.intendedImpact = J5:J6
            input.impactExplanation = K5:K6
            input.plannedTotal = D10
            input.actualTotal = D11
            input.actualIcb = D12
            input.actualLa = D13
            input.impactTotal.unit = N5:N6
            output.underspend = D15
            output.underspendPercent = D16
            output.rowsPlanned = D17
            output.rowsActual = D18
            output.variance = L5:L6
            output.impactTotal = O5:O6
            """;

    private static final Object[][] ROWS = {
        {"Pathway 2/3 Beds", "Bed Based Intermediate Care Services", "Step down", 6_189_372, 5_668_092, 56,
            "Number of beds", "Yes", "Fewer beds were needed", "Yes", "56 beds"},
        {"Home care after discharge", "Home Care or Domiciliary Care", "", 3_482_232, 3_482_232, 12_000,
            "Hours of care", "No", "", "Yes", "12,000 hours"}};

    @TempDir
    Path dir;

    static void build(XSSFSheet sheet) {
        set(sheet, "A4", "Scheme Name");
        for (int i = 0; i < ROWS.length; i++) {
            for (int c = 0; c < ROWS[i].length; c++) {
                set(sheet, "ABCDEFGHIJK".charAt(c) + String.valueOf(5 + i), ROWS[i][c]);
            }
            set(sheet, "L" + (5 + i), "=E" + (5 + i) + "-D" + (5 + i));
        }
        set(sheet, "D10", 9_671_604);
        set(sheet, "D11", 9_150_324);
        set(sheet, "D12", 5_668_092);
        set(sheet, "D13", 3_482_232);
        set(sheet, "D15", "=D10-D11");
        set(sheet, "D16", "=D15/D10*100");
        set(sheet, "D17", "=SUM(D5:D6)");
        set(sheet, "D18", "=SUM(E5:E6)");
        set(sheet, "N5", "Number of beds");
        set(sheet, "N6", "Hours of care");
        set(sheet, "O5", "=SUMIF(G5:G6,N5,F5:F6)");
        set(sheet, "O6", "=SUMIF(G5:G6,N6,F5:F6)");
    }

    private KindCheck kind() {
        return new KindCheck(dir, "ASC Discharge Fund", MAPPING, DischargeFundCheckTest::build);
    }

    private static BigDecimal reference(CheckReport report, String output) {
        return report.comparisons().stream().filter(c -> c.output().equals(output)).findFirst().orElseThrow().reference();
    }

    @Test
    void norfolksUnderspendOf521280PoundsIs5Point39PercentOfPlanG5() {
        CheckReport report = kind().check(kind().agreeing());

        assertThat(report.passes()).as(report.toString()).isTrue();
        assertThat(report.findings().isEmpty()).isTrue();
        assertThat(report.comparisons()).hasSize(8);
        assertThat(reference(report, "underspend")).isEqualByComparingTo("521280.00");
        assertThat(reference(report, "underspendPercent").setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("5.39");
        assertThat(reference(report, "rowsPlanned")).isEqualByComparingTo("9671604");
        assertThat(reference(report, "variance[1]")).isEqualByComparingTo("-521280");
        assertThat(reference(report, "impactTotal[1]")).isEqualByComparingTo("56");
    }

    @Test
    void aWrongUnderspendPercentageExitsOne() {
        Path workbook = kind().workbook("wrong.xlsx", s -> TestWorkbooks.setSavedResult(s, "D16", 5.7));

        Cli.Result result = kind().command(workbook);

        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.err()).contains("'ASC Discharge Fund'!D16 underspendPercent: spreadsheet 5.70, reference 5.3897");
    }

    @Test
    void icbAndLaThatDoNotAddUpToTheActualTotalAreR_DF_2AndExitOne() {
        Path workbook = kind().changed("parts.xlsx", s -> set(s, "D13", 3_482_000));

        Cli.Result result = kind().command(workbook);

        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.out().lines().skip(1)).allMatch(l -> l.endsWith(",true"));
        // issue 28: at the stated actual total's cell (input.actualTotal = D11), not dischargeFund.actualTotal
        assertThat(result.err()).contains("ERROR R-DF-2 'ASC Discharge Fund'!D11: actual by ICB and LA add up to "
                + "£9,150,092.00, not the actual total £9,150,324.00");
    }

    @Test
    void aChangeFlagThatDisagreesWithTheFiguresIsR_DF_1() {
        CheckReport report = kind().check(kind().workbook("flag.xlsx", s -> set(s, "H5", "No")));

        assertThat(report.passes()).isTrue();
        assertThat(report.findings().stream().map(Finding::ruleId)).containsExactly("R-DF-1");
    }

    @Test
    void floatNoiseInMoneyAndInAnImpactIsRoundedAndNoted() {
        Path workbook = kind().changed("noise.xlsx", s -> {
            set(s, "D12", 5_668_092.000000001);
            set(s, "F5", 56.00000000000001);
        });

        CheckReport report = kind().check(workbook);

        assertThat(report.passes()).isTrue();
        assertThat(report.roundings()).extracting(InputRounding::input).containsExactlyInAnyOrder("actualIcb", "impact[1]");
    }

    @Test
    void unreadableCellsExitTwoNamingSheetAndCell() {
        Path text = kind().workbook("text.xlsx", s -> set(s, "E6", "tbc"));
        Path flag = kind().workbook("flag.xlsx", s -> set(s, "J6", "Maybe"));
        Path beds = kind().workbook("beds.xlsx", s -> set(s, "F5", 5.5));

        Cli.Result result = kind().command(text);

        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).startsWith("check: workbook text.xlsx: 'ASC Discharge Fund'!E6 holds text \"tbc\" where a number is needed");
        assertThatThrownBy(() -> kind().check(flag)).hasMessageContaining("'ASC Discharge Fund'!J6 (intendedImpact): 'Maybe' must be Yes or No");
        assertThatThrownBy(() -> kind().check(beds)).hasMessageContaining("'ASC Discharge Fund'!F5 (impact): 5.5 must be a whole number");
    }

    @Test
    void aStaleSavedValueIsCaughtOnlyWhenRecalculating() {
        kind().assertAStaleCellIsCaughtOnlyWhenRecalculating();
    }
}
