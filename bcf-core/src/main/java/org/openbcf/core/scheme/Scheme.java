package org.openbcf.core.scheme;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.money.MonetaryAmount;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.fund.SpendingCategory;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;

/**
 * A BCF scheme: reference (normalised, with the printed form kept), name, objective, investment
 * lines, stated total, efficiencies, metrics targeted, milestones, risks, funding-source category
 * and spending category. Example: NCH4 (printed {@code NCH 4}) "Community Assets", six lines adding
 * up to the stated £3,562,100.
 *
 * <p>Source: Norfolk 2016/17 plan, section F (schemes spec 1.2, the union of the five templates);
 * funding-source categories from the 2022-23 pack (F12). Risks are kept as references such as
 * {@code NN2-R3} until a risk register is linked. Build one with {@link #builder(SchemeRef, String)}.
 *
 * <p>This class is immutable and thread-safe; schemes are equal when every field is.
 *
 * @since 0.1.0
 */
public final class Scheme {

    /** Rule: a scheme's priced investment lines add up to its stated total. */
    public static final Rule RULE_STATED_TOTAL = Rule.R_SCH_1;
    /** Rule: every investment line has a figure; an unpriced line ("?", TBC) is reported. */
    public static final Rule RULE_UNPRICED_LINE = Rule.R_SCH_2;

    private final SchemeRef ref;
    private final String printedRef;
    private final String name;
    private final String objective;
    private final List<InvestmentLine> investmentLines;
    private final MonetaryAmount statedTotal;
    private final List<Efficiency> efficiencies;
    private final List<TargetedMetric> metrics;
    private final List<Milestone> milestones;
    private final List<String> risks;
    private final FundingSource fundingSource;
    private final SpendingCategory spendingCategory;

    Scheme(SchemeBuilder b) {
        this.ref = b.ref;
        this.printedRef = b.printedRef;
        this.name = b.name;
        this.objective = b.objective;
        this.investmentLines = List.copyOf(b.investmentLines);
        this.statedTotal = b.statedTotal;
        this.efficiencies = List.copyOf(b.efficiencies);
        this.metrics = List.copyOf(b.metrics);
        this.milestones = List.copyOf(b.milestones);
        this.risks = List.copyOf(b.risks);
        this.fundingSource = b.fundingSource;
        this.spendingCategory = b.spendingCategory;
    }

    /**
     * Starts a scheme: {@code builder(SchemeRef.of("NCH", 4), "Community Assets")}.
     *
     * @param ref  the normalised reference, not null
     * @param name the scheme's name, not blank
     * @return a new builder, never null
     */
    public static SchemeBuilder builder(SchemeRef ref, String name) {
        return new SchemeBuilder(ref, name);
    }

    /**
     * The normalised reference, e.g. {@code NCH4}.
     *
     * @return the normalised reference, e.g. {@code NCH4}; never null
     */
    public SchemeRef ref() {
        return ref;
    }

    /**
     * The reference as printed, e.g. {@code NCH 4}.
     *
     * @return the reference as printed, e.g. {@code NCH 4}; empty when the field was blank (NN4)
     */
    public String printedRef() {
        return printedRef;
    }

    /**
     * The area code, e.g. {@code NCH}.
     *
     * @return the area code, e.g. {@code NCH}; never null
     */
    public String area() {
        return ref.area();
    }

    /**
     * The name, e.g. {@code Community Assets}.
     *
     * @return the name, e.g. {@code Community Assets}; never null
     */
    public String name() {
        return name;
    }

    /**
     * The strategic objective, empty when not given.
     *
     * @return the strategic objective, empty when not given; never null
     */
    public String objective() {
        return objective;
    }

    /**
     * The investment lines in printed order, unmodifiable, never null.
     *
     * @return the investment lines in printed order, unmodifiable, never null
     */
    public List<InvestmentLine> investmentLines() {
        return investmentLines;
    }

    /**
     * The total the template states, e.g. £3,562,100 for NCH4.
     *
     * @return the total the template states, e.g. £3,562,100 for NCH4; empty when none is stated
     */
    public Optional<MonetaryAmount> statedTotal() {
        return Optional.ofNullable(statedTotal);
    }

    /**
     * The efficiencies claimed, unmodifiable, never null.
     *
     * @return the efficiencies claimed, unmodifiable, never null
     */
    public List<Efficiency> efficiencies() {
        return efficiencies;
    }

