package org.openbcf.examples.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.money.Gbp;
import org.openbcf.examples.demo.NorfolkData;
import org.openbcf.review.Board;
import org.openbcf.review.DatasetReview;

/**
 * Reviews of whole datasets: the illustrative Lewisham 2025/26 plan (clean, then one variant per rule
 * with the finding's amount) and Norfolk's three embedded returns with their published figures.
 */
class DatasetReviewTest {

    @TempDir
    Path tmp;

    private DatasetReview review(Path dir) {
        return DatasetReview.of(DatasetReader.read(dir));
    }

    private static Finding only(DatasetReview review, Rule rule) {
        List<Finding> found = review.findings().ofRule(rule).list();
        assertThat(found).as("findings of %s in %s", rule, review.findings()).hasSize(1);
        return found.get(0);
    }

    @Test
    void anotherBoardFor2025To26ReviewsWithNoWarningOrError() {
        DatasetReview review = review(Datasets.lewisham(tmp.resolve("lewisham")));
        assertThat(review.passes()).as(review.findings().toString()).isTrue();
        DatasetReview.Summary summary = review.summary();
        assertThat(summary.board()).isEqualTo("Lewisham");
        assertThat(summary.pool()).contains(Gbp.of(45_650_000));
        assertThat(summary.socialCare()).contains(Gbp.of(10_500_000));
        assertThat(summary.outOfHospital()).contains(Gbp.of(17_250_000));
        assertThat(summary.errors()).isZero();
        assertThat(summary.warnings()).isZero();
        assertThat(review.findings().ofSeverity(Severity.INFO).stream().map(Finding::rule))
                .as("the out-of-hospital minimum is not in openbcf's sources: a note").contains(Rule.R_PC_3);
    }

    @Test
    void theSpendByTypeAndTheMinimumsAreTheLibrarysFiguresAndTheReviewsOwnChecks() {
        DatasetReview review = review(Datasets.lewisham(tmp.resolve("lewisham")));
        var plan = review.dataset().expenditure().orElseThrow();
        assertThat(review.spendBySchemeType()).extracting(DatasetReview.SchemeTypeSpend::schemeType)
                .containsExactlyElementsOf(plan.totalBySchemeType().keySet());
        assertThat(review.spendBySchemeType()).extracting(DatasetReview.SchemeTypeSpend::amount)
                .containsExactlyElementsOf(plan.totalBySchemeType().values());
        // Community Based Schemes £15,000,000 of £45,650,000: 32.859% -> 32.9%; Residential Placements £12,000,000: 26.287% -> 26.3%
        assertThat(review.spendBySchemeType().get(2).percentOfPlan()).contains(new java.math.BigDecimal("32.9"));
        assertThat(review.spendBySchemeType().get(7).percentOfPlan()).contains(new java.math.BigDecimal("26.3"));

        assertThat(review.minimums()).extracting(DatasetReview.Minimum::name, DatasetReview.Minimum::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Adult social care from the NHS minimum", DatasetReview.Status.MET),
                org.assertj.core.groups.Tuple.tuple("NHS-commissioned out-of-hospital spend", DatasetReview.Status.NOT_CHECKED),
                org.assertj.core.groups.Tuple.tuple("Spend the NHS minimum must fund", DatasetReview.Status.NOT_CHECKED));
        DatasetReview.Minimum asc = review.minimums().get(0);
        assertThat(asc.rule()).contains(Rule.R_25_1);
        assertThat(asc.amount()).contains(Gbp.of(10_500_000));
        assertThat(asc.floor()).contains(Gbp.of(10_390_000));
        assertThat(asc.difference()).contains(Gbp.of(110_000));
        // each note is the message of the review's own finding
        assertThat(review.minimums().get(1).note()).isEqualTo(only(review, Rule.R_PC_3).message());
        assertThat(review.minimums().get(2).note()).isEqualTo(only(review, Rule.R_EXP_3).message());

        // not met: the difference is minus the finding's shortfall
        Path raised = Datasets.lewisham(tmp.resolve("raised"));
        Datasets.edit(raised, "board.csv", "asc_from_nhs_minimum_baseline,10000000", "asc_from_nhs_minimum_baseline,10200000");
        DatasetReview below = review(raised);
        assertThat(below.minimums().get(0).status()).isEqualTo(DatasetReview.Status.NOT_MET);
        assertThat(below.minimums().get(0).difference()).contains(Gbp.negate(only(below, Rule.R_25_1).amounts().get("shortfall")));
        // 10,200,000 x 1.039 = 10,597,800; 10,500,000 - 10,597,800 = -97,800
        assertThat(below.minimums().get(0).difference()).contains(Gbp.of(-97_800));

        // 2026/27 has no floor on adult social care from the NHS minimum (R-25-1 is 2025/26's, R-PC-2 ends in 2024/25)
        Path later = Datasets.lewisham(tmp.resolve("later"));
        Datasets.edit(later, "board.csv", "year,2025/26", "year,2026/27");
        DatasetReview y2026 = review(later);
        assertThat(y2026.minimums().get(0).status()).isEqualTo(DatasetReview.Status.NOT_A_CONDITION);
        assertThat(y2026.minimums().get(0).rule()).isEmpty();
        assertThat(y2026.minimums().get(0).difference()).isEmpty();

        // no plan and no stated figure: neither
        DatasetReview norfolk2016 = DatasetReview.of(NorfolkData.datasets().get(1));
        assertThat(norfolk2016.spendBySchemeType()).isEmpty();
        assertThat(norfolk2016.minimums()).isEmpty();
    }

