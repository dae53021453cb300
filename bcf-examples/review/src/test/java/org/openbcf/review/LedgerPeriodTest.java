package org.openbcf.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import javax.money.MonetaryAmount;

import org.junit.jupiter.api.Test;
import org.openbcf.core.ledger.FlowLedger;
import org.openbcf.core.ledger.LedgerFlow;
import org.openbcf.core.ledger.QuarterlyAmounts;
import org.openbcf.core.ledger.QuarterlyLedger;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialQuarter;
import org.openbcf.core.time.FinancialYear;
import org.openbcf.core.year.BcfYear;

/**
 * A quarterly ledger's totals are labelled by the quarters they add up (issue 28): a Q3 return's actuals are
 * Q1 to Q3, not the year (Norfolk 2015/16, norfolk-2016 G-11/G-12: Q4 actuals not yet reported).
 */
class LedgerPeriodTest {

    private static final FinancialYear Y2015 = FinancialYear.parse("2015/16");

    private static QuarterlyAmounts quarters(int... present) {
        java.util.Map<FinancialQuarter, MonetaryAmount> amounts = new java.util.TreeMap<>();
        for (int q : present) {
            amounts.put(Y2015.quarter(q), Gbp.of(100));
        }
        return new QuarterlyAmounts(Y2015, amounts);
    }

    private static List<String> items(QuarterlyAmounts actual) {
        QuarterlyAmounts year = quarters(1, 2, 3, 4);
        FlowLedger income = FlowLedger.of(LedgerFlow.INCOME, year, year, actual, Gbp.of(400), "");
        FlowLedger expenditure = FlowLedger.of(LedgerFlow.EXPENDITURE, year, year, actual, Gbp.of(400), "");
        Board board = new Board("Norfolk", BcfYear.parse("2015/16"), true, "1", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
        DatasetReview review = DatasetReview.of(Dataset.builder("test", board)
                .ledger(QuarterlyLedger.of(income, expenditure)).build());
        return review.sections().stream().filter(s -> s.title().startsWith("Income and expenditure"))
                .flatMap(s -> s.lines().stream()).map(DatasetReview.Line::item).toList();
    }

    @Test
    void fourQuartersAreTheYearAndTheFirstFewAreToDate() {
        assertThat(items(quarters(1, 2, 3))).contains("income plan (year)", "income forecast (year)",
                "income actual (Q1-Q3 to date)", "expenditure actual (Q1-Q3 to date)");
        assertThat(items(quarters(1, 2, 3, 4))).contains("income actual (year)");
        assertThat(items(quarters(1))).contains("income actual (Q1 to date)");
    }

    @Test
    void quartersThatDoNotStartAtQ1AreNamedAndNoneIsSaid() {
        assertThat(items(quarters(2, 4))).contains("income actual (Q2, Q4)");
        assertThat(items(quarters())).contains("income actual (no quarter reported)");
    }
}
