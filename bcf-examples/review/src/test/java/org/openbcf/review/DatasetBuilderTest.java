package org.openbcf.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import javax.money.MonetaryAmount;

import org.junit.jupiter.api.Test;
import org.openbcf.core.condition.ConditionAnswer;
import org.openbcf.core.condition.ConditionResponse;
import org.openbcf.core.condition.NationalCondition;
import org.openbcf.core.expenditure.AreaOfSpend;
import org.openbcf.core.expenditure.Commissioner;
import org.openbcf.core.expenditure.ExpenditureLine;
import org.openbcf.core.expenditure.ExpenditurePlan;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.fund.Contribution;
import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.fund.Partner;
import org.openbcf.core.fund.PartnerType;
import org.openbcf.core.fund.PooledFund;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.year.BcfYear;

/**
 * A board's 2025/26 year assembled in code, with no file, and reviewed: what a council system that holds
 * its plan in its own database does. The figures are the illustrative Lewisham plan of the dataset
 * fixture (bcf-io's tests read the same plan from CSV): contributions £30,000,000 + £12,000,000 +
 * £2,000,000 + £150,000 + £1,000,000 + £500,000 = £45,650,000; adult social care from the NHS minimum
 * £6,000,000 + £1,500,000 + £3,000,000 (+ nothing of S5's NHS-commissioned half, which is community
 * health) = £10,500,000 against last year's £10,000,000 uplifted; NHS-commissioned out-of-hospital spend
 * £15,000,000 + half of £4,500,000 = £17,250,000.
 */
class DatasetBuilderTest {

    private static final BcfYear YEAR = BcfYear.parse("2025/26");
    private static final Partner ICB = Partner.of("NHS South East London ICB", PartnerType.ofLabel("ICB"));
    private static final Partner COUNCIL = Partner.of("London Borough of Lewisham", PartnerType.ofLabel("London borough"));

