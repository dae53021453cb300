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
import org.openbcf.core.finding.Severity;
import org.openbcf.examples.cli.Cli;
import org.openbcf.examples.cli.ExitCode;

/**
 * {@code calculation = expenditure-plan}: the Lewisham 2025/26 plan of the worked example (illustrative
 * figures, {@code src/test/resources/datasets/lewisham-2025-26/expenditure.csv}).
 */
class ExpenditurePlanCheckTest {

    static final String MAPPING = """
            calculation = expenditure-plan
            sheet = Expenditure
            parameter.year = 2025/26
            input.schemeId = A5:A13
            input.schemeName = B5:B13
            input.schemeType = C5:C13
            input.area = D5:D13
            input.commissioner = E5:E13
            input.source = F5:F13
            input.amount = G5:G13
            input.nhsShare = H5:H13
            input.baseline = K2
            input.sourceTotal.source = F20:F21
            input.areaTotal.area = F23
            output.total = G15
            output.adultSocialCareFromNhsMinimum = G16
            output.nhsCommissionedOutOfHospital = G17
            output.outOfHospitalFromNhsMinimum = G18
            output.reablementFromNhsMinimum = G19
            output.carersFromNhsMinimum = G14
            output.adultSocialCareFloor = K3
            output.sourceTotal = G20:G21
            output.areaTotal = G23
            """;

    /** The funding table beside the plan, for R-EXP-1 and R-EXP-4. */
    static final String FUNDING = """
            input.contribution.partner = M5:M9
            input.contribution.partnerType = N5:N9
            input.contribution.stream = O5:O9
            input.contribution.amount = P5:P9
            """;

    private static final String NHS_MIN = "NHS minimum contribution";

    private static final Object[][] LINES = {
        {"S1", "Reablement at home", "Reablement in a Person's Own Home", "Social Care", "LA", NHS_MIN, 6_000_000, null},
        {"S2", "Carers' support and breaks", "Carers Services", "Social Care", "LA", NHS_MIN, 1_500_000, null},
        {"S3", "Home care after discharge", "Home Care or Domiciliary Care", "Social Care", "LA", NHS_MIN, 3_000_000, null},
        {"S4", "Community nursing", "Community Based Schemes", "Community Health", "NHS", NHS_MIN, 15_000_000, null},
        {"S5", "Integrated discharge team", "Home-based intermediate care services", "Community Health", "Joint", NHS_MIN,
            4_500_000, 50},
        {"S6", "Care packages", "Residential Placements", "Social Care", "LA", "Local Authority Better Care Grant", 12_000_000, null},
        {"S7", "Home adaptations", "DFG Related Schemes", "Other", "LA", "Disabled Facilities Grant", 2_150_000, null},
        {"S8", "Community equipment", "Assistive Technologies and Equipment", "Community Health", "Joint",
            "Additional LA contribution", 1_000_000, 40},
        {"S9", "Urgent community response", "Urgent Community Response", "Community Health", "NHS",
            "Additional NHS contribution", 500_000, null}};

    @TempDir
    Path dir;

    static void build(XSSFSheet sheet) {
        set(sheet, "A4", "Scheme ID");
        for (int i = 0; i < LINES.length; i++) {
            for (int c = 0; c < 8; c++) {
                set(sheet, "ABCDEFGH".charAt(c) + String.valueOf(5 + i), LINES[i][c]);
            }
        }
        set(sheet, "G14", "=G6");
        set(sheet, "G15", "=SUM(G5:G13)");
        set(sheet, "G16", "=SUMIFS(G5:G13,D5:D13,\"Social Care\",F5:F13,\"" + NHS_MIN + "\")");
        set(sheet, "G17", "=G8+G9*H9/100");
        set(sheet, "G18", "=SUM(G5:G9)");
        set(sheet, "G19", "=G5");
        set(sheet, "F20", NHS_MIN);
        set(sheet, "F21", "Local Authority Better Care Grant");
        set(sheet, "G20", "=SUMIF(F5:F13,F20,G5:G13)");
        set(sheet, "G21", "=SUMIF(F5:F13,F21,G5:G13)");
        set(sheet, "F23", "Social Care");
        set(sheet, "G23", "=SUMIF(D5:D13,F23,G5:G13)");
        set(sheet, "K2", 10_000_000);
        set(sheet, "K3", "=K2*1.039");
        Object[][] funding = {
            {"NHS South East London ICB", "ICB", NHS_MIN, 30_000_000},
            {"London Borough of Lewisham", "London borough", "Local Authority Better Care Grant", 12_000_000},
            {"London Borough of Lewisham", "London borough", "Disabled Facilities Grant", 2_150_000},
            {"London Borough of Lewisham", "London borough", "Additional LA contribution", 1_000_000},
            {"NHS South East London ICB", "ICB", "Additional NHS contribution", 500_000}};
        for (int i = 0; i < funding.length; i++) {
            for (int c = 0; c < 4; c++) {
                set(sheet, "MNOP".charAt(c) + String.valueOf(5 + i), funding[i][c]);
            }
        }
    }

    private KindCheck kind() {
        return new KindCheck(dir, "Expenditure", MAPPING, ExpenditurePlanCheckTest::build);
    }

    private static BigDecimal reference(CheckReport report, String output) {
        return report.comparisons().stream().filter(c -> c.output().equals(output)).findFirst().orElseThrow().reference();
    }

