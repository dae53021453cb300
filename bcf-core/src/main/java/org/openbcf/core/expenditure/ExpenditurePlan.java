package org.openbcf.core.expenditure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import javax.money.MonetaryAmount;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.fund.PooledFund;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialYear;
import org.openbcf.core.year.BcfYear;
import org.openbcf.core.year.MandatorySpend;
import org.openbcf.core.year.Origin;
import org.openbcf.core.year.YearValue;

/**
 * One Health and Wellbeing Board's scheme-level expenditure plan for one year, and the figures the
 * templates derive from it: spend by source of funding, by area of spend and by scheme type, the adult social care
 * spend from the NHS minimum, the NHS-commissioned out-of-hospital spend, and the reablement and
 * carers' spend from the NHS minimum.
 *
 * <p>The derivations follow the summary of the templates' Expenditure tab (2017-19 onwards: a
 * scheme-level plan with area of spend, commissioner and source of funding per line, bcf-2024-27 §2),
 * in openbcf's reading, because the spec gives the conditions but not the template formulas
 * (norfolk-2023-25 V-NC2, V-NC3, F6). "From the NHS minimum" means a line whose source of funding is
 * {@link FundingStream#NHS_MINIMUM} or, before 2022-23, {@link FundingStream#CCG_MINIMUM}. Every sum is
 * exact. Example: a 2025/26 plan with Social Care £10,390,000 and Community Health £5,000,000 from the
 * NHS minimum has {@code adultSocialCareFromNhsMinimum()} £10,390,000.00.
 *
 * <p>Checks: {@link #check(PooledFund)} (R-EXP-1, R-EXP-4), {@link #checkStated(Optional, Optional)}
 * (R-EXP-2) and {@link #checkMandatorySpend(BcfYear)} (R-EXP-3); the floors on the derived figures are
 * in {@link AdultSocialCareFloor}. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ExpenditurePlan {

    private final FinancialYear year;
    private final List<ExpenditureLine> lines;

    private ExpenditurePlan(FinancialYear year, List<ExpenditureLine> lines) {
        this.year = year;
        this.lines = lines;
    }

    /**
     * A plan: {@code of(FinancialYear.parse("2025/26"), lines)}.
     *
     * @param year  the financial year, not null
     * @param lines the lines in the plan's order, not null, no nulls (may be empty)
     * @return the plan, never null
     */
    public static ExpenditurePlan of(FinancialYear year, List<ExpenditureLine> lines) {
        Checks.notNull(year, "year");
        Checks.notNull(lines, "lines");
        for (int i = 0; i < lines.size(); i++) {
            Checks.notNullElement(lines.get(i), "lines", i);
        }
        return new ExpenditurePlan(year, List.copyOf(lines));
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
     * The lines in the order given.
     *
     * @return an unmodifiable list, never null
     */
    public List<ExpenditureLine> lines() {
        return lines;
    }

    /**
     * Every line added up.
     *
     * @return the total, never null
     */
    public MonetaryAmount total() {
        return sum(line -> true, ExpenditureLine::amount);
    }

    /**
     * Planned spend by source of funding, in {@link FundingStream} declaration order, sources without a
     * line left out: e.g. {NHS minimum contribution=£15,390,000.00, Disabled Facilities Grant=£4,378,108.00}.
     *
     * @return an unmodifiable map, never null
     */
    public Map<FundingStream, MonetaryAmount> totalBySource() {
        return totalsBy(new EnumMap<>(FundingStream.class), ExpenditureLine::source);
    }

    /**
     * Planned spend by area of spend, in {@link AreaOfSpend} declaration order, areas without a line
     * left out.
     *
     * @return an unmodifiable map, never null
     */
    public Map<AreaOfSpend, MonetaryAmount> totalByArea() {
        return totalsBy(new EnumMap<>(AreaOfSpend.class), ExpenditureLine::area);
    }

    /**
     * Planned spend by scheme type, from every source of funding: e.g. {Carers Services=£1,500,000.00,
     * Community Based Schemes=£12,000,000.00, ...}. Scheme types without a line are left out, so every
     * type in the map has at least one line.
     *
     * <p>A scheme type is the text of {@link ExpenditureLine#schemeType()} (stripped), and two lines are of
     * one type when their texts are equal ignoring case: the templates' Expenditure tab takes the type from
     * a drop-down list, so {@code Carers Services} and {@code carers services} are one entry of it written
     * twice, and {@link ExpenditureLine#isCarers()} and {@link ExpenditureLine#isReablement()} already match
     * ignoring case (openbcf's reading; the sources give no list of 2025-26 scheme types). Spaces inside the
     * text are kept as written. A type written in several ways is keyed by the spelling the most lines use,
     * and on a tie by the first of them in code-point order ({@code Carers Services} before
     * {@code carers services}), so the map does not depend on the order of the lines. The keys are in
     * alphabetical order ignoring case, and the map looks a type up ignoring case:
     * {@code totalBySchemeType().get("carers services")} is the total of {@code Carers Services}. Every sum
     * is exact.
     *
     * @return an unmodifiable map, never null
     */
    public Map<String, MonetaryAmount> totalBySchemeType() {
        Map<String, BigDecimal> sums = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, Map<String, Integer>> spellings = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (ExpenditureLine line : lines) {
            sums.merge(line.schemeType(), Gbp.pounds(line.amount()), BigDecimal::add);
            spellings.computeIfAbsent(line.schemeType(), k -> new TreeMap<>()).merge(line.schemeType(), 1, Integer::sum);
        }
        Map<String, MonetaryAmount> totals = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        sums.forEach((type, sum) -> totals.put(mostUsed(spellings.get(type)), Gbp.of(sum)));
        return Collections.unmodifiableMap(totals);
    }

    /** The spelling with the most lines; on a tie the first in code-point order (the map iterates in that order). */
    private static String mostUsed(Map<String, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    /**
     * The adult social care spend from the NHS minimum: every line from the NHS (or CCG) minimum whose
     * area of spend is Social Care, whole amounts whoever commissions them (openbcf's reading of the
     * template summary "adult social care services spend from the minimum contribution"; the figure that
     * 2022-23 condition 2, V-NC2, and the 2025-26 floor, R-25-1, are about).
     *
     * @return the spend, never null
     */
    public MonetaryAmount adultSocialCareFromNhsMinimum() {
        return sum(line -> line.isFromNhsMinimum() && line.area() == AreaOfSpend.SOCIAL_CARE, ExpenditureLine::amount);
    }

    /**
     * The NHS-commissioned out-of-hospital spend: for every line from the NHS (or CCG) minimum whose
     * area is out of hospital (every area but Acute), its {@link ExpenditureLine#nhsCommissioned()}
     * part, exact (openbcf's reading of the template summary "out of hospital spend from the minimum
     * contribution"; the figure of 2022-23 condition 3, V-NC3, and 2016/17 condition 7).
     *
     * @return the spend, exact (a joint share may give fractions of a penny), never null
     */
    public MonetaryAmount nhsCommissionedOutOfHospital() {
        return sum(line -> line.isFromNhsMinimum() && line.area().isOutOfHospital(), ExpenditureLine::nhsCommissioned);
    }

    /**
     * The out-of-hospital spend from the NHS (or CCG) minimum whoever commissions it: every line from
     * the minimum whose area is not Acute, whole amounts (what norfolk-2023-25 F6, "out of hospital
     * services", asks the minimum to fund, in openbcf's reading).
     *
     * @return the spend, never null
     */
    public MonetaryAmount outOfHospitalFromNhsMinimum() {
        return sum(line -> line.isFromNhsMinimum() && line.area().isOutOfHospital(), ExpenditureLine::amount);
    }

    /**
     * The reablement spend from the NHS (or CCG) minimum: every line from the minimum whose scheme type
     * names reablement ({@link ExpenditureLine#isReablement()}), whole amounts (norfolk-2023-25 F6).
     *
     * @return the spend, never null
     */
    public MonetaryAmount reablementFromNhsMinimum() {
        return sum(line -> line.isFromNhsMinimum() && line.isReablement(), ExpenditureLine::amount);
    }

    /**
     * The carers' support spend from the NHS (or CCG) minimum: every line from the minimum whose scheme
     * type names carers ({@link ExpenditureLine#isCarers()}), whole amounts (norfolk-2023-25 F6).
     *
     * @return the spend, never null
     */
    public MonetaryAmount carersFromNhsMinimum() {
        return sum(line -> line.isFromNhsMinimum() && line.isCarers(), ExpenditureLine::amount);
    }

    /**
     * Checks the plan against the pooled fund of the same year:
     * <ul>
     *   <li>{@link Rule#R_EXP_1} (ERROR) at {@code expenditure.source[<stream label>]} for each source whose
     *       planned spend exceeds that stream's contributions in the fund (a stream the fund lacks has £0),
     *       with the amounts spend, contributions and excess; a source that does not exist in the year is
     *       reported by R-EXP-4 instead;</li>
     *   <li>{@link Rule#R_EXP_4} (ERROR) at {@code expenditure.lines[n].source} (n from 1) for each line
     *       funded from a stream that does not exist in the plan's year, e.g. iBCF in 2025/26.</li>
     * </ul>
     * Spend below the contributions is not a finding here (an underspend; the pool's own totals are
     * checked by {@link PooledFund#checkStatedTotal(MonetaryAmount)}).
     *
     * @param fund the pooled fund, not null, of the plan's year
     * @return the findings, R-EXP-1 by source then R-EXP-4 by line, never null
     * @throws IllegalArgumentException when the fund is for another year
     */
    public Findings check(PooledFund fund) {
        Checks.notNull(fund, "fund");
        requireYear(fund.year(), "pooled fund");
        List<Finding> findings = new ArrayList<>();
        totalBySource().forEach((stream, spend) -> {
            if (!stream.isAvailableIn(year)) {
                return;
            }
            MonetaryAmount contributions = fund.totalOf(c -> c.stream() == stream);
            if (spend.isGreaterThan(contributions)) {
                MonetaryAmount excess = Gbp.minus(spend, contributions);
                findings.add(Finding.of(Rule.R_EXP_1, "expenditure.source[" + stream.label() + "]", "planned spend from "
                                + stream.label() + " " + Gbp.format(spend) + " exceeds its contributions "
                                + Gbp.format(contributions) + " by " + Gbp.format(excess))
                        .withAmount("spend", spend).withAmount("contributions", contributions).withAmount("excess", excess));
            }
        });
        for (int i = 0; i < lines.size(); i++) {
            ExpenditureLine line = lines.get(i);
            if (!line.source().isAvailableIn(year)) {
                findings.add(Finding.of(Rule.R_EXP_4, "expenditure.lines[" + (i + 1) + "].source", "expenditure line "
                                + (i + 1) + " (scheme " + line.schemeId() + "): funding stream " + line.source().label()
                                + " does not exist in " + year + " (" + line.source().label() + " exists "
                                + line.source().era() + ")")
                        .withAmount("amount", line.amount()));
            }
        }
        return Findings.of(findings);
    }

    /**
     * Checks figures a caller states (a template's own summary, or {@code board.csv}) against the ones
     * derived here: {@link Rule#R_EXP_2} (WARNING) at {@code expenditure.adultSocialCareFromNhsMinimum} or
     * {@code expenditure.nhsCommissionedOutOfHospital} when a stated figure differs from the derived one,
     * with the amounts stated, derived and difference (stated − derived). An absent figure is not checked.
     *
     * @param statedAdultSocialCare the stated adult social care spend from the NHS minimum, not null (may be empty)
     * @param statedOutOfHospital   the stated NHS-commissioned out-of-hospital spend, not null (may be empty)
     * @return the findings, adult social care first, never null
     */
    public Findings checkStated(Optional<MonetaryAmount> statedAdultSocialCare, Optional<MonetaryAmount> statedOutOfHospital) {
        Checks.notNull(statedAdultSocialCare, "statedAdultSocialCare");
        Checks.notNull(statedOutOfHospital, "statedOutOfHospital");
        List<Finding> findings = new ArrayList<>();
        statedAdultSocialCare.ifPresent(stated -> stated("expenditure.adultSocialCareFromNhsMinimum",
                "adult social care spend from the NHS minimum", stated, adultSocialCareFromNhsMinimum(), findings));
        statedOutOfHospital.ifPresent(stated -> stated("expenditure.nhsCommissionedOutOfHospital",
                "NHS-commissioned out-of-hospital spend", stated, nhsCommissionedOutOfHospital(), findings));
        return Findings.of(findings);
    }

    private static void stated(String where, String what, MonetaryAmount stated, MonetaryAmount derived, List<Finding> findings) {
        Gbp.require(stated, "stated " + what);
        if (!Gbp.same(stated, derived)) {
            findings.add(Finding.of(Rule.R_EXP_2, where, "the stated " + what + " " + Gbp.format(stated)
                            + " differs from the " + Gbp.format(derived) + " derived from the expenditure plan")
                    .withAmount("stated", stated).withAmount("derived", derived)
                    .withAmount("difference", Gbp.minus(stated, derived)));
        }
    }

    /**
     * Checks that the NHS minimum funds what the year requires ({@link BcfYear#nhsMinimumMustFund()}):
     * {@link Rule#R_EXP_3} (WARNING) for each required spend the plan has none of from the NHS minimum
     * ({@link #reablementFromNhsMinimum()}, {@link #carersFromNhsMinimum()},
     * {@link #outOfHospitalFromNhsMinimum()} £0). When the year's value is caller-supplies (every year but
     * 2022/23 to 2024/25), one {@link Severity#INFO} finding of R-EXP-3 says it was not checked and why;
     * use {@link #checkMandatorySpend(YearValue)} with {@code year.nhsMinimumMustFund().supply(...)} to
     * check a caller's requirement.
     *
     * @param year the plan's year, not null
     * @return the findings, never null
     * @throws IllegalArgumentException when the year is not the plan's
     */
    public Findings checkMandatorySpend(BcfYear year) {
        Checks.notNull(year, "year");
        requireYear(year.year(), "BCF");
        return checkMandatorySpend(year.nhsMinimumMustFund());
    }

    /**
     * Checks that the NHS minimum funds the spends a requirement names, as {@link #checkMandatorySpend(BcfYear)}
     * does; a requirement the caller supplied ({@link Origin#CALLER}) is named so in each finding.
     *
     * @param required what the NHS minimum must fund, sourced, supplied or caller-supplies, not null
     * @return the findings in {@link MandatorySpend} order, or one INFO finding when the caller must
     *         still supply the requirement, never null
     */
    public Findings checkMandatorySpend(YearValue<Set<MandatorySpend>> required) {
        Checks.notNull(required, "required");
        String where = "expenditure.nhsMinimum.mandatorySpend";
        if (required.callerMustSupply()) {
            return Findings.of(Finding.of(Rule.R_EXP_3, Severity.INFO, where, "not checked: openbcf's sources do not "
                    + "give " + required.source() + "; supply the requirement (a dataset's nhs_minimum_must_fund) to check it"));
        }
        String whose = required.origin() == Origin.CALLER ? " (requirement supplied by the caller)" : "";
        List<Finding> findings = new ArrayList<>();
        for (MandatorySpend spend : MandatorySpend.values()) {
            if (required.require().contains(spend) && spendFromNhsMinimum(spend).isZero()) {
                findings.add(Finding.of(Rule.R_EXP_3, where + "[" + spend.label() + "]", "the " + year + " NHS minimum "
                                + "contribution must fund " + spend.label() + ", but the expenditure plan has no "
                                + spend.label() + " from it" + whose)
                        .withAmount("nhsMinimumSpend", sum(ExpenditureLine::isFromNhsMinimum, ExpenditureLine::amount)));
            }
        }
        return Findings.of(findings);
    }

    /**
     * The spend from the NHS (or CCG) minimum on a kind of service a year may require it to fund, the
     * figure {@link #checkMandatorySpend(YearValue)} checks is more than £0: {@link #reablementFromNhsMinimum()},
     * {@link #carersFromNhsMinimum()} or {@link #outOfHospitalFromNhsMinimum()}.
     *
     * @param spend the kind of service, not null
     * @return the spend, never null
     */
    public MonetaryAmount spendFromNhsMinimum(MandatorySpend spend) {
        Checks.notNull(spend, "spend");
        return switch (spend) {
            case REABLEMENT -> reablementFromNhsMinimum();
            case CARERS -> carersFromNhsMinimum();
            case OUT_OF_HOSPITAL -> outOfHospitalFromNhsMinimum();
        };
    }

    private void requireYear(FinancialYear other, String what) {
        if (!other.equals(year)) {
            throw new IllegalArgumentException(what + " year (" + other + ") must be the expenditure plan's year ("
                    + year + ")");
        }
    }


    private MonetaryAmount sum(Predicate<ExpenditureLine> condition, Function<ExpenditureLine, MonetaryAmount> amount) {
        return lines.stream().filter(condition).map(amount).collect(Gbp.summing());
    }

    private <K extends Enum<K>> Map<K, MonetaryAmount> totalsBy(EnumMap<K, BigDecimal> sums, Function<ExpenditureLine, K> key) {
        for (ExpenditureLine line : lines) {
            sums.merge(key.apply(line), Gbp.pounds(line.amount()), BigDecimal::add);
        }
        Map<K, MonetaryAmount> totals = new LinkedHashMap<>();
        sums.forEach((k, v) -> totals.put(k, Gbp.of(v)));
        return Collections.unmodifiableMap(totals);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExpenditurePlan that && year.equals(that.year) && lines.equals(that.lines);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, lines);
    }

    /**
     * A one-line summary, e.g. {@code 2025/26 expenditure plan: £19,768,108.00 from 3 lines}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return year + " expenditure plan: " + Gbp.format(total()) + " from " + lines.size() + " lines";
    }
}
