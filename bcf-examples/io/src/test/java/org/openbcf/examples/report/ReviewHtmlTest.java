package org.openbcf.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.money.Gbp;
import org.openbcf.examples.dataset.DatasetReader;
import org.openbcf.examples.dataset.Datasets;
import org.openbcf.review.DatasetReview;

class ReviewHtmlTest {

    @TempDir
    Path dir;

    private static String html(List<DatasetReview> reviews) {
        StringWriter out = new StringWriter();
        ReviewHtml.write(reviews, out);
        return out.toString();
    }

    private DatasetReview lewisham(String name) {
        return DatasetReview.of(DatasetReader.read(Datasets.lewisham(dir.resolve(name))));
    }

    @Test
    void lewishamIsOneSelfContainedAccessiblePageWithEverySectionAndFinding() {
        DatasetReview review = lewisham("lewisham");
        Document page = HtmlChecks.parse(html(List.of(review)));
        HtmlChecks.selfContained(page);
        HtmlChecks.accessible(page);
        HtmlChecks.complete(page, page.body(), review);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Better Care Fund review: Lewisham 2025/26");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en-GB");
        assertThat(page.select("h2").eachText()).contains("Findings", "Figures the dataset supplies", "Rules cited");
        assertThat(page.selectFirst(".verdict").text()).startsWith(review.passes() ? "Passes." : "Does not pass.");
    }

    @Test
    void thePoolIsByPartnerAndByStreamInPoundsAndPence() {
        DatasetReview review = lewisham("lewisham");
        Document page = HtmlChecks.parse(html(List.of(review)));
        Element partners = captioned(page, "Pooled fund (plan) by partner");
        Element streams = captioned(page, "Pooled fund (plan) by funding stream");
        var fund = review.dataset().plannedFund().orElseThrow();
        assertThat(partners.select("tbody tr")).hasSize(fund.totalByPartner().size());
        fund.totalByPartner().forEach((partner, amount) ->
                assertThat(row(partners, partner.toString()).selectFirst("td").text()).isEqualTo(Gbp.format(amount)));
        fund.totalByStream().forEach((stream, amount) ->
                assertThat(row(streams, stream.label()).selectFirst("td").text()).isEqualTo(Gbp.format(amount)));
        assertThat(row(captioned(page, "Pooled fund (plan): totals"), "total").selectFirst("td").text())
                .isEqualTo("£45,650,000.00").matches("£\\d{1,3}(,\\d{3})*\\.\\d{2}");
        Element chart = page.selectFirst("section#pooled-fund-plan figure svg");
        assertThat(chart.selectFirst("desc").text()).contains(Gbp.format(fund.totalByStream().values().iterator().next()));
    }

    @Test
    void theExpenditurePlanByTypeIsTheExpenditureCsvRowsAddedUpByType() throws IOException {
        Path types = Datasets.lewisham(dir.resolve("types"));
        Document page = HtmlChecks.parse(html(List.of(DatasetReview.of(DatasetReader.read(types)))));
        HtmlChecks.accessible(page);
        HtmlChecks.schemeTypes(page, types.resolve("expenditure.csv"), 9);
        assertThat(page.getElementById("scheme-types").text()).isEqualTo("Expenditure plan by scheme type");
        Element chart = page.getElementById("scheme-types").parent().selectFirst("figure svg[aria-labelledby]");
        assertThat(chart.selectFirst("title").text()).isEqualTo("Expenditure plan by scheme type");
        // Carers Services £1,500,000 of £45,650,000 is 3.29%: 3.3%
        assertThat(chart.selectFirst("desc").text()).contains("Carers Services: £1,500,000.00 (3.3%)");

        // one type written in three cases is one row, named as most of its lines write it
        Datasets.edit(types, "expenditure.csv", "S2,Carers' support and breaks,Carers Services,",
                "S2,Carers' support and breaks,carers services,");
        Datasets.append(types, "expenditure.csv", "S10,Young carers,carers services,Social Care,LA,Additional LA contribution,250000.01,");
        Datasets.append(types, "expenditure.csv", "S11,Carers' breaks,CARERS SERVICES,Social Care,LA,Additional LA contribution,0.99,");
        Document edited = HtmlChecks.parse(html(List.of(DatasetReview.of(DatasetReader.read(types)))));
        Element table = HtmlChecks.schemeTypes(edited, types.resolve("expenditure.csv"), 9);
        assertThat(row(table, "carers services").selectFirst("td").text()).isEqualTo("£1,750,001.00");
    }

    @Test
    void theSocialCareFloorIsMetWithTheHeadroomAndNotMetWithTheShortfall() {
        // Lewisham 2025/26: adult social care from the NHS minimum is S1 + S2 + S3 (Social Care lines from the NHS
        // minimum; S6 is the LABCG) = 6,000,000 + 1,500,000 + 3,000,000 = 10,500,000; baseline 10,000,000 + 3.9%
        // = 10,390,000 (R-25-1), so met by 110,000
        Element met = minimum(lewisham("met"), "Adult social care from the NHS minimum");
        assertThat(met.selectFirst("a").text()).isEqualTo(Rule.R_25_1.id());
        assertThat(met.select("td").eachText()).containsExactly("R-25-1", "£10,500,000.00", "£10,390,000.00", "£110,000.00", "met");
        assertThat(met.select("td").last().hasClass("ok")).isTrue();

        Path raised = Datasets.lewisham(dir.resolve("raised"));
        Datasets.edit(raised, "board.csv", "asc_from_nhs_minimum_baseline,10000000", "asc_from_nhs_minimum_baseline,100000000");
        Element notMet = minimum(DatasetReview.of(DatasetReader.read(raised)), "Adult social care from the NHS minimum");
        // 100,000,000 + 3.9% = 103,900,000; 10,500,000 - 103,900,000 = -93,400,000
        assertThat(notMet.select("td").get(2).text()).isEqualTo("£103,900,000.00");
        assertThat(notMet.select("td").get(3).text()).isEqualTo("-£93,400,000.00");
        assertThat(notMet.select("td").last().text()).startsWith("not met: ").endsWith("by £93,400,000.00");
        assertThat(notMet.select("td").last().hasClass("bad")).isTrue();

        Element outOfHospital = minimum(lewisham("ooh"), "NHS-commissioned out-of-hospital spend");
        assertThat(outOfHospital.select("td").last().text()).startsWith("not checked").contains("nhs_out_of_hospital_minimum");
        assertThat(outOfHospital.select("td").get(2).text()).isEqualTo("not given");
    }

    @Test
    void theOutOfHospitalMinimumAndTheSpendTheNhsMinimumMustFundAreMetOrNotWithTheirAmounts() {
        // NHS-commissioned out-of-hospital: S4 (NHS) 15,000,000 + S5 (Joint, 50%) 2,250,000 = 17,250,000;
        // S1 to S3 are LA-commissioned, S6 to S9 not from the NHS minimum
        Path below = Datasets.lewisham(dir.resolve("below"));
        Datasets.append(below, "board.csv", "nhs_out_of_hospital_minimum,20000000");
        Element notMet = minimum(DatasetReview.of(DatasetReader.read(below)), "NHS-commissioned out-of-hospital spend");
        assertThat(notMet.select("td").eachText()).startsWith("R-PC-3", "£17,250,000.00", "£20,000,000.00", "-£2,750,000.00");
        assertThat(notMet.select("td").last().text()).startsWith("not met: ");

        Path above = Datasets.lewisham(dir.resolve("above"));
        Datasets.append(above, "board.csv", "nhs_out_of_hospital_minimum,17000000");
        Datasets.append(above, "board.csv", "nhs_minimum_must_fund,reablement; carers");
        DatasetReview review = DatasetReview.of(DatasetReader.read(above));
        assertThat(minimum(review, "NHS-commissioned out-of-hospital spend").select("td").eachText())
                .containsExactly("R-PC-3", "£17,250,000.00", "£17,000,000.00", "£250,000.00", "met");
        // reablement from the NHS minimum: S1 6,000,000; carers: S2 1,500,000; each must be more than £0
        assertThat(minimum(review, "Reablement from the NHS minimum").select("td").eachText())
                .containsExactly("R-EXP-3", "£6,000,000.00", "£0.00", "£6,000,000.00",
                        "met: must be more than £0.00");
        assertThat(minimum(review, "Support for unpaid carers from the NHS minimum").select("td").get(1).text())
                .isEqualTo("£1,500,000.00");

        // without the board's requirement, 2025/26's is not in openbcf's sources: one row, not checked
        Element mustFund = minimum(lewisham("must-fund"), "Spend the NHS minimum must fund");
        assertThat(mustFund.select("td").last().text()).startsWith("not checked: ").contains("nhs_minimum_must_fund");
        assertThat(mustFund.select("td").last().hasClass("note")).isTrue();
    }

    private Element minimum(DatasetReview review, String name) {
        Document page = HtmlChecks.parse(html(List.of(review)));
        return row(captioned(page, "Derived minimums against their floors"), name);
    }

    @Test
    void theRiskHeatMapIsColouredAndNamedByBandWithTheCountInEachCell() throws IOException {
        Path risky = Datasets.lewisham(dir.resolve("risky"));
        Datasets.append(risky, "board.csv", "risk_matrix,5x5");
        Files.writeString(risky.resolve("risks.csv"), "id,likelihood,impact\nR1,5,5\nR2,3,2\nR3,2,3\nR4,3,2\nR5,1,1\nR6,4,3\n");
        DatasetReview review = DatasetReview.of(DatasetReader.read(risky));
        Document page = HtmlChecks.parse(html(List.of(review)));
        HtmlChecks.accessible(page);
        Element map = page.selectFirst("table.heatmap");
        assertThat(map.selectFirst("caption").text()).contains("coloured and named by risk band");
        List<Element> rows = map.select("tbody tr");
        assertThat(rows).hasSize(5);
        int total = 0;
        for (int r = 0; r < 5; r++) {
            int likelihood = 5 - r;
            assertThat(rows.get(r).selectFirst("th").text()).startsWith(likelihood + " ");
            for (int impact = 1; impact <= 5; impact++) {
                Element cell = rows.get(r).select("td").get(impact - 1);
                int score = likelihood * impact;
                // the NHS 5x5 bands as the NPSA 2008 matrix states them: Low 1-3, Moderate 4-6, High 8-12, Extreme 15-25
                String band = score <= 3 ? "Low" : score <= 6 ? "Moderate" : score <= 12 ? "High" : "Extreme";
                assertThat(cell.hasClass("band-" + band.toLowerCase())).as("cell %d x %d", likelihood, impact).isTrue();
                assertThat(cell.text()).contains(band + " (score " + score + ")");
                total += Integer.parseInt(cell.selectFirst(".count").text());
            }
        }
        assertThat(total).isEqualTo(6);
        assertThat(rows.get(2).select("td").get(1).selectFirst(".count").text()).isEqualTo("2");
        assertThat(rows.get(0).select("td").get(4).selectFirst(".count").text()).isEqualTo("1");
        assertThat(rows.get(0).select("td").get(4).text()).contains("Extreme");
    }

    @Test
    void theBoardNameIsEscapedEverywhere() {
        Path hostile = Datasets.lewisham(dir.resolve("hostile"));
        String name = "<script>alert('x')</script> & <b>Lewisham</b> \"HWB\"";
        Datasets.edit(hostile, "board.csv", "board,Lewisham", "board,\"" + name.replace("\"", "\"\"") + "\"");
        DatasetReview review = DatasetReview.of(DatasetReader.read(hostile));
        String html = html(List.of(review));
        Document page = HtmlChecks.parse(html);
        HtmlChecks.selfContained(page);
        assertThat(page.select("script, b")).isEmpty();
        assertThat(page.title()).isEqualTo("Better Care Fund review: " + name + " 2025/26");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Better Care Fund review: " + name + " 2025/26");
        assertThat(row(captioned(page, "Board: figures"), "board").selectFirst("td").text()).isEqualTo(name);
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;");
        // the running header of the printed pages names the board inside a CSS string: escaped there too
        assertThat(page.select("style")).hasSize(2);
        assertThat(page.selectFirst("style[media=print]").data()).doesNotContain("<", ">")
                .contains("content: \"\\3c script\\3e alert('x')\\3c /script\\3e  & \\3c b\\3e Lewisham\\3c /b\\3e  \\22 HWB\\22  2025/26 \u00b7 BCF review\";");
    }

    @Test
    void printedPagesHaveARunningHeaderWithTheBoardAndYearOfTheirDataset() {
        String one = HtmlChecks.parse(html(List.of(lewisham("one")))).selectFirst("style[media=print]").data();
        assertThat(one).isEqualTo("@page { @top-left { content: \"Lewisham 2025/26 \u00b7 BCF review\"; } }\n");
        Path second = Datasets.lewisham(dir.resolve("second"));
        Datasets.edit(second, "board.csv", "board,Lewisham", "board,Greenwich");
        String two = HtmlChecks.parse(html(List.of(lewisham("first"), DatasetReview.of(DatasetReader.read(second)))))
                .selectFirst("style[media=print]").data();
        // the summary's pages name both; each dataset's section is a named page with its own header
        assertThat(two).contains("@page { @top-left { content: \"Lewisham 2025/26, Greenwich 2025/26 \u00b7 BCF review\"; } }",
                "#d1-review { page: d1-review; }", "@page d1-review { @top-left { content: \"Lewisham 2025/26 \u00b7 BCF review\"; } }",
                "#d2-review { page: d2-review; }", "@page d2-review { @top-left { content: \"Greenwich 2025/26 \u00b7 BCF review\"; } }");
        // many boards: the summary's pages say how many; one board, however long its name, is named
        List<DatasetReview> many = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            many.add(lewisham("many-" + i));
        }
        assertThat(HtmlChecks.parse(html(many)).selectFirst("style[media=print]").data())
                .startsWith("@page { @top-left { content: \"6 datasets \u00b7 BCF review\"; } }\n");
        Path longName = Datasets.lewisham(dir.resolve("long"));
        String name = "The Health and Wellbeing Board of a Very Long Name Indeed, Upon Thames and Elsewhere";
        Datasets.edit(longName, "board.csv", "board,Lewisham", "board,\"" + name + "\"");
        assertThat(HtmlChecks.parse(html(List.of(DatasetReview.of(DatasetReader.read(longName))))).selectFirst("style[media=print]")
                .data()).contains(name + " 2025/26 \u00b7 BCF review");
        assertThat(ReviewHtml.STYLE).contains("size: A4", "@top-left", "@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages)",
                "thead { display: table-header-group; }", "tr, th, td { break-inside: avoid; }", "break-after: avoid");
    }

    @Test
    void severalDatasetsGiveOnePageWithTheSummaryFirst() {
        Path second = Datasets.lewisham(dir.resolve("second"));
        Datasets.edit(second, "board.csv", "board,Lewisham", "board,Greenwich");
        List<DatasetReview> reviews = List.of(lewisham("first"), DatasetReview.of(DatasetReader.read(second)));
        Document page = HtmlChecks.parse(html(reviews));
        HtmlChecks.selfContained(page);
        HtmlChecks.accessible(page);
        assertThat(page.selectFirst("h2").text()).isEqualTo("Summary");
        Element summary = captioned(page, "One row per dataset: the pooled fund, the derived minimums and the findings");
        assertThat(summary.select("tbody tr")).hasSize(2);
        assertThat(summary.select("tbody th").eachText()).containsExactly("Lewisham 2025/26", "Greenwich 2025/26");
        for (int i = 0; i < reviews.size(); i++) {
            Element section = page.getElementById("d" + (i + 1) + "-review");
            assertThat(section.selectFirst("h2").text()).isEqualTo(reviews.get(i).dataset().board().toString());
            HtmlChecks.complete(page, section, reviews.get(i));
            DatasetReview.Summary s = reviews.get(i).summary();
            Element row = summary.select("tbody tr").get(i);
            assertThat(row.select("td").get(2).text()).isEqualTo(Gbp.format(s.pool().orElseThrow()));
            assertThat(row.select("td").get(5).text()).isEqualTo(Integer.toString(s.errors()));
        }
    }

    @Test
    void valuesAreMoneyInPoundsPercentagesToOneDecimalAndGroupedWholeNumbers() {
        assertThat(ReviewHtml.value("difference", Gbp.of(new BigDecimal("-200")))).isEqualTo("-£200.00");
        assertThat(ReviewHtml.value("total", Gbp.of(new BigDecimal("1234567")))).isEqualTo("£1,234,567.00");
        assertThat(ReviewHtml.value("underspend %", new BigDecimal("5.39"))).isEqualTo("5.4%");
        assertThat(ReviewHtml.value("underspend %", new BigDecimal("5.35"))).isEqualTo("5.4%");
        assertThat(ReviewHtml.value("underspend %", new BigDecimal("12"))).isEqualTo("12.0%");
        assertThat(ReviewHtml.value("target reduction", 3266L)).isEqualTo("3,266");
        assertThat(ReviewHtml.value("actual", new BigDecimal("92.70"))).isEqualTo("92.70");
        assertThat(ReviewHtml.value("status", "On track")).isEqualTo("On track");
    }

    @Test
    void escapingCoversMarkupQuotesAndControlCharacters() {
        assertThat(Html.escape("<a href=\"x\">'&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
        assertThat(Html.escape("a\u0000b\u0007c\td\ne\u0085f")).isEqualTo("a\uFFFDb\uFFFDc\td\ne\uFFFDf");
        assertThat(Html.cssString("a\"b\\c</style>\n\u0085\u00b7")).isEqualTo("\"a\\22 b\\5c c\\3c /style\\3e \\a \\85 \u00b7\"");
        assertThat(ReviewHtml.slug("Pooled fund (plan)")).isEqualTo("pooled-fund-plan");
        assertThatThrownBy(() -> ReviewHtml.write(List.of(), new StringWriter())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachFigureOfAFindingIsKeptWholeOnOneLineAndTheCellBreaksOnlyBetweenFigures() {
        Path dir2 = Datasets.lewisham(dir.resolve("short"));
        Datasets.edit(dir2, "board.csv", "pooled_fund,45650000", "pooled_fund,45648000");
        DatasetReview review = DatasetReview.of(DatasetReader.read(dir2));
        org.openbcf.core.finding.Finding pool = review.findings().stream()
                .filter(f -> f.rule() == Rule.R_POOL_4).findFirst().orElseThrow();
        Document page = HtmlChecks.parse(html(List.of(review)));
        Element cell = page.select("table.findings tbody tr").stream()
                .filter(tr -> tr.selectFirst("th").text().equals("R-POOL-4")).findFirst().orElseThrow()
                .selectFirst("td.figures");
        // one span per amount, its name and its value (a negative difference among them), in the finding's order
        List<String> expected = pool.amounts().entrySet().stream().map(e -> e.getKey() + " " + Gbp.format(e.getValue())).toList();
        assertThat(expected).anyMatch(t -> t.contains("-£"));
        assertThat(cell.select("span.figure").eachText()).isEqualTo(expected);
        assertThat(cell.text()).isEqualTo(String.join(", ", expected));
        assertThat(page.selectFirst("style").data()).contains("table.findings td.figures span.figure { white-space: nowrap; }");
    }

    private static Element captioned(Document page, String caption) {
        for (Element table : page.select("table")) {
            if (table.selectFirst("caption").text().equals(caption)) {
                return table;
            }
        }
        throw new AssertionError("no table captioned '" + caption + "' in " + page.select("caption").eachText());
    }

    private static Element row(Element table, String header) {
        for (Element row : table.select("tbody tr")) {
            if (row.selectFirst("th").text().equals(header)) {
                return row;
            }
        }
        throw new AssertionError("no row '" + header + "' in " + table.select("tbody th").eachText());
    }
}
