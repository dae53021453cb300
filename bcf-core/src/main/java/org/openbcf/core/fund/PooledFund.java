package org.openbcf.core.fund;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

import javax.money.MonetaryAmount;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.money.InputLimits;
import org.openbcf.core.time.FinancialYear;

/**
 * A Better Care Fund pooled fund for one Health and Wellbeing Board and one financial year: the
 * partners' contributions by funding stream, and whether it is pooled under a section 75 agreement.
 *
 * <p>Totals are computed from the contributions, never stored: {@link #total()} is every stream,
 * {@link #minimumSubTotal()} the mandatory streams, {@link #additionalSubTotal()} the voluntary
 * ones, {@link #bcfTotal()} their sum ("Total BCF Pooled Fund") and {@link #dischargeFundTotal()}
 * the ASC Discharge Fund (2022-23 template layout, rule F14). Norfolk 2015/16 totals £62,461,000
 * (G-13).
 *
 * <p>A fund rejects, with an {@link IllegalArgumentException}, two rows equal in partner, stream and
 * line label (a partner may have several labelled lines on one stream, e.g. DFG and its in-year
 * top-up, bcf-2024-27 R-25-4). A contribution on a stream that does not exist in the fund's year (an
 * iBCF or ASC Discharge Fund line in 2025/26) is accepted and reported by {@link #check()} as a
 * {@link Rule#R_POOL_3} finding. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PooledFund {

    private final String name;
    private final FinancialYear year;
    private final boolean section75;
    private final List<Contribution> contributions;

    private PooledFund(String name, FinancialYear year, boolean section75, List<Contribution> contributions) {
        this.name = name;
        this.year = year;
        this.section75 = section75;
        this.contributions = contributions;
    }

    /**
     * A pooled fund: {@code of("Norfolk", FinancialYear.parse("2015/16"), true, contributions)}.
     *
     * @param name          the Health and Wellbeing Board or fund name, not blank
     * @param year          the financial year, not null
     * @param section75     whether the fund is pooled under a section 75 agreement
     * @param contributions the contributions in display order, not null, no nulls, no two equal in
     *                      partner, stream and line label
     * @return the fund, never null
     */
    public static PooledFund of(String name, FinancialYear year, boolean section75, List<Contribution> contributions) {
        Checks.notBlank(name, "name");
        Checks.notNull(year, "year");
        Checks.notNull(contributions, "contributions");
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < contributions.size(); i++) {
            Contribution c = Checks.notNullElement(contributions.get(i), "contributions", i);
            Integer earlier = seen.put(c.partner() + "|" + c.stream() + "|" + c.line(), i + 1);
            if (earlier != null) {
                throw new IllegalArgumentException("contribution " + (i + 1) + " repeats partner " + c.partner().name()
                        + " and stream " + c.stream().label() + (c.line().isEmpty() ? "" : " line '" + c.line() + "'")
                        + " (first at contribution " + earlier
                        + "); each partner, stream and line label must appear once (label the lines to tell them apart)");
            }
        }
        return new PooledFund(name.strip(), year, section75, List.copyOf(contributions));
    }

    /**
     * Checks every contribution's stream against the fund's year: a stream that does not exist in the
     * year is a {@link Rule#R_POOL_3} ERROR at {@code contributions[n].stream} naming the stream, the
     * year and the years the stream exists, e.g. "iBCF does not exist in 2025/26 (iBCF exists 2017/18 to
     * 2024/25)". Norfolk's funds have none.
     *
     * @return the findings in contribution order, never null
     */
    public Findings check() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < contributions.size(); i++) {
            Contribution c = contributions.get(i);
            if (!c.stream().isAvailableIn(year)) {
                findings.add(Finding.of(Rule.R_POOL_3, "contributions[" + (i + 1) + "].stream",
                                "contribution " + (i + 1) + " (" + c.partner().name() + "): funding stream "
                                        + c.stream().label() + " does not exist in " + year + " (" + c.stream().label()
                                        + " exists " + c.stream().era() + ")")
                        .withAmount("amount", c.amount()));
            }
        }
        return Findings.of(findings);
    }

    /**
     * Checks a pooled fund the template (or a dataset's {@code board.csv}) states against the
     * contributions: {@link Rule#R_POOL_4} (ERROR) at {@code pooledFund.total}, "the stated pooled fund
     * differs from the sum of the contributions", with the amounts stated, contributions and difference
     * (stated − contributions), when the stated figure is not {@link #total()} (every stream, the
     * Discharge Fund included). Norfolk 2022-23 planned: stated £131,480,045 matches (G3).
     *
     * @param stated the stated pooled fund, GBP, whole pennies, £0 to £1,000,000,000, not null
     * @return the findings, never null
     */
    public Findings checkStatedTotal(MonetaryAmount stated) {
        InputLimits.requireInput(stated, "stated pooled fund");
        MonetaryAmount contributions = total();
        if (Gbp.same(stated, contributions)) {
            return Findings.none();
        }
        MonetaryAmount difference = Gbp.minus(stated, contributions);
        return Findings.of(Finding.of(Rule.R_POOL_4, "pooledFund.total", "the stated pooled fund " + Gbp.format(stated)
                        + " differs from the sum of the contributions " + Gbp.format(contributions) + " by "
                        + Gbp.format(difference))
                .withAmount("stated", stated).withAmount("contributions", contributions)
                .withAmount("difference", difference));
    }

    /**
     * The Health and Wellbeing Board or fund name, e.g. {@code Norfolk}.
     *
     * @return the name, never null
     */
    public String name() {
        return name;
    }

    /**
     * The financial year.
     *
     * @return the year, never null
     */
    public FinancialYear year() {
        return year;
    }

    /**
     * Whether the fund is pooled under a section 75 agreement (NHS Act 2006).
     *
     * @return true when pooled via s.75
     */
    public boolean section75() {
        return section75;
    }

    /**
     * The contributions in the order given.
     *
     * @return an unmodifiable list, never null
     */
    public List<Contribution> contributions() {
        return contributions;
    }

    /**
     * Every contribution added up, Discharge Fund included.
     *
     * @return the total, never null
     */
    public MonetaryAmount total() {
        return totalOf(c -> true);
    }

    /**
     * The mandatory streams ("Minimum Sub Total"): Norfolk 2022-23 DFG + iBCF + NHS minimum = £121,808,441.
     *
     * @return the total, never null
     */
    public MonetaryAmount minimumSubTotal() {
        return totalOf(c -> c.stream().category() == StreamCategory.MINIMUM);
    }

    /**
     * The voluntary additional contributions ("Additional Sub Total").
     *
     * @return the total, never null
     */
    public MonetaryAmount additionalSubTotal() {
        return totalOf(c -> c.stream().category() == StreamCategory.ADDITIONAL);
    }

    /**
     * Minimum plus additional ("Total BCF Pooled Fund"), without the Discharge Fund.
     *
     * @return the total, never null
     */
    public MonetaryAmount bcfTotal() {
        return totalOf(c -> c.stream().category() != StreamCategory.DISCHARGE_FUND);
    }

    /**
     * The ASC Discharge Fund, LA and ICB parts ("ASC Discharge Fund Total").
     *
     * @return the total, never null
     */
    public MonetaryAmount dischargeFundTotal() {
        return totalOf(c -> c.stream().category() == StreamCategory.DISCHARGE_FUND);
    }

    /**
     * The contributions that match a condition, added up; e.g. CCGs only:
     * {@code totalOf(c -> c.partner().type() == PartnerType.CCG)}.
     *
     * @param condition the condition, not null
     * @return the total, never null
     */
    public MonetaryAmount totalOf(Predicate<? super Contribution> condition) {
        Checks.notNull(condition, "condition");
        return contributions.stream().filter(condition).map(Contribution::amount).collect(Gbp.summing());
    }

    /**
     * Totals by partner, in the order partners first appear.
     *
     * @return an unmodifiable map, never null
     */
    public Map<Partner, MonetaryAmount> totalByPartner() {
        return totalsBy(Contribution::partner);
    }

    /**
     * Totals by funding stream, in the order streams first appear.
     *
     * @return an unmodifiable map, never null
     */
    public Map<FundingStream, MonetaryAmount> totalByStream() {
        return totalsBy(Contribution::stream);
    }

    /**
     * The change from a previous year's fund, partner by partner (Norfolk 2015/16 → 2016/17:
     * £62,461,000 → £63,573,469, +£1,112,469, +1.78%, G-13).
     *
     * @param previous the earlier fund, not null
     * @return the change, never null
     */
    public FundChange changeFrom(PooledFund previous) {
        Checks.notNull(previous, "previous");
        return FundChange.between(previous, this);
    }

    /**
     * A stream's share of the fund, as a fraction of {@link #total()} (exact to 34 digits).
     *
     * @param stream the stream, not null
     * @return the share in [0, 1], or zero when the fund is empty
     */
    public BigDecimal share(FundingStream stream) {
        Checks.notNull(stream, "stream");
        BigDecimal total = Gbp.pounds(total());
        if (total.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return Gbp.pounds(totalOf(c -> c.stream() == stream)).divide(total, java.math.MathContext.DECIMAL128);
    }

    private <K> Map<K, MonetaryAmount> totalsBy(Function<Contribution, K> key) {
        Map<K, BigDecimal> sums = new LinkedHashMap<>();
        for (Contribution c : contributions) {
            sums.merge(key.apply(c), Gbp.pounds(c.amount()), BigDecimal::add);
        }
        Map<K, MonetaryAmount> totals = new LinkedHashMap<>();
        sums.forEach((k, v) -> totals.put(k, Gbp.of(v)));
        return java.util.Collections.unmodifiableMap(totals);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PooledFund that && section75 == that.section75 && name.equals(that.name)
                && year.equals(that.year) && contributions.equals(that.contributions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, year, section75, contributions);
    }

    /**
     * A one-line summary, e.g. {@code Norfolk 2015/16 pooled fund (section 75): £62,461,000.00 from 6 contributions}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return name + " " + year + " pooled fund" + (section75 ? " (section 75)" : "") + ": "
                + Gbp.format(total()) + " from " + contributions.size() + " contributions";
    }
}
