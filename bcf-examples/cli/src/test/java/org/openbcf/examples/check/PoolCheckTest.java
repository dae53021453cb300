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

/** {@code calculation = pool}: Norfolk's 2022-23 pool (G3, norfolk-2023-25-plan-and-year-end.md). */
class PoolCheckTest {

    static final String MAPPING = """
            calculation = pool
            sheet = Pool
            parameter.year = 2022/23
            parameter.section75 = yes
            input.partner = A5:A9
            input.partnerType = B5:B9
            input.stream = C5:C9
            input.amount = D5:D9
            input.statedPool = D11
            input.partnerTotal.partner = F5:F6
            input.streamTotal.stream = F8:F10
            output.total = D11
            output.minimumSubTotal = D12
            output.additionalSubTotal = D13
            output.bcfTotal = D14
            output.dischargeFundTotal = D15
            output.partnerTotal = G5:G6
            output.streamTotal = G8:G10
            """;

    private static final String NCC = "Norfolk County Council";
    private static final String ICB = "NHS Norfolk and Waveney ICB";

    /** G3: the 2022-23 planned contributions. */
    private static final Object[][] ROWS = {
        {NCC, "county council", "Disabled Facilities Grant", 9_157_782},
        {NCC, "county council", "iBCF", 39_618_564},
        {ICB, "ICB", "NHS minimum contribution", 73_032_095},
        {NCC, "county council", "ASC Discharge Fund (LA)", 3_482_232},
        {ICB, "ICB", "ASC Discharge Fund (ICB)", 6_189_372}};

    @TempDir
    Path dir;

    static void build(XSSFSheet sheet) {
        set(sheet, "A4", "Partner");
        for (int i = 0; i < ROWS.length; i++) {
            for (int c = 0; c < 4; c++) {
                set(sheet, "ABCD".charAt(c) + String.valueOf(5 + i), ROWS[i][c]);
            }
        }
        set(sheet, "D11", "=SUM(D5:D9)");
        set(sheet, "D12", "=D5+D6+D7");
        set(sheet, "D13", 0);
        set(sheet, "D14", "=D12+D13");
        set(sheet, "D15", "=D8+D9");
        set(sheet, "F5", NCC);
        set(sheet, "F6", ICB);
        set(sheet, "F8", "iBCF");
        set(sheet, "F9", "NHS minimum contribution");
        set(sheet, "F10", "Additional LA contribution");
        for (String row : new String[] {"5", "6"}) {
            set(sheet, "G" + row, "=SUMIF(A5:A9,F" + row + ",D5:D9)");
        }
        for (String row : new String[] {"8", "9", "10"}) {
            set(sheet, "G" + row, "=SUMIF(C5:C9,F" + row + ",D5:D9)");
        }
    }

    private KindCheck kind() {
        return new KindCheck(dir, "Pool", MAPPING, PoolCheckTest::build);
    }

    private static BigDecimal reference(CheckReport report, String output) {
        return report.comparisons().stream().filter(c -> c.output().equals(output)).findFirst().orElseThrow().reference();
    }

    @Test
    void norfolks2022To23PoolAgreesToThePennyG3() {
        CheckReport report = kind().check(kind().agreeing());

        assertThat(report.passes()).as(report.toString()).isTrue();
        assertThat(report.comparisons()).hasSize(10);
        assertThat(reference(report, "total")).isEqualByComparingTo("131480045.00");
        assertThat(reference(report, "minimumSubTotal")).isEqualByComparingTo("121808441.00");
        assertThat(reference(report, "bcfTotal")).isEqualByComparingTo("121808441.00");
        assertThat(reference(report, "dischargeFundTotal")).isEqualByComparingTo("9671604.00");
        assertThat(reference(report, "partnerTotal[1]")).isEqualByComparingTo("52258578.00");     // 9,157,782 + 39,618,564 + 3,482,232
        assertThat(reference(report, "partnerTotal[2]")).isEqualByComparingTo("79221467.00");     // 73,032,095 + 6,189,372
        assertThat(reference(report, "streamTotal[3]")).isEqualByComparingTo("0.00");
        assertThat(report.findings().isEmpty()).isTrue();
    }

