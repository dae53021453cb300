package org.openbcf.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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
    void showsBothContributionTotalsAndTheChange() {
        assertThat(demo.out()).contains("£62,461,000.00").contains("£63,573,469.00")
                .containsPattern("Total contribution +£62,461,000.00 +£63,573,469.00 +£1,112,469.00 +\\+1.78%");
    }

    @Test
    void showsTheSpendingPlanAndThe2022Pool() {
        assertThat(demo.out()).containsPattern("Social Care +£37,099,000.00 +59.39%")
                .containsPattern("Total +£62,462,000.00")
                .containsPattern("BCF \\+ Discharge Fund +£131,480,045.00 +£134,268,983.00");
    }

    @Test
    void showsEveryLedgerFindingD1ToD5() {
        assertThat(demo.out()).contains("Findings (8):")
                .contains("income.plan.annualTotal").contains("difference -£200.00")
                .contains("expenditure.plan.annualTotal").contains("difference -£980.00")
                .contains("expenditure.pooledFund").contains("difference £780.00")
                .contains("spendingPlan.total").contains("difference £1,000.00")
                .contains("difference -£2,301,200.00").contains("difference -£2,301,980.00");
    }

    @Test
    void embeddedDataMatchesThePublishedTotals() {
        assertThat(NorfolkData.read("contributions.csv")).hasSize(26);
        assertThat(NorfolkData.ledger(org.openbcf.core.time.FinancialYear.parse("2015/16")).actualBalance())
                .isEqualTo(org.openbcf.core.money.Gbp.of(2_326_998));
    }
}
