package org.openbcf.examples.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.core.finding.Finding;
import org.openbcf.examples.cli.Cli;
import org.openbcf.examples.cli.ExitCode;
import org.openbcf.examples.dataset.Datasets;

/** Issue 14: {@code bcf check WORKBOOK} with no mapping file on a workbook in the dataset format. */
class DatasetCheckTest {

    @TempDir
    Path dir;

    /** Lewisham 2025/26 (illustrative figures) with the derived minimums as docs/boards.md's worked example gives them. */
    private Path lewisham(String pool, String socialCare) {
        Path folder = Datasets.lewisham(dir.resolve("lewisham"));
        Datasets.edit(folder, "board.csv", "pooled_fund,45650000", "pooled_fund," + pool);
        Datasets.append(folder, "board.csv", "asc_from_nhs_minimum," + socialCare);
        Datasets.append(folder, "board.csv", "nhs_out_of_hospital,17250000");
        return Datasets.toWorkbook(folder, dir.resolve("lewisham.xlsx"));
    }

    @Test
    void everyStatedFigureAgreesWithTheRecomputedOneAndTheCheckPasses() {
        Path workbook = lewisham("45650000", "10500000");

        CheckReport report = DatasetCheck.run(workbook, BigDecimal.ZERO);

        assertThat(report.calculation()).isEqualTo("dataset");
        assertThat(report.comparisons()).extracting(CellComparison::toString).containsExactly(
                "board!B6 pooledFund: spreadsheet 45650000.00, reference 45650000.00, difference 0.00",
                "board!B8 adultSocialCareFromNhsMinimum: spreadsheet 10500000.00, reference 10500000.00, difference 0.00",
                "board!B9 nhsCommissionedOutOfHospital: spreadsheet 17250000.00, reference 17250000.00, difference 0.00");
        assertThat(report.errors().isEmpty()).isTrue();
        assertThat(report.passes()).isTrue();
        Cli.Result result = Cli.run("check", workbook.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out().lines()).hasSize(4);
        assertThat(result.err().lines()).isNotEmpty().allMatch(l -> l.startsWith("INFO "));     // docs/boards.md's three notes
    }

    @Test
    void aStatedPoolThatIsNotTheSumOfTheContributionsDisagreesAndIsR_POOL_4() {
        Path workbook = lewisham("45600000", "10500000");

        CheckReport report = DatasetCheck.run(workbook, BigDecimal.ZERO);

        assertThat(report.disagreements()).singleElement().satisfies(c -> {
            assertThat(c.cell()).hasToString("board!B6");
            assertThat(c.difference()).isEqualByComparingTo("-50000");
        });
        assertThat(report.errors().stream().map(Finding::ruleId)).containsExactly("R-POOL-4");
        Cli.Result result = Cli.run("check", workbook.toString(), "--format", "junit");
        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(JUnitReportTest.parse(result.out()).getDocumentElement().getElementsByTagName("failure").getLength()).isEqualTo(2);
    }

    @Test
    void aStatedSocialCareFigureThatIsNotTheDerivedOneDisagreesAndIsR_EXP_2() {
        Path workbook = lewisham("45650000", "10400000");

        CheckReport report = DatasetCheck.run(workbook, BigDecimal.ZERO);

        assertThat(report.disagreements()).extracting(c -> c.cell().address()).containsExactly("B8");
        assertThat(report.findings().stream().map(Finding::ruleId)).contains("R-EXP-2");
        assertThat(Cli.run("check", workbook.toString()).exitCode()).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void anotherWorkbookWithoutAMappingExitsTwoSayingAMappingIsNeeded() {
        Path workbook = IncomeAndExpenditureSheet.write(dir.resolve("q3.xlsx"), sheet -> { });

        Cli.Result result = Cli.run("check", workbook.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).contains("q3.xlsx has no 'board' sheet").contains("a mapping is needed");
        assertThat(DatasetCheck.isDataset(workbook)).isFalse();
    }

    @Test
    void anUnusableDatasetExitsTwoNamingSheetRowAndColumn() {
        Path folder = Datasets.lewisham(dir.resolve("bad"));
        Datasets.append(folder, "contributions.csv", "Lewisham,London borough,Better Care Grant,100");
        Path workbook = Datasets.toWorkbook(folder, dir.resolve("bad.xlsx"));

        assertThatThrownBy(() -> DatasetCheck.run(workbook, BigDecimal.ZERO)).hasMessageContaining("contributions")
                .hasMessageContaining("Better Care Grant");
        Cli.Result result = Cli.run("check", workbook.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err().lines()).hasSize(1).first().asString().contains("column stream");
    }
}
