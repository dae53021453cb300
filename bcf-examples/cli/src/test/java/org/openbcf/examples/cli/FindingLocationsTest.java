package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.examples.dataset.Datasets;

/**
 * The places of findings about risks and aggregates (issue 28, "a location a board can act on"): a
 * risk at its row and column of risks.csv, an annual total at the rows it adds up, a sheet's pooled
 * fund at the board.csv field it comes from; in a workbook, with the sheet and cells. Before, these
 * printed {@code risks.R1.likelihood}, {@code income.plan.annualTotal} and {@code spendingPlan.total}.
 */
class FindingLocationsTest {

    @TempDir
    Path tmp;

    /** Lewisham 2025/26 with a 4x4 register: R1's likelihood 5 is off the scale, R2's stated score 7 is not 2 x 3. */
    private Path lewishamWithRisks(String name) throws IOException {
        Path dir = Datasets.lewisham(tmp.resolve(name));
        Datasets.append(dir, "board.csv", "risk_matrix,4x4");
        Files.writeString(dir.resolve("risks.csv"), "id,likelihood,impact,stated_score\nR1,5,2,\nR2,2,3,7\n");
        return dir;
    }

    @Test
    void aRiskFindingNamesItsRowAndColumn() throws IOException {
        Path dir = lewishamWithRisks("lewisham");
        Cli.Result review = Cli.run("review", dir.toString());
        assertThat(review.err()).contains("ERROR R-RISK-2 " + dir + "/risks.csv row 2, column likelihood: ")
                .contains("WARNING R-RISK-1 " + dir + "/risks.csv row 3, column stated_score: ")
                .doesNotContain("risks.R1").doesNotContain("risks.R2");
        Path xlsx = Datasets.toWorkbook(lewishamWithRisks("book"), tmp.resolve("lewisham.xlsx"));
        Cli.Result book = Cli.run("review", xlsx.toString());
        assertThat(book.err()).contains("ERROR R-RISK-2 " + xlsx + " sheet risks row 2, column likelihood (cell B2): ")
                .contains("WARNING R-RISK-1 " + xlsx + " sheet risks row 3, column stated_score (cell D3): ");
    }

    /**
     * A 2015/16 quarterly sheet whose planned income adds up to £4,000,000 against a pooled fund of
     * £5,000,000 (R-IE-4), with no comment (R-IE-5), and a spending plan of seven categories adding up
     * to £7,000,000 against the same fund (R-POOL-2).
     */
    private Path quarterly(String name) throws IOException {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("board.csv"), "field,value\nboard,Norfolk\nyear,2015/16\nsection_75,yes\n"
                + "pooled_fund,5000000\n");
        Files.writeString(dir.resolve("contributions.csv"), "partner,partner_type,stream,amount\n"
                + "Norfolk County Council,county council,CCG minimum contribution,5000000\n");
        Files.writeString(dir.resolve("income-and-expenditure.csv"), "flow,basis,period,amount\n"
                + "income,plan,Q1,1000000\nexpenditure,plan,Q1,1250000\nincome,plan,Q2,1000000\nincome,plan,Q3,1000000\n"
                + "income,plan,Q4,1000000\nexpenditure,plan,Q2,1250000\nexpenditure,plan,Q3,1250000\n"
                + "expenditure,plan,Q4,1250000\n");
        Files.writeString(dir.resolve("spending-by-category.csv"), "category,amount\nAcute,1000000\nMental Health,1000000\n"
                + "Community Health,1000000\nContinuing Care,1000000\nPrimary Care,1000000\nSocial Care,1000000\nOther,1000000\n");
        return dir;
    }

    @Test
    void anAggregateNamesTheRowsItAddsUpAndAPoolTheFieldItComesFrom() throws IOException {
        Path dir = quarterly("norfolk");
        Cli.Result review = Cli.run("review", dir.toString());
        String ie = dir + "/income-and-expenditure.csv";
        assertThat(review.err())
                .contains("WARNING R-IE-4 " + ie + ", column amount, rows 2, 4–6: plan income annual total differs")
                .contains("ERROR R-IE-5 " + ie + ", column comment, rows 2, 4–6: a comment is required when the income")
                .contains("WARNING R-POOL-2 " + dir + "/spending-by-category.csv, column amount, rows 2–8: ")
                .doesNotContain("income.plan.annualTotal").doesNotContain("spendingPlan.total").doesNotContain("income.comment");
        Path xlsx = Datasets.toWorkbook(quarterly("book"), tmp.resolve("norfolk.xlsx"));
        Cli.Result book = Cli.run("review", xlsx.toString());
        assertThat(book.err())
                .contains("WARNING R-IE-4 " + xlsx + " sheet income-and-expenditure, column amount, rows 2, 4–6 "
                        + "(cells D2, D4:D6): ")
                .contains("WARNING R-POOL-2 " + xlsx + " sheet spending-by-category, column amount, rows 2–8 (cells B2:B8): ");
    }

    @Test
    void aSheetsPooledFundNamesTheBoardField() throws IOException {
        Path dir = quarterly("norfolk");
        Datasets.append(dir, "board.csv", "expenditure_pooled_fund,4000000");
        Cli.Result review = Cli.run("review", dir.toString());
        assertThat(review.err()).contains("WARNING R-IE-8 " + dir + "/board.csv row 6, column value: ");
    }
}
