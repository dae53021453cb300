package org.openbcf.examples.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openbcf.examples.check.TestWorkbooks.set;

import java.nio.file.Path;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.examples.cli.Cli;
import org.openbcf.examples.cli.ExitCode;

/** {@code calculation = rate}, {@code proportion} and {@code dsr}: the reference figures of statistics.md and G10. */
class StatisticCheckTest {

    private static final String Z = "1.959963984540054";

    static final String RATE = """
            calculation = rate
            sheet = Rates
            parameter.confidence = 95%
            parameter.multiplier = 100000
            input.count = B2
            input.population = B3
            output.value = B5
            output.lower = B6
            output.upper = B7
            """;

    static final String PROPORTION = """
            calculation = proportion
            sheet = Reablement
            parameter.confidence = 0.95
            parameter.multiplier = 100
            input.numerator = B2
            input.denominator = B3
            output.value = B5
            output.lower = B6
            output.upper = B7
            """;

    static final String DSR = """
            calculation = dsr
            sheet = Falls
            parameter.confidence = 95%
            parameter.multiplier = 100000
            input.band = A5:A10
            input.count = B5:B10
            input.population = C5:C10
            input.standardPopulation = D5:D10
            output.value = B12
            output.lower = B13
            output.upper = B14
            output.totalCount = B15
            """;

    @TempDir
    Path dir;

    /** A rate sheet that computes Byar's limits in its own formulas (statistics.md, "Rate"). */
    private KindCheck rate(long count, long population, String mapping) {
        return new KindCheck(dir, "Rates", mapping, sheet -> {
            set(sheet, "B2", count);
            set(sheet, "B3", population);
            set(sheet, "B5", "=B2/B3*100000");
            set(sheet, "B6", "=B2*(1-1/(9*B2)-" + Z + "/(3*SQRT(B2)))^3/B3*100000");
            set(sheet, "B7", "=(B2+1)*(1-1/(9*(B2+1))+" + Z + "/(3*SQRT(B2+1)))^3/B3*100000");
        });
    }

    /** A proportion sheet with the Wilson score interval in its own formulas (statistics.md, "Proportion"). */
    private KindCheck proportion() {
        return new KindCheck(dir, "Reablement", PROPORTION, sheet -> {
            set(sheet, "B2", 65);
            set(sheet, "B3", 100);
            set(sheet, "B5", "=B2/B3*100");
            set(sheet, "B6", "=(2*B2+" + Z + "^2-" + Z + "*SQRT(" + Z + "^2+4*B2*(1-B2/B3)))/(2*(B3+" + Z + "^2))*100");
            set(sheet, "B7", "=(2*B2+" + Z + "^2+" + Z + "*SQRT(" + Z + "^2+4*B2*(1-B2/B3)))/(2*(B3+" + Z + "^2))*100");
        });
    }

    /** G10: synthetic falls bands 65-69 … 90+, ESP2013 weights; the limits as the analyst's tool printed them. */
    private KindCheck dsr(String mapping) {
        String[] bands = {"65-69", "70-74", "75-79", "80-84", "85-89", "90+"};
        long[] events = {200, 260, 330, 420, 480, 450};
        long[] population = {60_000, 55_000, 40_000, 28_000, 17_000, 9_000};
        int[] weights = {5_500, 5_000, 4_000, 2_500, 1_500, 1_000};
        return new KindCheck(dir, "Falls", mapping, sheet -> {
            for (int i = 0; i < bands.length; i++) {
                int row = 5 + i;
                set(sheet, "A" + row, bands[i]);
                set(sheet, "B" + row, events[i]);
                set(sheet, "C" + row, population[i]);
                set(sheet, "D" + row, weights[i]);
                set(sheet, "E" + row, "=B" + row + "/C" + row + "*D" + row);
            }
            set(sheet, "B12", "=SUM(E5:E10)/SUM(D5:D10)*100000");
            set(sheet, "B13", 1006.1502157450952);
            set(sheet, "B14", 1096.0318006081486);
            set(sheet, "B15", "=SUM(B5:B10)");
        });
    }

