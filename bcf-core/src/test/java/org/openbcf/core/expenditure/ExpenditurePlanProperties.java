package org.openbcf.core.expenditure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import javax.money.MonetaryAmount;

import org.junit.jupiter.api.Test;
import org.openbcf.core.Generators;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.fund.Contribution;
import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.fund.Partner;
import org.openbcf.core.fund.PartnerType;
import org.openbcf.core.fund.PooledFund;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialYear;
import org.quicktheories.core.Gen;

class ExpenditurePlanProperties {

    private static final FinancialYear YEAR = FinancialYear.parse("2022/23");
    private static final String[] TYPES = {"Reablement in a Person's Own Home", "Carers Services", "Community Based Schemes",
        "Home Care or Domiciliary Care", "Bed based intermediate Care Services (Reablement, rehabilitation)", "Other"};
    private static final List<FundingStream> STREAMS = List.of(FundingStream.NHS_MINIMUM, FundingStream.DFG,
            FundingStream.IBCF, FundingStream.ADDITIONAL_LA, FundingStream.ASC_DISCHARGE_FUND_ICB);

    /** A line decoded from one random long, so that a failing case replays from the fixed seed. */
    private static ExpenditureLine line(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Commissioner commissioner = Commissioner.values()[r.nextInt(3)];
        BigDecimal share = commissioner == Commissioner.JOINT ? BigDecimal.valueOf(r.nextLong(0, 100_001), 3) : null;
        return ExpenditureLine.of("S" + r.nextInt(50), "", TYPES[r.nextInt(TYPES.length)],
                AreaOfSpend.values()[r.nextInt(AreaOfSpend.values().length)], commissioner, share,
                STREAMS.get(r.nextInt(STREAMS.size())), Gbp.ofPence(r.nextLong(0, 10_000_000_000L)));
    }

    private static Gen<ExpenditurePlan> plans() {
        return lists().of(longs().all()).ofSizeBetween(0, 30)
                .map(seeds -> ExpenditurePlan.of(YEAR, seeds.stream().map(ExpenditurePlanProperties::line).collect(Collectors.toList())));
    }

    private static BigDecimal pounds(MonetaryAmount amount) {
        return Gbp.pounds(amount);
    }

    @Test
    void derivedFiguresAreNeverNegativeAndNeverExceedTheTotal() {
        qt().withFixedSeed(Generators.SEED).forAll(plans()).checkAssert(plan -> {
            BigDecimal total = pounds(plan.total());
            BigDecimal fromMinimum = pounds(plan.totalBySource().getOrDefault(FundingStream.NHS_MINIMUM, Gbp.zero()));
            for (MonetaryAmount derived : List.of(plan.adultSocialCareFromNhsMinimum(), plan.nhsCommissionedOutOfHospital(),
                    plan.outOfHospitalFromNhsMinimum(), plan.reablementFromNhsMinimum(), plan.carersFromNhsMinimum())) {
                assertThat(pounds(derived)).isBetween(BigDecimal.ZERO, fromMinimum);
            }
            assertThat(fromMinimum).isLessThanOrEqualTo(total);
            assertThat(pounds(plan.nhsCommissionedOutOfHospital())).isLessThanOrEqualTo(pounds(plan.outOfHospitalFromNhsMinimum()));
        });
    }

