package org.openbcf.examples.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openbcf.examples.check.TestWorkbooks.set;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.examples.cli.Cli;
import org.openbcf.examples.cli.ExitCode;

/** {@code calculation = profile}: Norfolk's 2016/17 residential admissions target of 1,308 by working days (G-22). */
class ProfileCheckTest {

    static final String MAPPING = """
            calculation = profile
            sheet = Profile
            parameter.year = 2016/17
            parameter.method = whole
            input.annual = B2
            output.workingDays = C5:N5
            output.totalWorkingDays = O5
            output.monthly = C6:N6
            output.quarterly = C8:F8
            """;

    /** G-22. */
    private static final int[] DAYS = {21, 20, 22, 21, 22, 22, 21, 22, 20, 21, 20, 23};
    private static final int[] WHOLE = {108, 102, 113, 108, 113, 113, 108, 113, 102, 108, 102, 118};
    private static final String COLUMNS = "CDEFGHIJKLMN";

    @TempDir
    Path dir;

    private KindCheck kind(String mapping, boolean exactFormulas) {
        return new KindCheck(dir, "Profile", mapping, sheet -> {
            set(sheet, "B2", 1_308);
            for (int i = 0; i < 12; i++) {
                String column = String.valueOf(COLUMNS.charAt(i));
                set(sheet, column + "5", DAYS[i]);
                set(sheet, column + "6", exactFormulas ? "=$B$2*" + column + "5/$O$5" : WHOLE[i]);
            }
            set(sheet, "O5", "=SUM(C5:N5)");
            set(sheet, "C8", "=SUM(C6:E6)");
            set(sheet, "D8", "=SUM(F6:H6)");
            set(sheet, "E8", "=SUM(I6:K6)");
            set(sheet, "F8", "=SUM(L6:N6)");
        });
    }

    private KindCheck kind() {
        return kind(MAPPING, false);
    }

    @Test
    void norfolks1308ProfiledByWorkingDaysByLargestRemainderAgreesG22() {
        CheckReport report = kind().check(kind().agreeing());

        assertThat(report.passes()).as(report.toString()).isTrue();
        assertThat(report.comparisons()).hasSize(29);
        assertThat(report.comparisons().stream().filter(c -> c.output().startsWith("quarterly")).map(c -> c.reference().intValue()))
                .containsExactly(323, 334, 323, 328);
        assertThat(report.comparisons().stream().filter(c -> c.output().equals("totalWorkingDays")).findFirst().orElseThrow()
                .reference()).isEqualByComparingTo("255");
    }

    @Test
    void exactSharesAgreeWithTheSheetsOwnFormulas() {
        KindCheck exact = kind(MAPPING.replace("method = whole", "method = exact"), true);

        CheckReport report = exact.check(exact.agreeing());

        assertThat(report.passes()).as(report.toString()).isTrue();
        assertThat(report.comparisons().get(13).reference().doubleValue()).isCloseTo(107.7176470588, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aFlatTwelfthInAprilExitsOne() {
        Path workbook = kind().changed("flat.xlsx", s -> set(s, "C6", 109));

        Cli.Result result = kind().command(workbook);

        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.err()).contains("Profile!C6 monthly[1]: spreadsheet 109.00, reference 108.00, difference 1.00")
                .contains("Profile!C8 quarterly[1]: spreadsheet 324.00, reference 323.00, difference 1.00");
    }

    @Test
    void aFractionOfATargetCannotBeProfiledInWholeNumbers() {
        Path workbook = kind().workbook("fraction.xlsx", s -> set(s, "B2", 1_308.5));

        assertThatThrownBy(() -> kind().check(workbook)).hasMessageContaining("Profile!B2 (annual): 1308.5 must be a whole number");
        assertThatThrownBy(() -> SpreadsheetCheck.run(workbook, kind().mappingFile(MAPPING.replace("whole", "even"))))
                .hasMessageContaining("parameter.method ('even') must be whole or exact");
        assertThatThrownBy(() -> SpreadsheetCheck.run(workbook, kind().mappingFile(MAPPING.replace("2016/17", "2050/51"))))
                .hasMessageContaining("financial year 2050/51 is outside calendar");
    }

    @Test
    void floatNoiseInTheAnnualTargetIsReadToFifteenDigitsAndNoted() {
        CheckReport report = kind().check(kind().changed("noise.xlsx", s -> set(s, "B2", 1_308.0000000000002)));

        assertThat(report.passes()).isTrue();
        assertThat(report.roundings()).singleElement().hasToString(
                "Profile!B2 annual: saved 1308.0000000000002, read as 1308 (by -0.0000000000002)");
    }

    @Test
    void textInTheAnnualTargetExitsTwoNamingSheetAndCell() {
        Cli.Result result = kind().command(kind().workbook("text.xlsx", s -> set(s, "B2", "tbc")));

        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).startsWith("check: workbook text.xlsx: Profile!B2 holds text \"tbc\" where a number is needed");
    }

    @Test
    void aStaleSavedValueIsCaughtOnlyWhenRecalculating() {
        kind().assertAStaleCellIsCaughtOnlyWhenRecalculating();
    }
}