    private static double reference(CheckReport report, String output) {
        return report.comparisons().stream().filter(c -> c.output().equals(output)).findFirst().orElseThrow().reference().doubleValue();
    }

    @Test
    void aRateWithByarsLimitsAgreesOnTheCountScaleAndThePhbRateG15() {
        KindCheck countScale = rate(65, 1_000, RATE.replace("100000", "1000"));
        KindCheck phb = rate(108, 882_569, RATE);
        Path scaled = countScale.changed("count.xlsx", s -> {
            set(s, "B5", "=B2/B3*1000");
            set(s, "B6", "=B2*(1-1/(9*B2)-" + Z + "/(3*SQRT(B2)))^3/B3*1000");
            set(s, "B7", "=(B2+1)*(1-1/(9*(B2+1))+" + Z + "/(3*SQRT(B2+1)))^3/B3*1000");
        });

        CheckReport reference = countScale.check(scaled);
        CheckReport g15 = phb.check(phb.agreeing());

        assertThat(reference.passes()).as(reference.toString()).isTrue();
        assertThat(reference(reference, "lower")).isCloseTo(50.163187710459454, Offset.offset(1e-9));
        assertThat(reference(reference, "upper")).isCloseTo(82.84913854593984, Offset.offset(1e-9));
        assertThat(g15.passes()).as(g15.toString()).isTrue();
        assertThat(reference(g15, "value")).isCloseTo(12.2370, Offset.offset(1e-4));
    }

