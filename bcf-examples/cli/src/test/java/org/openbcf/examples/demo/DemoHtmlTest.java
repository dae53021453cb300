package org.openbcf.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openbcf.examples.cli.Cli;
import org.openbcf.examples.cli.ExitCode;
import org.openbcf.examples.report.HtmlChecks;
import org.openbcf.review.DatasetReview;

/** {@code bcf demo --format html}: Norfolk's three reviews as one self-contained page, parsed with jsoup. */
class DemoHtmlTest {

    private final Cli.Result demo = Cli.run("demo", "--format", "html");
    private final Document page = HtmlChecks.parse(demo.out());

    @Test
    void runsCleanlyIntoOneSelfContainedAccessiblePage() {
        assertThat(demo.exitCode()).as(demo.err()).isEqualTo(ExitCode.OK);
        assertThat(demo.err()).isEmpty();
        assertThat(demo.out()).startsWith("<!DOCTYPE html>\n");
        HtmlChecks.selfContained(page);
        HtmlChecks.accessible(page);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Better Care Fund review: Norfolk (openbcf demo)");
    }

    @Test
    void theSummaryComesFirstThenEveryDatasetWithEverySectionAndFinding() {
        List<DatasetReview> reviews = NorfolkDemo.reviews();
        assertThat(page.selectFirst("main h2").text()).isEqualTo("Summary");
        assertThat(page.select("#summary tbody th").eachText())
                .containsExactly("Norfolk 2015/16", "Norfolk 2016/17", "Norfolk 2022/23");
        int findings = 0;
        for (int i = 0; i < reviews.size(); i++) {
            Element section = page.getElementById("d" + (i + 1) + "-review");
            HtmlChecks.complete(page, section, reviews.get(i));
            assertThat(section.selectFirst(".verdict").text()).startsWith("Does not pass.");
            findings += reviews.get(i).findings().size();
        }
        // the text report's findings: 2015/16 7 warnings, 2 notes (no R-NC-3: the return comments on conditions
        // 3 and 5, seed 000 lines 1765-1771); 2016/17 4 errors; 2022/23 30 warnings, 1 note
        assertThat(findings).isEqualTo(44);
        assertThat(page.select("table.findings tbody tr")).hasSize(44);
    }

    @Test
    void everyPartTheBoardPaperNeedsIsThere() {
        Element y2015 = page.getElementById("d1-review");
        Element y2016 = page.getElementById("d2-review");
        Element y2022 = page.getElementById("d3-review");
        assertThat(y2015.select("caption").eachText()).contains("Pooled fund (plan) by partner",
                "Pooled fund (plan) by funding stream", "Income and expenditure (quarterly): figures",
                "National conditions: figures", "Payment for performance: figures");
        assertThat(y2016.selectFirst("table.heatmap caption").text()).contains("this matrix has no bands");
        // 23 risks, of which NN2-R3 to NN2-R6 have impact 5 on a 4x4 matrix (R-RISK-2)
        assertThat(y2016.text()).contains("The heat map shows 19 risks; 4 more are off the matrix");
        assertThat(y2022.select("caption").eachText()).contains("Derived minimums against their floors",
                "Income and expenditure (year end): plan and actual", "Metrics: plan, actual and whether on track",
                "Figures stated or supplied in board.csv (not derived by openbcf)");
        assertThat(y2022.select("table").stream().filter(t -> t.selectFirst("caption").text().startsWith("Metrics:"))
                .findFirst().orElseThrow().select("tbody tr")).hasSize(4)
                .allSatisfy(row -> assertThat(row.select("td").get(3).text()).isEqualTo("On track to meet target"));
        assertThat(y2022.text()).contains("underspend % 5.4%").contains("£131,480,045.00");
        assertThat(page.select("figure svg")).hasSizeGreaterThanOrEqualTo(5);
        // dates in one format, the findings' dd/MM/yyyy: condition 3's target date and R-NC-4's message alike
        assertThat(y2015.text()).contains("No - In Progress by 30/04/2017").contains("target date 30/04/2017")
                .doesNotContainPattern("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    }

    @Test
    void theExpenditurePlanByTypeIsWhereADatasetHasThePlanOrItsDerivedFigures() {
        // none of the demo's datasets has a scheme-level plan (expenditure.csv); 2022/23 states its adult social care
        // spend from the NHS minimum, £36,048,000 (norfolk-2023-25 G1, L1796), so it has the minimums and says why
        // there is no table by type
        for (int i = 0; i < NorfolkDemo.reviews().size(); i++) {
            assertThat(NorfolkDemo.reviews().get(i).dataset().expenditure()).isEmpty();
            assertThat(page.select("#d" + (i + 1) + "-review table caption").eachText())
                    .noneMatch(c -> c.startsWith("Expenditure plan by scheme type"));
        }
        assertThat(page.getElementById("d1-scheme-types")).isNull();
        assertThat(page.getElementById("d2-scheme-types")).isNull();
        Element y2022 = page.getElementById("d3-review");
        assertThat(page.getElementById("d3-scheme-types").parent().text())
                .contains("The dataset has no scheme-level expenditure plan (expenditure.csv)");
        Element minimums = y2022.select("table").stream()
                .filter(t -> t.selectFirst("caption").text().equals("Derived minimums against their floors")).findFirst().orElseThrow();
        assertThat(minimums.selectFirst("tbody tr").select("th, td").eachText()).startsWith(
                "Adult social care from the NHS minimum", "R-PC-2", "£36,048,000.00", "not given", "not given");
        assertThat(minimums.selectFirst("tbody tr td.note")).isNotNull();
    }

    @Test
    void otherFormatsThanTableAndHtmlAreRefused() {
        Cli.Result csv = Cli.run("demo", "--format", "csv");
        assertThat(csv.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(csv.out()).isEmpty();
        assertThat(csv.err().strip()).doesNotContain("\n").endsWith("--format csv: bcf demo writes table (the text report) or html");
    }
}
