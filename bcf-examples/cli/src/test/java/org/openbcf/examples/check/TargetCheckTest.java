package org.openbcf.examples.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openbcf.examples.check.TestWorkbooks.set;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.examples.cli.Cli;
import org.openbcf.examples.cli.ExitCode;

/** {@code calculation = target}: G-16, G-17 (norfolk-2016 spec) and G8 (norfolk-2023-25 spec). */
class TargetCheckTest {

    static final String MAPPING = """
            calculation = target
            sheet = Metrics
            parameter.change = reduction
            parameter.rounding = half-up
            input.base = B2
            input.percent = B3
            input.actual = B4
            output.target = B6
            output.evenTwelfth = B7
            output.variance = B8
            output.percentageVariance = B9
            output.met = B10
            """;

    @TempDir
    Path dir;

    /** G-16: residential admissions 2016/17, 1,377 less 5%, half-up; an actual of 1,290. */
    private KindCheck kind() {
        return new KindCheck(dir, "Metrics", MAPPING, sheet -> {
            set(sheet, "B2", 1_377);
            set(sheet, "B3", 5);
            set(sheet, "B4", 1_290);
            set(sheet, "B6", "=ROUND(B2*(1-B3/100),0)");
            set(sheet, "B7", "=B6/12");
            set(sheet, "B8", "=B4-B6");
            set(sheet, "B9", "=B8/B6*100");
            set(sheet, "B10", "=IF(B4<=B6,1,0)");
        });
    }

    private static BigDecimal reference(CheckReport report, String output) {
        return report.comparisons().stream().filter(c -> c.output().equals(output)).findFirst().orElseThrow().reference();
    }

    @Test
    void aFivePercentReductionOn1377RoundedHalfUpIsAMaximumOf1308G16() {
        CheckReport report = kind().check(kind().agreeing());

        assertThat(report.passes()).as(report.toString()).isTrue();
        assertThat(reference(report, "target")).isEqualByComparingTo("1308");
        assertThat(reference(report, "evenTwelfth")).isEqualByComparingTo("109");
        assertThat(reference(report, "variance")).isEqualByComparingTo("-18");
        assertThat(reference(report, "met")).isEqualByComparingTo("1");
    }

    @Test
    void anUnroundedReductionAndAFixedMaximumAgreeG17AndG8() {
        KindCheck g17 = new KindCheck(dir, "Metrics", MAPPING.replace("half-up", "none"), sheet -> {
            set(sheet, "B2", 28_388);
            set(sheet, "B3", 4);
            set(sheet, "B4", 27_000);
            set(sheet, "B6", "=B2*(1-B3/100)");
            set(sheet, "B7", "=B6/12");
            set(sheet, "B8", "=B4-B6");
            set(sheet, "B9", "=B8/B6*100");
            set(sheet, "B10", "=IF(B4<=B6,1,0)");
        });
        String fixed = MAPPING.replace("reduction", "maximum").replace("half-up", "none").replace("input.percent = B3\n", "");
        KindCheck g8 = new KindCheck(dir, "Metrics", fixed, sheet -> {
            set(sheet, "B2", 728.3);
            set(sheet, "B4", 677.4);
            set(sheet, "B6", "=B2");
            set(sheet, "B7", "=B6/12");
            set(sheet, "B8", "=B4-B6");
            set(sheet, "B9", "=B8/B6*100");
            set(sheet, "B10", "=IF(B4<=B6,1,0)");
        });

        CheckReport dtoc = g17.check(g17.agreeing());
        CheckReport avoidable = g8.check(g8.workbook("g8.xlsx", s -> { }));

        assertThat(dtoc.passes()).isTrue();
        assertThat(reference(dtoc, "target")).isEqualByComparingTo("27252.48");
        assertThat(avoidable.passes()).isTrue();
        assertThat(reference(avoidable, "variance")).isEqualByComparingTo("-50.9");
        assertThat(reference(avoidable, "percentageVariance")).isEqualByComparingTo("-6.988878209529040");
    }

    @Test
    void aTargetRoundedTheOtherWayExitsOne() {
        Path workbook = kind().workbook("wrong.xlsx", s -> TestWorkbooks.setSavedResult(s, "B6", 1_309));

        Cli.Result result = kind().command(workbook);

        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.err()).contains("Metrics!B6 target: spreadsheet 1309.00, reference 1308.00, difference 1.00");
    }

    @Test
    void anActualAboveTheMaximumIsNotMetAComputedCellNotAFinding() {
        Path workbook = kind().changed("over.xlsx", s -> set(s, "B4", 1_400));

        CheckReport report = kind().check(workbook);

        assertThat(report.passes()).isTrue();
        assertThat(reference(report, "met")).isEqualByComparingTo("0");
        assertThat(report.findings().isEmpty()).isTrue();
    }

    @Test
    void aMetCellThatSavesTheWordsIsComparedAsOneOrZero() {
        Path met = kind().changed("met-words.xlsx", s -> set(s, "B10", "=IF(B4<=B6,\"Yes\",\"No\")"));
        Path notMet = kind().changed("not-met-words.xlsx", s -> {
            set(s, "B4", 1_400);
            set(s, "B10", "=IF(B4<=B6,\"Yes\",\"Yes\")");
        });

        CheckReport agrees = kind().check(met);
        Cli.Result wrong = kind().command(notMet);

        assertThat(agrees.passes()).as(agrees.toString()).isTrue();
        assertThat(agrees.comparisons()).filteredOn(c -> c.output().equals("met")).singleElement()
                .satisfies(c -> assertThat(c.shown()).contains("Yes"));
        assertThat(wrong.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(wrong.err()).contains("Metrics!B10 met: spreadsheet Yes (1.00), reference 0.00, difference 1.00");
    }

    @Test
    void aReductionOverAHundredPercentIsRefusedNamingTheCell() {
        Path workbook = kind().workbook("over100.xlsx", s -> set(s, "B3", 105));

        Cli.Result result = kind().command(workbook);

        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).contains("Metrics!B2 (base): reduction (105%) must not exceed 100%");
    }

    @Test
    void aReductionWithoutAPercentOrAnUnknownChangeIsRefused() {
        String noPercent = MAPPING.replace("input.percent = B3\n", "");

        assertThatThrownBy(() -> SpreadsheetCheck.run(kind().agreeing(), kind().mappingFile(noPercent)))
                .hasMessageContaining("a reduction needs input.percent");
        assertThatThrownBy(() -> SpreadsheetCheck.run(kind().agreeing(), kind().mappingFile(MAPPING.replace("= reduction", "= cut"))))
                .hasMessageContaining("parameter.change ('cut') must be reduction, increase, maximum or minimum");
    }

    @Test
    void floatNoiseInTheBaseIsReadToFifteenDigitsAndNoted() {
        Path workbook = kind().changed("noise.xlsx", s -> set(s, "B2", 1_377.0000000000002));

        CheckReport report = kind().check(workbook);

        assertThat(report.passes()).isTrue();
        assertThat(report.roundings()).singleElement().hasToString(
                "Metrics!B2 base: saved 1377.0000000000002, read as 1377 (by -0.0000000000002)");
    }

    @Test
    void textInTheBaseExitsTwoNamingSheetAndCell() {
        Cli.Result result = kind().command(kind().workbook("text.xlsx", s -> set(s, "B2", "1,377")));

        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).startsWith("check: workbook text.xlsx: Metrics!B2 holds text \"1,377\" where a number is needed");
    }

    @Test
    void aStaleSavedValueIsCaughtOnlyWhenRecalculating() {
        kind().assertAStaleCellIsCaughtOnlyWhenRecalculating();
    }
}