    @Test
    void aStatedPoolThatDiffersFromTheContributionsIsRPool4WithTheDifference() {
        Path dir = Datasets.lewisham(tmp.resolve("lewisham"));
        Datasets.edit(dir, "board.csv", "pooled_fund,45650000", "pooled_fund,45600000");
        Finding f = only(review(dir), Rule.R_POOL_4);
        assertThat(f.toString()).contains("£45,600,000.00").contains("£45,650,000.00").contains("£50,000.00");
    }

    @Test
    void socialCareBelowThe39PercentFloorIsR251WithTheShortfall() {
        Path dir = Datasets.lewisham(tmp.resolve("lewisham"));
        Datasets.edit(dir, "board.csv", "asc_from_nhs_minimum_baseline,10000000", "asc_from_nhs_minimum_baseline,10200000");
        Finding f = only(review(dir), Rule.R_25_1);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.toString()).contains("£10,597,800.00").contains("£10,500,000.00").contains("£97,800.00");
    }

    @Test
    void spendFromASourceAboveItsContributionsIsRExp1WithTheExcess() {
        Path dir = Datasets.lewisham(tmp.resolve("lewisham"));
        Datasets.edit(dir, "expenditure.csv", "Local Authority Better Care Grant,12000000", "Local Authority Better Care Grant,12100000");
        Finding f = only(review(dir), Rule.R_EXP_1);
        assertThat(f.toString()).contains("Local Authority Better Care Grant").contains("£12,100,000.00")
                .contains("£12,000,000.00").contains("£100,000.00");
    }

    @Test
    void aStreamThatDoesNotExistThatYearIsRPool3() {
        Path dir = Datasets.lewisham(tmp.resolve("lewisham"));
        Datasets.append(dir, "contributions.csv", "London Borough of Lewisham,London borough,iBCF,1000,");
        Datasets.edit(dir, "board.csv", "pooled_fund,45650000", "pooled_fund,45651000");
        Finding f = only(review(dir), Rule.R_POOL_3);
        assertThat(f.toString()).contains("iBCF does not exist in 2025/26").contains("£1,000.00");
    }

    @Test
    void aNoWithoutACommentIsRNc3() {
        Path dir = Datasets.lewisham(tmp.resolve("lewisham"));
        Datasets.edit(dir, "conditions.csv", "2,Yes,,", "2,No,,");
        Finding f = only(review(dir), Rule.R_NC_3);
        assertThat(f.where()).isEqualTo(dir.resolve("conditions.csv") + " row 3, column comment");
    }

    @Test
    void theWorkbookFormOfADatasetGivesTheSameReview() {
        Path dir = Datasets.lewisham(tmp.resolve("lewisham"));
        Path xlsx = Datasets.toWorkbook(dir, tmp.resolve("lewisham.xlsx"));
        DatasetReview fromFolder = review(dir);
        DatasetReview fromWorkbook = review(xlsx);
        assertThat(fromWorkbook.sections().stream().skip(1).map(DatasetReview.Section::lines).toList())
                .isEqualTo(fromFolder.sections().stream().skip(1).map(DatasetReview.Section::lines).toList());
        // the same findings, each at its place in its own form: a sheet of the workbook, a file of the folder
        assertThat(withoutPlaces(fromWorkbook)).isEqualTo(withoutPlaces(fromFolder)).isNotEmpty();
        assertThat(fromWorkbook.findings().list()).allSatisfy(f -> assertThat(f.where()).startsWith(xlsx + " sheet "));
        assertThat(fromFolder.findings().list()).allSatisfy(f -> assertThat(f.where()).startsWith(dir + "/"));
    }

    private static List<String> withoutPlaces(DatasetReview review) {
        return review.findings().stream().map(f -> f.severity() + " " + f.ruleId() + " " + f.message() + " " + f.amounts())
                .toList();
    }

    @Test
    void aWorkbookNumberWithFloatNoiseIsReadTo15DigitsAndTheReviewSaysWhere() throws java.io.IOException {
        Path dir = Datasets.lewisham(tmp.resolve("lewisham"));
        Path xlsx = Datasets.toWorkbook(dir, tmp.resolve("lewisham.xlsx"));
        try (var in = java.nio.file.Files.newInputStream(xlsx);
             var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var sheet = workbook.getSheet("contributions");
            sheet.getRow(6).getCell(3).setCellValue(Math.nextUp(500_000.0));
            try (var out = java.nio.file.Files.newOutputStream(xlsx)) {
                workbook.write(out);
            }
        }
        DatasetReview review = review(xlsx);
        assertThat(review.passes()).as(review.findings().toString()).isTrue();
        List<String> notes = review.dataset().notes();
        assertThat(notes).singleElement().satisfies(n -> assertThat(n).contains("sheet contributions cell D7")
                .contains("the saved number 500000.00000000006 was read as 500000").contains("15 significant digits"));
        assertThat(review.sections().get(0).lines()).anySatisfy(l -> assertThat(l.value().toString()).contains("cell D7"));
    }

    @Test
    void oneHundredAndFiftyBoardsReviewInOneCallEachWithItsSummary() {
        List<DatasetReview> reviews = new java.util.ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            Path dir = Datasets.lewisham(tmp.resolve("board-" + i));
            Datasets.edit(dir, "board.csv", "board,Lewisham", "board,Board " + i);
            reviews.add(review(dir));
        }
        assertThat(reviews).allMatch(DatasetReview::passes);
        assertThat(reviews.stream().map(r -> r.summary().board()).distinct()).hasSize(150);
    }

    @Test
    void norfolk2015To16ReviewShowsThePoolAndTheLedgerDiscrepanciesD1ToD5() {
        DatasetReview review = DatasetReview.of(NorfolkData.datasets().get(0));
        assertThat(review.summary().pool()).contains(Gbp.of(62_461_000));
        String text = review.findings().toString();
        assertThat(text).contains("difference -£200.00").contains("difference -£980.00").contains("difference £780.00")
                .contains("difference £1,000.00").contains("difference -£2,301,200.00");
        // conditions 3 and 5 carry the return's commentary (seed 000 L1765-1771): no R-NC-3; condition 3's date
        // 30/04/2017 is after the year end (D-12)
        assertThat(review.findings().ofRule(Rule.R_NC_3).isEmpty()).isTrue();
        assertThat(review.findings().ofRule(Rule.R_NC_4).size()).isEqualTo(1);
        assertThat(review.findings().ofRule(Rule.R_P4P_14).isEmpty()).isTrue();
    }

    @Test
    void norfolk2022To23PoolsMatchTheTemplateAndTheHypotheticalFloorIsGone() {
        DatasetReview review = DatasetReview.of(NorfolkData.datasets().get(2));
        assertThat(review.dataset().plannedFund().orElseThrow().total()).isEqualTo(Gbp.of(131_480_045));
        assertThat(review.dataset().actualFund().orElseThrow().total()).isEqualTo(Gbp.of(134_268_983));
        assertThat(review.dataset().actualFund().orElseThrow().bcfTotal()).isEqualTo(Gbp.of(124_591_051));
        assertThat(review.findings().ofRule(Rule.R_POOL_4).isEmpty()).isTrue();
        assertThat(review.findings().ofRule(Rule.R_PC_2).stream().map(Finding::severity)).containsOnly(Severity.INFO);
        assertThat(review.findings().toString()).doesNotContain("134,262,655");
        Finding r5 = only(review, Rule.R_IE_10);
        assertThat(r5.toString()).contains("£9,671,604.00").contains("£73,032,095.00");
    }
}