    @Test
    void totalsBySourceAndByAreaAddUpToTheTotalAndMatchAnOracle() {
        qt().withFixedSeed(Generators.SEED).forAll(plans()).checkAssert(plan -> {
            BigDecimal oracle = plan.lines().stream().map(l -> pounds(l.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(pounds(plan.total())).isEqualByComparingTo(oracle);
            assertThat(pounds(Gbp.sum(plan.totalBySource().values()))).isEqualByComparingTo(oracle);
            assertThat(pounds(Gbp.sum(plan.totalByArea().values()))).isEqualByComparingTo(oracle);
            plan.totalBySource().forEach((stream, amount) -> assertThat(pounds(amount)).isEqualByComparingTo(
                    plan.lines().stream().filter(l -> l.source() == stream).map(l -> pounds(l.amount()))
                            .reduce(BigDecimal.ZERO, BigDecimal::add)));
            assertThat(List.copyOf(plan.totalBySource().keySet())).isSorted();
            assertThat(List.copyOf(plan.totalByArea().keySet())).isSorted();
            // the NHS-commissioned out-of-hospital oracle: the share law applied line by line
            BigDecimal ooh = plan.lines().stream()
                    .filter(l -> l.source() == FundingStream.NHS_MINIMUM && l.area() != AreaOfSpend.ACUTE)
                    .map(l -> switch (l.commissioner()) {
                        case NHS -> pounds(l.amount());
                        case LA -> BigDecimal.ZERO;
                        case JOINT -> pounds(l.amount()).multiply(l.nhsSharePercent().orElseThrow()).divide(BigDecimal.valueOf(100));
                    }).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(pounds(plan.nhsCommissionedOutOfHospital())).isEqualByComparingTo(ooh);
        });
    }

    /** A plan whose scheme types are written in varying case ("carers services", "CARERS SERVICES"). */
    private static Gen<ExpenditurePlan> plansWithCaseVariants() {
        return lists().of(longs().all()).ofSizeBetween(0, 30).map(seeds -> ExpenditurePlan.of(YEAR, seeds.stream().map(seed -> {
            ExpenditureLine l = line(seed);
            SplittableRandom r = new SplittableRandom(~seed);
            String type = switch (r.nextInt(3)) {
                case 0 -> l.schemeType().toLowerCase(java.util.Locale.ROOT);
                case 1 -> l.schemeType().toUpperCase(java.util.Locale.ROOT);
                default -> l.schemeType();
            };
            return new ExpenditureLine(l.schemeId(), l.schemeName(), type, l.area(), l.commissioner(), l.nhsSharePercent(),
                    l.source(), l.amount());
        }).collect(Collectors.toList())));
    }

    @Test
    void theSchemeTypesTotalsAddUpToTheTotalAndEachIsItsLinesWrittenInAnyCase() {
        qt().withFixedSeed(Generators.SEED).forAll(plansWithCaseVariants()).checkAssert(plan -> {
            java.util.Map<String, MonetaryAmount> byType = plan.totalBySchemeType();
            assertThat(pounds(Gbp.sum(byType.values()))).isEqualByComparingTo(pounds(plan.total()));
            java.util.Set<String> distinct = plan.lines().stream().map(l -> l.schemeType().toLowerCase(java.util.Locale.ROOT))
                    .collect(Collectors.toSet());
            assertThat(byType).hasSize(distinct.size());
            byType.forEach((type, amount) -> {
                List<ExpenditureLine> ofType = plan.lines().stream().filter(l -> l.schemeType().equalsIgnoreCase(type))
                        .collect(Collectors.toList());
                assertThat(ofType).as("lines of %s", type).isNotEmpty();
                assertThat(ofType).extracting(ExpenditureLine::schemeType).as("the key is a spelling a line uses").contains(type);
                assertThat(pounds(amount)).isEqualByComparingTo(
                        ofType.stream().map(l -> pounds(l.amount())).reduce(BigDecimal.ZERO, BigDecimal::add));
                long uses = ofType.stream().filter(l -> l.schemeType().equals(type)).count();
                assertThat(ofType).as("no spelling of %s has more lines than its key", type)
                        .allSatisfy(l -> assertThat(ofType.stream().filter(o -> o.schemeType().equals(l.schemeType())).count())
                                .isLessThanOrEqualTo(uses));
            });
            assertThat(List.copyOf(byType.keySet())).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        });
    }

    @Test
    void theSchemeTypesTotalsDoNotDependOnTheOrderOfTheLines() {
        qt().withFixedSeed(Generators.SEED).forAll(plansWithCaseVariants(), longs().all()).checkAssert((plan, seed) -> {
            List<ExpenditureLine> shuffled = new java.util.ArrayList<>(plan.lines());
            java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
            java.util.Map<String, MonetaryAmount> byType = ExpenditurePlan.of(YEAR, shuffled).totalBySchemeType();
            assertThat(List.copyOf(byType.entrySet())).isEqualTo(List.copyOf(plan.totalBySchemeType().entrySet()));
        });
    }

    @Test
    void theJointShareIsExactlyAmountTimesShareOverAHundredAndBetweenNoneAndAll() {
        qt().withFixedSeed(Generators.SEED)
                .forAll(longs().between(0, 100_000_000_000L), integers().between(0, 100_000), integers().between(0, 6))
                .checkAssert((pence, shareUnits, scale) -> {
                    BigDecimal share = BigDecimal.valueOf(shareUnits, 3).setScale(Math.max(3, scale));
                    ExpenditureLine l = ExpenditureLine.of("1", "", "t", AreaOfSpend.OTHER, Commissioner.JOINT, share,
                            FundingStream.NHS_MINIMUM, Gbp.ofPence(pence));
                    BigDecimal part = pounds(l.nhsCommissioned());
                    BigDecimal amount = BigDecimal.valueOf(pence, 2);
                    assertThat(part.multiply(BigDecimal.valueOf(100))).isEqualByComparingTo(amount.multiply(share));
                    assertThat(part).isBetween(BigDecimal.ZERO, amount);
                });
    }

    @Test
    void aSourceIsOverspentExactlyWhenItsSpendExceedsItsContributions() {
        Partner partner = Partner.of("Council", PartnerType.COUNTY_COUNCIL);
        qt().withFixedSeed(Generators.SEED).forAll(plans(), lists().of(Generators.pennies(0, 50_000_000)).ofSize(STREAMS.size()))
                .checkAssert((plan, amounts) -> {
                    PooledFund fund = PooledFund.of("Board", YEAR, true, java.util.stream.IntStream.range(0, STREAMS.size())
                            .mapToObj(i -> Contribution.of(partner, STREAMS.get(i), amounts.get(i))).collect(Collectors.toList()));
                    List<String> overspent = plan.check(fund).stream().map(Finding::where).collect(Collectors.toList());
                    List<String> oracle = STREAMS.stream().sorted()
                            .filter(s -> plan.totalBySource().containsKey(s))
                            .filter(s -> pounds(plan.totalBySource().get(s)).compareTo(pounds(amounts.get(STREAMS.indexOf(s)))) > 0)
                            .map(s -> "expenditure.source[" + s.label() + "]").collect(Collectors.toList());
                    assertThat(overspent).isEqualTo(oracle);
                });
    }
}
