package org.openbcf.core.year;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.money.MonetaryAmount;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialYear;

/**
 * A council's improved Better Care Fund plan of 2017-19: the grant by year, and the schemes it funds,
 * each tagged with one or more of the three grant purposes ({@link IbcfPurpose}).
 *
 * <p>Norfolk's non-recurrent Spring Budget 2017 iBCF was £18.561m in 2017/18, £11.901m in 2018/19 and
 * £5.903m in 2019/20, £36.365m in all (norfolk-2017-2019-progress GC-06, F002:L142); a report that
 * calls it "£34m" (F002:L148) is a {@link Rule#R_IBCF_2} finding of −£2.365m. The carry-forward is the
 * grant less the in-year use: £18.561m − £7.590m = £10.971m (GC-07). This class is immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class IbcfPlan {

    /**
     * One scheme funded from the iBCF, e.g. "Trusted Assessment Facilitators", £400,000.00,
     * {@link IbcfPurpose#REDUCING_NHS_PRESSURE}.
     *
     * @param scheme   the scheme's name, not blank
     * @param amount   the iBCF on it, GBP, at least £0
     * @param purposes the grant purposes it serves, not null (empty is reported as R-IBCF-1)
     */
    public record Line(String scheme, MonetaryAmount amount, Set<IbcfPurpose> purposes) {

        /**
         * Checks and copies the components.
         *
         * @param scheme   the scheme's name
         * @param amount   the iBCF on it
         * @param purposes the grant purposes
         */
        public Line {
            Checks.notBlank(scheme, "iBCF scheme");
            Gbp.requireNonNegativePennies(amount, "iBCF on " + scheme);
            purposes = Set.copyOf(Checks.notNull(purposes, "purposes"));
        }
    }

    private final Map<FinancialYear, MonetaryAmount> grants;
    private final List<Line> lines;

    private IbcfPlan(Map<FinancialYear, MonetaryAmount> grants, List<Line> lines) {
        this.grants = grants;
        this.lines = lines;
    }

    /**
     * A plan: {@code of(Map.of(FinancialYear.parse("2017/18"), Gbp.of(18_561_000)), List.of())}.
     *
     * @param grants the grant by financial year, not null, no null keys or values, each year with iBCF
     * @param lines  the schemes it funds, not null, no nulls
     * @return the plan, never null
     * @throws IllegalArgumentException for a year without iBCF (before 2017/18, from 2025/26) or a
     *                                  negative or fractional-penny grant
     */
    public static IbcfPlan of(Map<FinancialYear, MonetaryAmount> grants, List<Line> lines) {
        Checks.notNull(grants, "grants");
        Checks.notNull(lines, "lines");
        Map<FinancialYear, MonetaryAmount> sorted = new LinkedHashMap<>();
        grants.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            FinancialYear year = Checks.notNull(e.getKey(), "grant year");
            if (!org.openbcf.core.fund.FundingStream.IBCF.isAvailableIn(year)) {
                throw new IllegalArgumentException("iBCF grant year " + year + " has no iBCF (iBCF exists "
                        + org.openbcf.core.fund.FundingStream.IBCF.era() + ")");
            }
            sorted.put(year, Gbp.requireNonNegativePennies(e.getValue(), "iBCF grant " + year));
        });
        for (int i = 0; i < lines.size(); i++) {
            Checks.notNull(lines.get(i), "lines[" + i + "]");
        }
        return new IbcfPlan(java.util.Collections.unmodifiableMap(sorted), List.copyOf(lines));
    }

    /**
     * The grant by year, in year order.
     *
     * @return an unmodifiable map, never null
     */
    public Map<FinancialYear, MonetaryAmount> grants() {
        return grants;
    }

    /**
     * The schemes in the order given.
     *
     * @return an unmodifiable list, never null
     */
    public List<Line> lines() {
        return lines;
    }

    /**
     * The grants added up: Norfolk £36,365,000.00 (GC-06).
     *
     * @return the total, never null
     */
    public MonetaryAmount total() {
        return grants.values().stream().collect(Gbp.summing());
    }

    /**
     * One year's grant.
     *
     * @param year the year, not null
     * @return the grant, or empty when the plan has none for the year
     */
    public Optional<MonetaryAmount> grant(FinancialYear year) {
        Checks.notNull(year, "year");
        return Optional.ofNullable(grants.get(year));
    }

    /**
     * The part of a year's grant carried forward into reserves, keeping its earmark (FR-07): grant −
     * in-year use; Norfolk 2017/18 £18,561,000 − £7,590,000 = £10,971,000 (GC-07).
     *
     * @param year  the year, not null, with a grant in the plan
     * @param spent the in-year use, GBP, at least £0, at most the grant
     * @return the carry-forward, never null
     * @throws IllegalArgumentException when the year has no grant or the use exceeds it
     */
    public MonetaryAmount carryForward(FinancialYear year, MonetaryAmount spent) {
        MonetaryAmount grant = grant(year).orElseThrow(() -> new IllegalArgumentException(
                "iBCF plan has no grant for " + year + " (years " + grants.keySet() + ")"));
        Gbp.requireNonNegativePennies(spent, "iBCF spent " + year);
        if (spent.isGreaterThan(grant)) {
            throw new IllegalArgumentException("iBCF spent " + year + " (" + Gbp.format(spent) + ") must be at most the grant "
                    + Gbp.format(grant) + " to leave a carry-forward");
        }
        return Gbp.minus(grant, spent);
    }

    /**
     * Checks the plan: {@link Rule#R_IBCF_1} (ERROR) for each scheme without a grant purpose, and, when
     * a total is stated, {@link Rule#R_IBCF_2} (WARNING) when it differs from {@link #total()}.
     *
     * @param statedTotal the total a report states, if any; not null
     * @return the findings, never null
     */
    public Findings check(Optional<MonetaryAmount> statedTotal) {
        Checks.notNull(statedTotal, "statedTotal");
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.purposes().isEmpty()) {
                findings.add(Finding.of(Rule.R_IBCF_1, "lines[" + (i + 1) + "].purposes", "iBCF scheme " + line.scheme()
                        + " has no grant purpose; each iBCF line serves one or more of the three").withAmount("amount", line.amount()));
            }
        }
        statedTotal.ifPresent(stated -> {
            Gbp.require(stated, "stated iBCF total");
            MonetaryAmount total = total();
            if (!Gbp.same(stated, total)) {
                findings.add(Finding.of(Rule.R_IBCF_2, "ibcf.total", "stated iBCF total " + Gbp.format(stated)
                                + " differs from the grants' sum " + Gbp.format(total))
                        .withAmount("stated", stated).withAmount("total", total).withAmount("difference", Gbp.minus(stated, total)));
            }
        });
        return Findings.of(findings);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IbcfPlan that && grants.equals(that.grants) && lines.equals(that.lines);
    }

    @Override
    public int hashCode() {
        return 31 * grants.hashCode() + lines.hashCode();
    }

    /**
     * A summary, e.g. {@code iBCF plan 2017/18 to 2019/20: £36,365,000.00, 0 schemes}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        String years = grants.isEmpty() ? "(no grants)" : grants.keySet().iterator().next() + " to "
                + grants.keySet().stream().reduce((a, b) -> b).orElseThrow();
        return "iBCF plan " + years + ": " + Gbp.format(total()) + ", " + lines.size() + " schemes";
    }
}