    @Test
    void aWrongSubTotalExitsOneNamingTheCell() {
        Path workbook = kind().workbook("wrong.xlsx", s -> TestWorkbooks.setSavedResult(s, "D12", 121_808_440));

        Cli.Result result = kind().command(workbook);

        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.err()).contains("Pool!D12 minimumSubTotal: spreadsheet 121808440.00, reference 121808441.00, "
                + "difference -1.00");
        assertThat(result.out()).contains("Pool!D12,minimumSubTotal,121808440.00,121808441.00,-1.00,false");
    }

    @Test
    void aStatedPoolThatIsNotTheSumIsR_POOL_4AndExitsOne() {
        String mapping = MAPPING.replace("input.statedPool = D11", "input.statedPool = B2");
        Path workbook = kind().changed("stated.xlsx", s -> set(s, "B2", 131_400_000));

        Cli.Result result = kind().command(workbook, mapping);

        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.out().lines().skip(1)).hasSize(10).allMatch(l -> l.endsWith(",true"));
        // issue 28: at the stated pool's cell (input.statedPool = B2), not pooledFund.total
        assertThat(result.err()).contains("ERROR R-POOL-4 Pool!B2: the stated pooled fund £131,400,000.00 differs "
                + "from the sum of the contributions £131,480,045.00 by -£80,045.00");
    }

    @Test
    void aFundNotUnderSection75IsR_PC_5() {
        CheckReport report = SpreadsheetCheck.run(kind().agreeing(),
                kind().mappingFile(MAPPING.replace("section75 = yes", "section75 = no")));

        assertThat(report.agrees()).isTrue();
        assertThat(report.errors().stream().map(Finding::ruleId)).containsExactly("R-PC-5");
        // at what gives the flag, the mapping's parameter, not the library's pooledFund.section75
        assertThat(report.errors().stream().map(Finding::where)).containsExactly("the mapping's parameter.section75");
    }

    @Test
    void aStreamOutsideTheYearIsR_POOL_3() {
        CheckReport report = SpreadsheetCheck.run(kind().agreeing(),
                kind().mappingFile(MAPPING.replace("2022/23", "2025/26")));

        assertThat(report.agrees()).isTrue();
        assertThat(report.errors().stream().map(Finding::ruleId)).contains("R-POOL-3", "R-PC-4");
        assertThat(report.errors().toString()).contains("iBCF does not exist in 2025/26");
        // each stream out of its years at its cell (iBCF, row 6; the two ASC Discharge Fund streams, rows 8 and 9,
        // which end in 2024/25); a mandatory stream the fund lacks (the LABCG of 2025/26) at the streams' cells,
        // where it would be added
        assertThat(report.errors().stream().filter(f -> f.ruleId().equals("R-POOL-3")).map(Finding::where))
                .containsExactly("Pool!C6", "Pool!C8", "Pool!C9");
        assertThat(report.errors().stream().filter(f -> f.ruleId().equals("R-PC-4")).map(Finding::where))
                .isNotEmpty().allMatch("Pool!C5:C9"::equals);
    }

    @Test
    void floatNoiseInAnAmountIsRoundedToThePennyAndNoted() {
        Path workbook = kind().changed("noise.xlsx", s -> set(s, "D5", 9_157_782.000000002));

        CheckReport report = kind().check(workbook);

        assertThat(report.passes()).isTrue();
        assertThat(report.roundings()).singleElement().hasToString(
                "Pool!D5 amount[1]: saved 9157782.000000002, read as 9157782.00 (by -0.000000002)");
    }

    @Test
    void textInAnAmountExitsTwoNamingSheetAndCell() {
        Path workbook = kind().workbook("text.xlsx", s -> set(s, "D6", "tbc"));

        Cli.Result result = kind().command(workbook);

        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).isEqualTo("check: workbook text.xlsx: Pool!D6 holds text \"tbc\" where a number is needed "
                + "(amount: the contribution in pounds, one per row)\n");
    }

    @Test
    void anUnknownStreamOrPartnerIsRefusedNamingTheCell() {
        Path stream = kind().workbook("stream.xlsx", s -> set(s, "C6", "Better Care Grant"));
        Path partner = kind().workbook("partner.xlsx", s -> set(s, "F6", "Norfolk ICB"));

        assertThatThrownBy(() -> kind().check(stream)).hasMessageContaining("Pool!C6 (stream): unknown funding stream "
                + "'Better Care Grant'");
        assertThatThrownBy(() -> kind().check(partner)).hasMessageContaining("Pool!F6 (partnerTotal.partner): no contribution "
                + "is from partner 'Norfolk ICB'");
        assertThat(kind().command(stream).exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void aPartnerTotalsTableOfUnequalColumnsCannotBeChecked() {
        String mapping = MAPPING.replace("output.partnerTotal = G5:G6", "output.partnerTotal = G5:G7");

        assertThatThrownBy(() -> SpreadsheetCheck.run(kind().agreeing(), kind().mappingFile(mapping)))
                .hasMessageContaining("output.partnerTotal cannot be checked")
                .hasMessageContaining("one per cell of input.partnerTotal.partner");
    }

    @Test
    void aBadSection75IsRefusedNamingIt() {
        assertThatThrownBy(() -> SpreadsheetCheck.run(kind().agreeing(),
                kind().mappingFile(MAPPING.replace("section75 = yes", "section75 = maybe"))))
                .hasMessageContaining("parameter.section75 ('maybe') must be yes or no");
    }

    @Test
    void aStaleSavedValueIsCaughtOnlyWhenRecalculating() {
        kind().assertAStaleCellIsCaughtOnlyWhenRecalculating();
    }
}