    static Board board(Optional<MonetaryAmount> statedPool) {
        return new Board("Lewisham", YEAR, true, "1", statedPool, Optional.of(Gbp.of(10_000_000)), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    static PooledFund fund() {
        return PooledFund.of("Lewisham", YEAR.year(), true, List.of(
                Contribution.of(ICB, FundingStream.ofLabel("NHS minimum contribution"), Gbp.of(30_000_000), ""),
                Contribution.of(COUNCIL, FundingStream.ofLabel("Local Authority Better Care Grant"), Gbp.of(12_000_000), ""),
                Contribution.of(COUNCIL, FundingStream.ofLabel("Disabled Facilities Grant"), Gbp.of(2_000_000), "April allocation"),
                Contribution.of(COUNCIL, FundingStream.ofLabel("Disabled Facilities Grant"), Gbp.of(150_000), "In-year top-up"),
                Contribution.of(COUNCIL, FundingStream.ofLabel("Additional LA contribution"), Gbp.of(1_000_000), ""),
                Contribution.of(ICB, FundingStream.ofLabel("Additional NHS contribution"), Gbp.of(500_000), "")));
    }

    private static ExpenditureLine line(String id, String type, String area, String commissioner, String stream,
                                        long amount, String share) {
        return ExpenditureLine.of(id, "", type, AreaOfSpend.ofLabel(area), Commissioner.ofLabel(commissioner),
                share == null ? null : new BigDecimal(share), FundingStream.ofLabel(stream), Gbp.of(amount));
    }

    static ExpenditurePlan plan() {
        return ExpenditurePlan.of(YEAR.year(), List.of(
                line("S1", "Reablement in a Person's Own Home", "Social Care", "LA", "NHS minimum contribution", 6_000_000, null),
                line("S2", "Carers Services", "Social Care", "LA", "NHS minimum contribution", 1_500_000, null),
                line("S3", "Home Care or Domiciliary Care", "Social Care", "LA", "NHS minimum contribution", 3_000_000, null),
                line("S4", "Community Based Schemes", "Community Health", "NHS", "NHS minimum contribution", 15_000_000, null),
                line("S5", "Home-based intermediate care services", "Community Health", "Joint", "NHS minimum contribution",
                        4_500_000, "50"),
                line("S6", "Residential Placements", "Social Care", "LA", "Local Authority Better Care Grant", 12_000_000, null),
                line("S7", "DFG Related Schemes", "Other", "LA", "Disabled Facilities Grant", 2_150_000, null),
                line("S8", "Assistive Technologies and Equipment", "Community Health", "Joint", "Additional LA contribution",
                        1_000_000, "40"),
                line("S9", "Urgent Community Response", "Community Health", "NHS", "Additional NHS contribution", 500_000, null)));
    }

    static List<ConditionResponse> conditions() {
        return List.of(ConditionResponse.of("1", ConditionAnswer.parse("Yes"), null, null),
                ConditionResponse.of("2", ConditionAnswer.parse("Yes"), null, null),
                ConditionResponse.of("3", ConditionAnswer.parse("Yes"), null, null));
    }

    private static Dataset lewisham(Optional<MonetaryAmount> statedPool) {
        return Dataset.builder("lewisham-db", board(statedPool)).plannedFund(fund()).expenditure(plan())
                .conditions(conditions()).build();
    }

    @Test
    void aYearAssembledInCodeReviewsAsItsFiguresSay() {
        DatasetReview review = DatasetReview.of(lewisham(Optional.of(Gbp.of(45_650_000))));
        assertThat(review.passes()).as(review.findings().toString()).isTrue();
        DatasetReview.Summary summary = review.summary();
        assertThat(summary.board()).isEqualTo("Lewisham");
        assertThat(summary.year()).isEqualTo(YEAR);
        assertThat(summary.pool()).contains(Gbp.of(45_650_000));
        assertThat(summary.socialCare()).contains(Gbp.of(10_500_000));
        assertThat(summary.outOfHospital()).contains(Gbp.of(17_250_000));
        assertThat(summary.errors()).isZero();
        assertThat(summary.warnings()).isZero();
        assertThat(review.dataset().toString()).isEqualTo("Lewisham 2025/26 (lewisham-db)");
    }

    @Test
    void aStatedPoolThatDiffersIsAFindingWithBothAmountsAndTheDifference() {
        DatasetReview review = DatasetReview.of(lewisham(Optional.of(Gbp.of(45_600_000))));
        List<Finding> found = review.findings().ofRule(Rule.R_POOL_4).list();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).toString()).contains("£45,600,000.00").contains("£45,650,000.00").contains("£50,000.00");
        assertThat(found.get(0).severity()).isNotEqualTo(Severity.INFO);
    }

    @Test
    void partsNotGivenAreAbsentAndNotesAreKept() {
        Dataset dataset = Dataset.builder("host", board(Optional.empty())).note("figures from the ledger of 1 May").build();
        assertThat(dataset.plannedFund()).isEmpty();
        assertThat(dataset.expenditure()).isEmpty();
        assertThat(dataset.metrics()).isEmpty();
        assertThat(dataset.notes()).containsExactly("figures from the ledger of 1 May");
        assertThat(DatasetReview.of(dataset).sections()).isNotNull();
    }

