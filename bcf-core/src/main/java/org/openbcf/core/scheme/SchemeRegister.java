package org.openbcf.core.scheme;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.money.MonetaryAmount;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.fund.SpendingCategory;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;

/**
 * A Health and Wellbeing Board's schemes, with spend rolled up by area, funding source and spending
 * category, and the totals checked against stated ones. Norfolk 2016/17: 22 schemes; NCH1–NCH4 add
 * up to £12,478,000 and SN1–SN4 to £14,300,000.
 *
 * <p>Spend is each scheme's priced investment lines ({@link Scheme#investmentTotal()}); unpriced
 * lines are reported by {@link #check(Map)}, never guessed. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SchemeRegister {

    /** Rule: an area's schemes add up to the area total stated or expected for it. */
    public static final Rule RULE_AREA_TOTAL = Rule.R_SCH_3;

    private final List<Scheme> schemes;

    private SchemeRegister(List<Scheme> schemes) {
        this.schemes = schemes;
    }

    /**
     * A register of schemes in the order given.
     *
     * @param schemes the schemes, not null, no nulls, no two with the same reference
     * @return the register, never null
     * @throws IllegalArgumentException when a reference repeats
     */
    public static SchemeRegister of(List<Scheme> schemes) {
        Checks.notNull(schemes, "schemes");
        Set<SchemeRef> seen = new HashSet<>();
        for (int i = 0; i < schemes.size(); i++) {
            Scheme s = Checks.notNullElement(schemes.get(i), "schemes", i);
            if (!seen.add(s.ref())) {
                throw new IllegalArgumentException("scheme " + (i + 1) + " repeats ref " + s.ref()
                        + "; each scheme ref must appear once");
            }
        }
        return new SchemeRegister(List.copyOf(schemes));
    }

    /**
     * The schemes in order.
     *
     * @return an unmodifiable list, never null
     */
    public List<Scheme> schemes() {
        return schemes;
    }

    /**
     * The scheme with a reference.
     *
     * @param ref the reference, not null
     * @return the scheme, or empty when none has it
     */
    public Optional<Scheme> scheme(SchemeRef ref) {
        Checks.notNull(ref, "ref");
        return schemes.stream().filter(s -> s.ref().equals(ref)).findFirst();
    }

    /**
     * Every scheme's priced spend added up.
     *
     * @return the total, never null
     */
    public MonetaryAmount total() {
        return schemes.stream().map(Scheme::investmentTotal).collect(Gbp.summing());
    }

    /**
     * Spend by area (every scheme has one): NCH £12,478,000.00.
     *
     * @return the roll-up, never null
     */
    public RollUp<String> byArea() {
        return RollUp.of(schemes, s -> Optional.of(s.area()), Scheme::investmentTotal);
    }

    /**
     * Spend by funding-source category A to H; schemes without one are unassigned.
     *
     * @return the roll-up, never null
     */
    public RollUp<FundingSource> byFundingSource() {
        return RollUp.of(schemes, Scheme::fundingSource, Scheme::investmentTotal);
    }

    /**
     * Spend by spending category; schemes without one are unassigned.
     *
     * @return the roll-up, never null
     */
    public RollUp<SpendingCategory> bySpendingCategory() {
        return RollUp.of(schemes, Scheme::spendingCategory, Scheme::investmentTotal);
    }

    /**
     * Checks every scheme ({@link Scheme#check()}) and each area total given against its schemes'
     * spend ({@link #RULE_AREA_TOTAL}, WARNING with computed, stated and difference).
     *
     * @param statedAreaTotals the stated total per area code, e.g. {@code NCH=£12,478,000}; not null,
     *                         may be empty
     * @return the findings, scheme by scheme, then area by area; never null
     */
    public Findings check(Map<String, MonetaryAmount> statedAreaTotals) {
        Checks.notNull(statedAreaTotals, "statedAreaTotals");
        List<Finding> found = new ArrayList<>();
        schemes.forEach(s -> found.addAll(s.check().list()));
        RollUp<String> areas = byArea();
        statedAreaTotals.forEach((area, stated) -> {
            Gbp.require(stated, "stated total for area " + area);
            MonetaryAmount computed = areas.totalFor(area);
            if (!Gbp.same(computed, stated)) {
                found.add(Finding.of(RULE_AREA_TOTAL, Severity.WARNING, "area." + area + ".total",
                                "area " + area + " schemes add up to " + Gbp.format(computed) + ", not the stated "
                                        + Gbp.format(stated))
                        .withAmount("computed", computed).withAmount("stated", stated)
                        .withAmount("difference", Gbp.minus(computed, stated)));
            }
        });
        return Findings.of(found);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SchemeRegister that && schemes.equals(that.schemes);
    }

    @Override
    public int hashCode() {
        return schemes.hashCode();
    }

    /**
     * A one-line summary, e.g. {@code 22 schemes, £27,305,333.00 priced}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return schemes.size() + " schemes, " + Gbp.format(total()) + " priced";
    }
}
