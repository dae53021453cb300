package org.openbcf.core.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.money.MonetaryAmount;

import org.junit.jupiter.api.Test;
import org.openbcf.core.Generators;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialYear;
import org.quicktheories.core.Gen;

class PooledFundProperties {

    private static final FinancialYear YEAR = FinancialYear.of(2023);
    private static final List<FundingStream> STREAMS = FundingStream.availableIn(YEAR);
    private static final List<Partner> PARTNERS = List.of(
            Partner.of("Council", PartnerType.COUNTY_COUNCIL), Partner.of("ICB", PartnerType.ICB),
            Partner.of("District", PartnerType.DISTRICT_COUNCIL), Partner.of("Trust", PartnerType.NHS_TRUST));

    /** Random funds: up to 12 distinct partner-stream rows with random amounts. */
    private static Gen<PooledFund> funds() {
        Gen<int[]> row = integers().between(0, PARTNERS.size() - 1).zip(integers().between(0, STREAMS.size() - 1),
                (p, s) -> new int[] {p, s});
        return lists().of(row).ofSizeBetween(0, 12).zip(lists().of(Generators.templateAmounts()).ofSize(12), (rows, amounts) -> {
            Set<String> seen = new HashSet<>();
            List<Contribution> contributions = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                int[] r = rows.get(i);
                if (seen.add(r[0] + ":" + r[1])) {
                    contributions.add(Contribution.of(PARTNERS.get(r[0]), STREAMS.get(r[1]), amounts.get(i)));
                }
            }
            return PooledFund.of("Test", YEAR, true, contributions);
        });
    }

    @Test
    void totalsEqualTheSumOfTheirParts() {
        qt().withFixedSeed(Generators.SEED).forAll(funds()).checkAssert(fund -> {
            BigDecimal sum = fund.contributions().stream().map(c -> Gbp.pounds(c.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(Gbp.pounds(fund.total())).isEqualByComparingTo(sum);
            assertThat(Gbp.pounds(Gbp.sum(fund.totalByPartner().values()))).isEqualByComparingTo(sum);
            assertThat(Gbp.pounds(Gbp.sum(fund.totalByStream().values()))).isEqualByComparingTo(sum);
            List<MonetaryAmount> parts = List.of(fund.minimumSubTotal(), fund.additionalSubTotal(), fund.dischargeFundTotal());
            assertThat(Gbp.pounds(Gbp.sum(parts))).isEqualByComparingTo(sum);
            assertThat(Gbp.pounds(fund.bcfTotal()))
                    .isEqualByComparingTo(Gbp.pounds(fund.minimumSubTotal()).add(Gbp.pounds(fund.additionalSubTotal())));
        });
    }

    @Test
    void theChangeFromAnotherFundIsTheDifferenceOfTotalsAndOfPartnerLines() {
        qt().withFixedSeed(Generators.SEED).forAll(funds(), funds()).checkAssert((before, after) -> {
            FundChange change = after.changeFrom(before);
            BigDecimal lines = change.partners().stream().map(c -> Gbp.pounds(c.difference())).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(Gbp.pounds(change.total().difference()))
                    .isEqualByComparingTo(Gbp.pounds(after.total()).subtract(Gbp.pounds(before.total())))
                    .isEqualByComparingTo(lines);
        });
    }
}
