package org.openbcf.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.List;

import javax.money.MonetaryAmount;

import org.junit.jupiter.api.Test;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.Generators;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialYear;
import org.quicktheories.core.Gen;

class QuarterlyLedgerProperties {

    private static final FinancialYear YEAR = FinancialYear.of(2015);

    private static Gen<List<MonetaryAmount>> fourQuarters() {
        return lists().of(Generators.pennies(0, 25_000_000)).ofSize(4);
    }

    @Test
    void aReconciliationFindingAppearsExactlyWhenTheAnnualTotalDiffersFromThePooledFund() {
        qt().withFixedSeed(Generators.SEED).forAll(fourQuarters(), Generators.pennies(0, 100_000_000))
                .checkAssert((quarters, pooledFund) -> {
                    QuarterlyAmounts plan = QuarterlyAmounts.of(YEAR, quarters);
                    FlowLedger in = FlowLedger.of(LedgerFlow.INCOME, plan, plan, QuarterlyAmounts.of(YEAR, List.of()), pooledFund, "c");
                    FlowLedger out = FlowLedger.of(LedgerFlow.EXPENDITURE, plan, plan, QuarterlyAmounts.of(YEAR, List.of()), pooledFund, "c");
                    Findings findings = QuarterlyLedger.of(in, out).check().ofRule(Rule.R_IE_4);
                    boolean differs = !Gbp.same(Gbp.sum(quarters), pooledFund);
                    assertThat(findings.isEmpty()).isEqualTo(!differs);
                    findings.forEach(f -> assertThat(Gbp.pounds(f.amounts().get("difference")))
                            .isEqualByComparingTo(Gbp.pounds(Gbp.sum(quarters)).subtract(Gbp.pounds(pooledFund))));
                });
    }

    @Test
    void theAnnualTotalIsTheSumOfTheQuartersAndYearToDateGrowsWithTheQuarter() {
        qt().withFixedSeed(Generators.SEED).forAll(fourQuarters()).checkAssert(quarters -> {
            QuarterlyAmounts amounts = QuarterlyAmounts.of(YEAR, quarters);
            BigDecimal sum = quarters.stream().map(Gbp::pounds).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(Gbp.pounds(amounts.total())).isEqualByComparingTo(sum);
            assertThat(amounts.yearToDate(YEAR.quarter(4))).isEqualTo(amounts.total());
            for (int q = 1; q < 4; q++) {
                assertThat(Gbp.pounds(amounts.yearToDate(YEAR.quarter(q))))
                        .isLessThanOrEqualTo(Gbp.pounds(amounts.yearToDate(YEAR.quarter(q + 1))));
            }
        });
    }
}