    @Test
    void lewishamsPlanAgreesWithTheDerivedMinimumsAndTheFloor() {
        CheckReport report = kind().check(kind().agreeing());

        assertThat(report.passes()).as(report.toString()).isTrue();
        assertThat(report.comparisons()).hasSize(10);
        assertThat(reference(report, "total")).isEqualByComparingTo("45650000");
        assertThat(reference(report, "adultSocialCareFromNhsMinimum")).isEqualByComparingTo("10500000");
        assertThat(reference(report, "nhsCommissionedOutOfHospital")).isEqualByComparingTo("17250000");   // S4 + half of S5
        assertThat(reference(report, "outOfHospitalFromNhsMinimum")).isEqualByComparingTo("30000000");
        assertThat(reference(report, "reablementFromNhsMinimum")).isEqualByComparingTo("6000000");
        assertThat(reference(report, "carersFromNhsMinimum")).isEqualByComparingTo("1500000");
        assertThat(reference(report, "adultSocialCareFloor")).isEqualByComparingTo("10390000");          // 10,000,000 x 1.039
        assertThat(reference(report, "sourceTotal[1]")).isEqualByComparingTo("30000000");
        assertThat(reference(report, "areaTotal")).isEqualByComparingTo("22500000");
        // the 2025/26 NHS minimum's mandatory spend and the out-of-hospital minimum are not in openbcf's sources
        assertThat(report.findings().stream().map(Finding::severity)).containsOnly(Severity.INFO);
        assertThat(report.findings().stream().map(Finding::ruleId)).containsExactly("R-EXP-3", "R-PC-3");
    }

    @Test
    void aWrongOutOfHospitalFigureExitsOne() {
        Path workbook = kind().workbook("wrong.xlsx", s -> TestWorkbooks.setSavedResult(s, "G17", 17_000_000));

        Cli.Result result = kind().command(workbook);

        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.err()).contains("Expenditure!G17 nhsCommissionedOutOfHospital: spreadsheet 17000000.00, "
                + "reference 17250000.00, difference -250000.00");
    }

    @Test
    void spendBelowTheYearsFloorIsR_25_1AndExitsOne() {
        Path workbook = kind().changed("floor.xlsx", s -> set(s, "K2", 10_200_000));

        Cli.Result result = kind().command(workbook);

        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.out()).contains("Expenditure!K3,adultSocialCareFloor,10597800.00,10597800.00,0.00,true");
        assertThat(result.err()).contains("R-25-1").contains("£97,800.00");
        // at the amounts of the lines funded by the NHS minimum (S1 to S5, rows 5 to 9), not nhsMinimum.adultSocialCare
        assertThat(result.err()).contains("R-25-1 Expenditure!G5:G9: ").doesNotContain("nhsMinimum.");
    }

    @Test
    void spendFromAStreamAboveItsContributionsIsR_EXP_1WithTheFundingTable() {
        Path workbook = kind().changed("labcg.xlsx", s -> set(s, "G10", 12_100_000));

        CheckReport report = SpreadsheetCheck.run(workbook, kind().mappingFile(MAPPING + FUNDING));

        assertThat(report.agrees()).isTrue();
        assertThat(report.errors()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("R-EXP-1");
            assertThat(f.toString()).contains("exceeds its contributions £12,000,000.00 by £100,000.00");
            // issue 28: at the amounts of the stream's lines (S6 alone, row 10), not expenditure.source[...]
            assertThat(f.where()).isEqualTo("Expenditure!G10");
        });
    }

    @Test
    void floatNoiseInMoneyAndInAShareIsRoundedAndNoted() {
        Path workbook = kind().changed("noise.xlsx", s -> {
            set(s, "G5", 6_000_000.000000001);
            set(s, "H9", 50.00000000000001);
        });

        CheckReport report = kind().check(workbook);

        assertThat(report.passes()).isTrue();
        assertThat(report.roundings()).extracting(InputRounding::toString).containsExactlyInAnyOrder(
                "Expenditure!G5 amount[1]: saved 6000000.000000001, read as 6000000.00 (by -0.000000001)",
                "Expenditure!H9 nhsShare[5]: saved 50.00000000000001, read as 50 (by -0.00000000000001)");
    }

    @Test
    void textInAnAmountExitsTwoNamingSheetAndCell() {
        Path workbook = kind().workbook("text.xlsx", s -> set(s, "G7", "n/a"));

        Cli.Result result = kind().command(workbook);

        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).startsWith("check: workbook text.xlsx: Expenditure!G7 holds text \"n/a\" where a number is needed");
    }

    @Test
    void aJointLineWithoutItsShareIsRefusedNamingTheLine() {
        Path workbook = kind().workbook("share.xlsx", s -> set(s, "H9", null));

        assertThatThrownBy(() -> kind().check(workbook))
                .hasMessageContaining("Expenditure!A9 (schemeId): nhsSharePercent of scheme S5 is missing");
    }

    @Test
    void aFloorWithoutABaselineCannotBeChecked() {
        String mapping = MAPPING.replace("input.baseline = K2\n", "");

        assertThatThrownBy(() -> SpreadsheetCheck.run(kind().agreeing(), kind().mappingFile(mapping)))
                .hasMessageContaining("output.adultSocialCareFloor cannot be checked").hasMessageContaining("needs input.baseline");
    }

    @Test
    void aStaleSavedValueIsCaughtOnlyWhenRecalculating() {
        kind().assertAStaleCellIsCaughtOnlyWhenRecalculating();
    }
}
