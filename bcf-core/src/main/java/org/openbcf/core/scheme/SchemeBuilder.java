package org.openbcf.core.scheme;

import java.util.ArrayList;
import java.util.List;

import javax.money.MonetaryAmount;

import org.openbcf.core.fund.SpendingCategory;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;

/**
 * Collects a scheme's parts in order, then {@link #build()}s it:
 * {@code Scheme.builder(SchemeRef.of("NCH", 4), "Community Assets").line(...).build()}. Not
 * thread-safe; use one builder per scheme.
 *
 * @since 0.1.0
 */
public final class SchemeBuilder {
    final SchemeRef ref;
    final String name;
    String printedRef;
    String objective = "";
    final List<InvestmentLine> investmentLines = new ArrayList<>();
    MonetaryAmount statedTotal;
    final List<Efficiency> efficiencies = new ArrayList<>();
    final List<TargetedMetric> metrics = new ArrayList<>();
    final List<Milestone> milestones = new ArrayList<>();
    final List<String> risks = new ArrayList<>();
    FundingSource fundingSource;
    SpendingCategory spendingCategory;

    SchemeBuilder(SchemeRef ref, String name) {
        this.ref = Checks.notNull(ref, "ref");
        this.name = Checks.notBlank(name, "scheme name").strip();
        this.printedRef = ref.toString();
    }

    /**
     * Keeps the printed reference, e.g. {@code NCH 4}; blank for a blank field.
     *
     * @param printed the reference as printed, not null
     * @return this builder
     */
    public SchemeBuilder printedRef(String printed) {
        this.printedRef = Checks.notNull(printed, "printedRef").strip();
        return this;
    }

    /**
     * Sets the strategic objective.
     *
     * @param text the objective, not null
     * @return this builder
     */
    public SchemeBuilder objective(String text) {
        this.objective = Checks.notNull(text, "objective").strip();
        return this;
    }

    /**
     * Adds an investment line.
     *
     * @param line the line, not null
     * @return this builder
     */
    public SchemeBuilder line(InvestmentLine line) {
        investmentLines.add(Checks.notNull(line, "line"));
        return this;
    }

    /**
     * Sets the total the template states.
     *
     * @param total the total, GBP, at least £0, whole pennies
     * @return this builder
     */
    public SchemeBuilder statedTotal(MonetaryAmount total) {
        this.statedTotal = Gbp.requireNonNegativePennies(total, "stated total of scheme " + ref);
        return this;
    }

    /**
     * Adds an efficiency.
     *
     * @param efficiency the efficiency, not null
     * @return this builder
     */
    public SchemeBuilder efficiency(Efficiency efficiency) {
        efficiencies.add(Checks.notNull(efficiency, "efficiency"));
        return this;
    }

    /**
     * Adds a targeted metric.
     *
     * @param metric the metric, not null
     * @return this builder
     */
    public SchemeBuilder metric(TargetedMetric metric) {
        metrics.add(Checks.notNull(metric, "metric"));
        return this;
    }

    /**
     * Adds a milestone.
     *
     * @param milestone the milestone, not null
     * @return this builder
     */
    public SchemeBuilder milestone(Milestone milestone) {
        milestones.add(Checks.notNull(milestone, "milestone"));
        return this;
    }

    /**
     * Adds a risk reference, e.g. {@code NN2-R3}.
     *
     * @param riskRef the reference, not blank
     * @return this builder
     */
    public SchemeBuilder risk(String riskRef) {
        risks.add(Checks.notBlank(riskRef, "risk reference").strip());
        return this;
    }

    /**
     * Sets the funding-source category.
     *
     * @param source the category, not null
     * @return this builder
     */
    public SchemeBuilder fundingSource(FundingSource source) {
        this.fundingSource = Checks.notNull(source, "fundingSource");
        return this;
    }

    /**
     * Sets the spending category.
     *
     * @param category the category, not null
     * @return this builder
     */
    public SchemeBuilder spendingCategory(SpendingCategory category) {
        this.spendingCategory = Checks.notNull(category, "spendingCategory");
        return this;
    }

    /**
     * The scheme.
     *
     * @return the scheme, never null
     */
    public Scheme build() {
        return new Scheme(this);
    }
}