    @Test
    void aValueTheYearsSourcesGiveCannotBeSuppliedInCode() {
        // 2025/26 sign-offs are sourced (bcf-2024-27 §1.3); the 2025/26 national minimum fund is only "£9 billion"
        assertThatIllegalArgumentException().isThrownBy(() -> Dataset.builder("host", board(Optional.empty()))
                        .supplied(SuppliedYearValues.none().withSignOffs(List.of("the board"))))
                .withMessageContaining("the sign-offs cannot be supplied").withMessageContaining("bcf-2024-27 §1.3");
        assertThatIllegalArgumentException().isThrownBy(() -> Dataset.builder("host", board(Optional.empty()))
                        .supplied(SuppliedYearValues.none().withNationalTotal(FundingStream.IBCF, Gbp.of(1))))
                .withMessageContaining("iBCF does not exist in 2025/26");
        Dataset dataset = Dataset.builder("host", board(Optional.empty()))
                .supplied(SuppliedYearValues.none().withNationalMinimumFund(Gbp.of(9_000_000_000L))).build();
        assertThat(dataset.board().supplied().nationalMinimumFund()).contains(Gbp.of(9_000_000_000L));
    }

    @Test
    void aBoardsOwnSuppliedFigureTheYearsSourcesGiveIsRefusedInCodeAsInBoardCsv() {
        // 2025/26: the adult social care floor is the sourced 3.9%, so an uplift of 5% cannot be supplied; 2026/27 has none
        assertThatIllegalArgumentException().isThrownBy(() -> withUplift(BcfYear.parse("2025/26")))
                .withMessageContaining("the adult social care uplift cannot be supplied: it is a national figure in this year");
        assertThat(withUplift(BcfYear.parse("2026/27")).socialCareFloorUplift()).contains(new BigDecimal("0.05"));
    }

    private static Board withUplift(BcfYear year) {
        return new Board("Bexley", year, true, "1", Optional.empty(), Optional.of(Gbp.of(10_000_000)), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new BigDecimal("0.05")), Optional.empty(), Optional.empty(), java.util.Map.of(), Optional.empty(),
                SuppliedYearValues.none());
    }

    @Test
    void aYearsConditionsSuppliedInCodeAreCheckedAndShownAsTheBoards() {
        BcfYear y2026 = BcfYear.parse("2026/27");
        Board board = new Board("Bexley", y2026, true, "1", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        SuppliedYearValues values = SuppliedYearValues.none()
                .withConditions(List.of(new NationalCondition("1", "Plans jointly agreed", "Plans jointly agreed"),
                        new NationalCondition("2", "Objectives", "Implementing the objectives")))
                .withWhatNoRequires(SuppliedYearValues.NO_NEEDS_COMMENT_AND_DATE)
                .withNationalTotal(FundingStream.NHS_MINIMUM, Gbp.of(5_900_000_000L));
        DatasetReview review = DatasetReview.of(Dataset.builder("host", board).supplied(values)
                .conditions(List.of(ConditionResponse.of("1", ConditionAnswer.parse("No"), null, "late"))).build());
        // condition 2 unanswered (R-NC-6); condition 1 a No with a comment but no target date (R-NC-3, the board's rule)
        assertThat(review.findings().list()).extracting(Finding::ruleId, Finding::where).contains(
                org.assertj.core.groups.Tuple.tuple("R-NC-6", "nationalConditions.2"),
                org.assertj.core.groups.Tuple.tuple("R-NC-3", "nationalConditions.1.date"));
        List<DatasetReview.Line> lines = review.sections().get(0).lines();
        assertThat(lines).extracting(DatasetReview.Line::item).contains(
                "national condition 2 (from the board: not in the national rules)",
                "a No to a national condition requires (from the board: not in the national rules)",
                "national total of NHS minimum contribution (from the board: not in the national rules)");
        assertThat(lines).extracting(DatasetReview.Line::value).contains(Gbp.of(5_900_000_000L));
    }

    @Test
    void theBuilderNamesAMissingArgument() {
        assertThatNullPointerException().isThrownBy(() -> Dataset.builder("host", null)).withMessageContaining("board");
        assertThatIllegalArgumentException().isThrownBy(() -> Dataset.builder(" ", board(Optional.empty())))
                .withMessageContaining("source");
        assertThatNullPointerException().isThrownBy(() -> Dataset.builder("host", board(Optional.empty())).plannedFund(null))
                .withMessageContaining("fund");
    }
}