    /**
     * The metrics targeted, unmodifiable, never null.
     *
     * @return the metrics targeted, unmodifiable, never null
     */
    public List<TargetedMetric> metrics() {
        return metrics;
    }

    /**
     * The milestones in printed order, unmodifiable, never null.
     *
     * @return the milestones in printed order, unmodifiable, never null
     */
    public List<Milestone> milestones() {
        return milestones;
    }

    /**
     * The risk references, e.g. {@code NN2-R3}, unmodifiable, never null.
     *
     * @return the risk references, e.g. {@code NN2-R3}, unmodifiable, never null
     */
    public List<String> risks() {
        return risks;
    }

    /**
     * The funding-source category A to H.
     *
     * @return the funding-source category A to H; empty when not assigned (before 2022-23)
     */
    public Optional<FundingSource> fundingSource() {
        return Optional.ofNullable(fundingSource);
    }

    /**
     * The spending category.
     *
     * @return the spending category; empty when not assigned
     */
    public Optional<SpendingCategory> spendingCategory() {
        return Optional.ofNullable(spendingCategory);
    }

    /**
     * The priced investment lines added up (nil lines count £0; unpriced lines are left out):
     * NCH2 £5,425,424 without its mental health line "?".
     *
     * @return the total, never null
     */
    public MonetaryAmount investmentTotal() {
        return investmentLines.stream().map(l -> l.amount().amountOrZero()).collect(Gbp.summing());
    }

    /**
     * The lines without a figure, e.g. NCH2's "Mental health rehabilitation and recovery", {@code ?}.
     *
     * @return the lines, unmodifiable, never null
     */
    public List<InvestmentLine> unpricedLines() {
        return investmentLines.stream().filter(l -> !l.amount().isPriced()).toList();
    }

    /**
     * The priced efficiencies added up: NN3 £489,755.
     *
     * @return the total, never null
     */
    public MonetaryAmount efficiencyTotal() {
        return efficiencies.stream().map(e -> e.amount().amountOrZero()).collect(Gbp.summing());
    }

    /**
     * Checks the scheme: {@link #RULE_STATED_TOTAL} (WARNING with the computed and stated totals and
     * the difference) when the priced lines do not add up to the stated total, and
     * {@link #RULE_UNPRICED_LINE} (WARNING) for each unpriced line.
     *
     * @return the findings, never null
     */
    public Findings check() {
        List<Finding> found = new ArrayList<>();
        if (statedTotal != null && !Gbp.same(statedTotal, investmentTotal())) {
            MonetaryAmount computed = investmentTotal();
            found.add(Finding.of(RULE_STATED_TOTAL, Severity.WARNING, "scheme." + ref + ".total",
                            "scheme " + ref + " priced investment lines add up to " + Gbp.format(computed)
                                    + ", not the stated " + Gbp.format(statedTotal))
                    .withAmount("computed", computed).withAmount("stated", statedTotal)
                    .withAmount("difference", Gbp.minus(computed, statedTotal)));
        }
        for (int i = 0; i < investmentLines.size(); i++) {
            InvestmentLine line = investmentLines.get(i);
            if (!line.amount().isPriced()) {
                found.add(Finding.of(RULE_UNPRICED_LINE, Severity.WARNING, "scheme." + ref + ".line" + (i + 1),
                        "scheme " + ref + " investment line '" + line.description() + "' has no figure ("
                                + line.amount().text() + ") and is left out of the totals"));
            }
        }
        return Findings.of(found);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Scheme that && ref.equals(that.ref) && printedRef.equals(that.printedRef)
                && name.equals(that.name) && objective.equals(that.objective)
                && investmentLines.equals(that.investmentLines)
                && (statedTotal == null ? that.statedTotal == null
                        : that.statedTotal != null && Gbp.same(statedTotal, that.statedTotal))
                && efficiencies.equals(that.efficiencies) && metrics.equals(that.metrics)
                && milestones.equals(that.milestones) && risks.equals(that.risks)
                && fundingSource == that.fundingSource && spendingCategory == that.spendingCategory;
    }

    @Override
    public int hashCode() {
        return Objects.hash(ref, name, investmentLines, metrics, risks);
    }

    /**
     * A one-line summary, e.g. {@code NCH4 Community Assets: £3,562,100.00 in 6 lines}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        int unpriced = unpricedLines().size();
        return ref + " " + name + ": " + Gbp.format(investmentTotal()) + " in " + investmentLines.size() + " lines"
                + (unpriced == 0 ? "" : " (" + unpriced + " unpriced)");
    }
}