    @Test
    void aRateBelowTenEventsUsesExactLimitsSoByarsFormulaDisagreesExitOne() {
        KindCheck few = rate(5, 100_000, RATE);

        Cli.Result result = few.command(few.agreeing());

        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.err()).contains("Rates!B6 lower: spreadsheet");
    }

    @Test
    void aProportionWithWilsonLimitsAgreesAndAWrongLimitExitsOne() {
        CheckReport report = proportion().check(proportion().agreeing());
        Cli.Result wrong = proportion().command(proportion().workbook("wrong.xlsx", s -> TestWorkbooks.setSavedResult(s, "B6", 55.0)));

        assertThat(report.passes()).as(report.toString()).isTrue();
        assertThat(reference(report, "lower")).isCloseTo(55.25444329688797, Offset.offset(1e-9));
        assertThat(reference(report, "upper")).isCloseTo(73.63575175690247, Offset.offset(1e-9));
        assertThat(wrong.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(wrong.err()).contains("Reablement!B6 lower: spreadsheet 55.00, reference 55.25444329688797");
    }

    @Test
    void aFallsDsrAgreesWithTheSheetsOrTheEsp2013WeightsG10() {
        CheckReport stated = dsr(DSR).check(dsr(DSR).agreeing());
        String esp = DSR.replace("input.standardPopulation = D5:D10\n", "");
        CheckReport byLabel = SpreadsheetCheck.run(dsr(esp).agreeing(), dsr(esp).mappingFile(esp));

        assertThat(stated.passes()).as(stated.toString()).isTrue();
        assertThat(reference(stated, "value")).isCloseTo(1050.3725033136798, Offset.offset(1e-9));
        assertThat(reference(stated, "totalCount")).isEqualTo(2140);
        assertThat(byLabel.comparisons()).isEqualTo(stated.comparisons());
    }

    @Test
    void aWrongDsrExitsOne() {
        Cli.Result result = dsr(DSR).command(dsr(DSR).workbook("wrong.xlsx", s -> TestWorkbooks.setSavedResult(s, "B12", 1023.92)));

        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.err()).contains("Falls!B12 value: spreadsheet 1023.92, reference 1050.3725033136798");
    }

    @Test
    void inputsTheLibraryRefusesExitTwoNamingTheCell() {
        Cli.Result over = proportion().command(proportion().workbook("over.xlsx", s -> set(s, "B2", 120)));
        Path suppressed = dsr(DSR).workbook("few.xlsx", s -> {
            for (int row = 5; row <= 10; row++) {
                set(s, "B" + row, row == 5 ? 9 : 0);
            }
        });
        Path unknownBand = dsr(DSR).workbook("band.xlsx", s -> set(s, "A5", "65 to 69"));
        String esp = DSR.replace("input.standardPopulation = D5:D10\n", "");

        assertThat(over.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(over.err()).contains("Reablement!B2 (numerator): numerator (120) must be between 0 and the denominator (100)");
        assertThatThrownBy(() -> dsr(DSR).check(suppressed)).hasMessageContaining("output.value cannot be checked")
                .hasMessageContaining("suppressed under 10 events");
        assertThatThrownBy(() -> SpreadsheetCheck.run(unknownBand, dsr(esp).mappingFile(esp))).hasMessageContaining("Falls!A5 (band)");
        assertThatThrownBy(() -> SpreadsheetCheck.run(proportion().agreeing(),
                proportion().mappingFile(PROPORTION.replace("0.95", "95"))))
                .hasMessageContaining("parameter.confidence");
        assertThatThrownBy(() -> SpreadsheetCheck.run(proportion().agreeing(),
                proportion().mappingFile(PROPORTION.replace("multiplier = 100", "multiplier = -1"))))
                .hasMessageContaining("parameter.multiplier ('-1') must be a positive number");
    }

    /** Issue 25: a refusal about the second input's cell names that cell, not the first input's. */
    @Test
    void aRefusalNamesTheCellItIsAbout() {
        Cli.Result denominator = proportion().command(proportion().workbook("zero.xlsx", s -> set(s, "B3", 0)));
        assertThat(denominator.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(denominator.err()).contains("Reablement!B3 (denominator): denominator (0) must be at least 1");
        Cli.Result population = rate(108, 882_569, RATE).command(rate(108, 882_569, RATE).workbook("pop.xlsx", s -> set(s, "B3", 0)));
        assertThat(population.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(population.err()).contains("Rates!B3 (population): population (0) must be at least 1");
        assertThatThrownBy(() -> dsr(DSR).check(dsr(DSR).workbook("dpop.xlsx", s -> set(s, "C7", 0))))
                .hasMessageContaining("Falls!C7 (population): population of age band");
        assertThatThrownBy(() -> dsr(DSR).check(dsr(DSR).workbook("weight.xlsx", s -> set(s, "D6", -1))))
                .hasMessageContaining("Falls!D6 (standardPopulation): standard population of age band");
    }

    @Test
    void floatNoiseInACountIsReadAsTheWholeNumberAndNoted() {
        KindCheck phb = rate(108, 882_569, RATE);

        CheckReport report = phb.check(phb.changed("noise.xlsx", s -> set(s, "B2", 108.00000000001)));

        assertThat(report.passes()).isTrue();
        assertThat(report.roundings()).singleElement().hasToString("Rates!B2 count: saved 108.00000000001, read as 108 (by -0.00000000001)");
    }

    @Test
    void textInACountExitsTwoNamingSheetAndCell() {
        KindCheck phb = rate(108, 882_569, RATE);

        Cli.Result result = phb.command(phb.workbook("text.xlsx", s -> set(s, "B3", "882,569")));

        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).startsWith("check: workbook text.xlsx: Rates!B3 holds text \"882,569\" where a number is needed");
    }

    @Test
    void aStaleSavedValueIsCaughtOnlyWhenRecalculatingForEveryStatistic() {
        rate(108, 882_569, RATE).assertAStaleCellIsCaughtOnlyWhenRecalculating();
        proportion().assertAStaleCellIsCaughtOnlyWhenRecalculating();
        dsr(DSR).assertAStaleCellIsCaughtOnlyWhenRecalculating();
    }
}
