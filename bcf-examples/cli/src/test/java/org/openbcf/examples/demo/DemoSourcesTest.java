package org.openbcf.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openbcf.core.condition.ConditionResponse;
import org.openbcf.core.ledger.LedgerFlow;
import org.openbcf.core.ledger.YearEndLine;
import org.openbcf.core.time.FinancialYear;
import org.openbcf.examples.cli.Cli;

/**
 * The Norfolk demo read against the seeds (issue 28, "The Norfolk demo reads its sources right"). Every
 * expected figure and text here is taken from the seed text (shared/seeds/000 and 003, line numbers
 * given), not from what the demo printed before.
 */
class DemoSourcesTest {

    private static final String DEMO = Cli.run("demo").out().replace("\r\n", "\n");

    /** The review of one dataset, from its heading to the verdict line that ends it. */
    private static String review(String year) {
        int start = DEMO.indexOf("Norfolk " + year + " (dataset");
        int end = DEMO.indexOf("\nNorfolk " + year + ": ", start);
        assertThat(start).as("review of " + year).isNotNegative();
        assertThat(end).as("verdict of " + year).isGreaterThan(start);
        return DEMO.substring(start, DEMO.indexOf('\n', end + 1));
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    // Seed 000 lines 1765-1771: "Commentary on progress", then the 7 day services paragraph (condition 3,
    // lines 1767-1769) and the integrated teams paragraph (condition 5, line 1771). R-NC-3 asks for a comment
    // beside each No; the return has one, so the demo must not report it missing. D-12 (R-NC-4) stays.
    @Test
    void conditions3And5Of2015CarryTheReturnsCommentary() {
        List<ConditionResponse> answers = NorfolkData.dataset(FinancialYear.parse("2015/16")).conditions().orElseThrow();
        assertThat(answers).filteredOn(r -> r.questionId().equals("3")).singleElement()
                .satisfies(r -> assertThat(r.comment()).startsWith("All plans are in place and are developing on track to "
                        + "deliver an approach and implement key 7 day services in Norfolk."));
        assertThat(answers).filteredOn(r -> r.questionId().equals("5")).singleElement()
                .satisfies(r -> assertThat(r.comment()).isEqualTo("The infrastructure and integrated teams are in place "
                        + "to enable this. Next step actions are on course to embed this approach."));
        assertThat(review("2015/16")).doesNotContain("R-NC-3").doesNotContain("without a comment")
                .contains("WARNING R-NC-4 conditions.csv row 4, column date");
    }

    // Seed 000 lines 1904-1976 (G-11/G-12): the Q3 return has actuals for Q1-Q3 only. Income
    // 17,272,933 + 15,846,950 + 13,519,950 = 46,639,833; expenditure 16,738,383 + 14,054,502 + 13,519,950
    // = 44,312,835. Plan and forecast have all four quarters.
    @Test
    void theQ3ReturnsActualsAreLabelledAsQ1ToQ3() {
        String review = review("2015/16");
        assertThat(review).containsPattern("income actual \\(Q1-Q3 to date\\) +£46,639,833\\.00\n")
                .containsPattern("expenditure actual \\(Q1-Q3 to date\\) +£44,312,835\\.00\n")
                .containsPattern("income plan \\(year\\) +£62,460,800\\.00\n")
                .doesNotContain("actual (year)");
    }

    // Seed 003 line 2312: expenditure "Plan £121,808,442"; lines 2280/2286: planned pool £121,808,441; with the
    // Discharge Fund (2296, 2299) planned expenditure 121,808,442 + 9,671,604 = 131,480,046 against the planned
    // pool 131,480,045: spec R4, £1 more spent than pooled.
    @Test
    void the2022PlannedExpenditureIsTheSourcesAndR4IsReported() {
        String review = review("2022/23");
        assertThat(review).containsPattern("expenditure BCF plan +£121,808,442\\.00\n")
                .containsPattern("expenditure planned +£131,480,046\\.00\n")
                .containsPattern("WARNING R-POOL-2 \\S*income-and-expenditure\\.csv, column amount, rows [0-9–, ]+: "
                        + ".*difference £1\\.00\\)");
    }

    // Seed 003 lines 2314-2318 (R5): the Discharge Fund's expenditure "change? No … Actual £73,032,095", so the
    // actual expenditure 124,591,051 + 73,032,095 = 197,623,146 holds that figure; the caveat stands beside it, on its line.
    // Line 2306: one income comment box for the tab, "Income for ICES (Community equipment).", which covers both
    // income lines flagged Yes (LA additional, line 2290, and ICB Discharge Fund, line 2303).
    @Test
    void theActualExpenditureCarriesTheR5CaveatAndTheIcbLineTheSharedComment() {
        String review = review("2022/23");
        Matcher actual = Pattern.compile("(?m)^expenditure actual (.*) +£197,623,146\\.00$").matcher(review);
        assertThat(actual.find()).as("expenditure actual line").isTrue();
        assertThat(actual.group(1)).contains("ASC Discharge Fund £73,032,095.00 flagged No").contains("R-IE-10");
        List<YearEndLine> income = NorfolkData.dataset(FinancialYear.parse("2022/23")).yearEnd().orElseThrow().lines()
                .stream().filter(l -> l.differsFromPlan().orElse(false) && l.flow() == LedgerFlow.INCOME).toList();
        assertThat(income).hasSize(2).allSatisfy(l -> assertThat(l.comment())
                .isEqualTo("Income for ICES (Community equipment)."));
        assertThat(review).doesNotContain("R-IE-13");
    }

    // G-17: "The seed does not state the target value itself" (27,252.48 is derived); G-22: "DERIVED illustration;
    // the seed gives no monthly figures"; schemes spec 1.3: "None of these totals is stated in the source" (the
    // NCH and SN area totals are sums of the same lines), and no total of the 22 schemes is stated either.
    @Test
    void derivedFiguresAreLabelledDerivedAndNotPresentedAsChecks() {
        assertThat(DEMO).containsPattern("delayed-transfers-of-care +2015/16 +maximum 27252\\.48 .*derived")
                .containsPattern("residential-admissions +2016/17 +maximum 1308 .*stated")
                .containsPattern("profiled by working days.*\n.*derived")
                .containsPattern("£26,905,657\\.00 .*derived")
                .doesNotContain("£26,905,657.00 priced")
                .doesNotContain("area totals [NCH, SN]").doesNotContain("area mismatches");
    }

    // One board (Norfolk) over three years; the Discharge Fund tab's 24 flag mismatches (spec R7: 19 + 5) once;
    // the return's dates (DD/MM/YYYY, spec R-IN-3) one way; a last line that says whether the datasets pass:
    // every year has a warning or an error in the sources (D-1 for 2015/16, the NN2 impact 5 for 2016/17, R5 for
    // 2022/23), so none does.
    @Test
    void oneBoardOverThreeYearsFindingsOnceDatesOneWayAndAVerdictLast() {
        assertThat(DEMO).doesNotContain("3 boards").contains("Summary (Norfolk, 3 years)\n==========================\n");
        assertThat(count(DEMO, "WARNING R-DF-1 ")).isEqualTo(24);
        assertThat(DEMO).doesNotContainPattern("\\b\\d{4}-\\d{2}-\\d{2}\\b").contains("by 30/04/2017");
        String[] lines = DEMO.strip().split("\n");
        assertThat(lines[lines.length - 1]).contains("Norfolk").contains("none of the 3 datasets passes");
    }
}
