package org.openbcf.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialYear;
import org.openbcf.examples.cli.Cli;
import org.openbcf.examples.cli.ExitCode;

class DemoCommandTest {

    private final Cli.Result demo = Cli.run("demo");

    @Test
    void runsCleanly() {
        assertThat(demo.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(demo.err()).isEmpty();
    }

    @Test
    void isTheReviewOfNorfolksThreeDatasetsWithASummary() {
        assertThat(demo.out()).contains("Norfolk 2015/16 (dataset norfolk-2015-16)")
                .contains("Norfolk 2016/17 (dataset norfolk-2016-17)").contains("Norfolk 2022/23 (dataset norfolk-2022-23)")
                .contains("Summary (Norfolk, 3 years)").contains("Worked examples beyond the dataset format");
    }

    @Test
    void showsBothContributionTotalsAndTheChange() {
        assertThat(demo.out()).containsPattern("total +£62,461,000.00").containsPattern("total +£63,573,469.00")
                .containsPattern("Total contribution +£62,461,000.00 +£63,573,469.00 +£1,112,469.00 +\\+1.78%");
    }

    @Test
    void showsTheSpendingPlanAndThe2022PoolsAsTheTemplateDoes() {
        assertThat(demo.out()).containsPattern("Social Care +£37,099,000.00")
                .containsPattern("total +£62,462,000.00")
                .containsPattern("minimum sub-total +£121,808,441.00")
                .containsPattern("total BCF pooled fund +£124,591,051.00")
                .containsPattern("total +£131,480,045.00").containsPattern("total +£134,268,983.00")
                .doesNotContain("£134,262,655.00");
    }

    @Test
    void showsEveryLedgerFindingD1ToD5() {
        assertThat(demo.out())
                .contains("income-and-expenditure.csv, column amount, rows 2–5: plan income annual total")
                .contains("difference -£200.00")
                .contains("income-and-expenditure.csv, column amount, rows 13–16: plan expenditure annual total")
                .contains("difference -£980.00")
                .contains("board.csv row 8, column value: the expenditure pooled fund differs").contains("difference £780.00")
                .contains("spending-by-category.csv, column amount, rows 2–8: ").contains("difference £1,000.00")
                .contains("difference -£2,301,200.00").contains("difference -£2,301,980.00");
    }

    @Test
    void showsNothingHypotheticalAsAFailure() {
        assertThat(demo.out()).doesNotContain("ERROR R-PC-2").doesNotContain("hypothetical")
                .contains("INFO R-PC-2");
    }

    @Test
    void embeddedDataMatchesThePublishedTotals() {
        assertThat(NorfolkData.pooledFund(FinancialYear.parse("2015/16"), "plan").contributions()).hasSize(6);
        assertThat(NorfolkData.ledger(FinancialYear.parse("2015/16")).actualBalance()).isEqualTo(Gbp.of(2_326_998));
    }
}
