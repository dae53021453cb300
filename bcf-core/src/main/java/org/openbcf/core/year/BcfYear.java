package org.openbcf.core.year;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.money.MonetaryAmount;

import org.openbcf.core.compliance.MandatoryStreams;
import org.openbcf.core.condition.ConditionAnswer;
import org.openbcf.core.condition.ConditionSet;
import org.openbcf.core.condition.NationalCondition;
import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.time.FinancialQuarter;
import org.openbcf.core.time.FinancialYear;

/**
 * The rules of one BCF year, 2015/16 to 2026/27: the one place a caller asks which funding streams
 * exist, which national conditions apply (wording, allowed answers, what a No requires), which
 * minimum-spend rules hold, what is reported when and who signs off.
 *
 * <p>Every year in the range answers every question: with a {@link YearValue#sourced sourced} value
 * citing its spec line, or with an explicit {@link YearValue#callerSupplies caller-supplies} marker
 * where the sources are silent (2020/21's conditions, the 2026-27 uplift, the 2025-26 answers to the
 * national conditions, a national total the sources give only rounded). Example: {@code BcfYear.of(FinancialYear.parse("2025/26")).socialCareFloor()}
 * is {@code 0.039 (sourced: bcf-2024-27 §1.7 R-25-1)}; {@code BcfYear.of(FinancialYear.parse("2026/27"))
 * .nhsMinimumUplift()} is {@code caller supplies: ...}.
 *
 * <p>The years of each funding stream are declared once, in {@link FundingStream}; the checkable
 * condition sets once, in {@link ConditionSet}; this class reads them and adds what neither holds.
 * Metric definitions are in {@code org.openbcf.metrics.catalogue.MetricCatalogue} (bcf-metrics).
 * Sources: spec README, norfolk-2016-quarterly-return-and-plan, norfolk-2017-2019-progress,
 * norfolk-2023-25-plan-and-year-end, bcf-2024-27, bcf-2017-2027-by-year (cited by line, e.g.
 * {@code bcf-2017-2027-by-year L192-196}). This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class BcfYear implements Comparable<BcfYear> {

    /** The first year openbcf knows: 2015/16. */
    public static final int FIRST_START_YEAR = 2015;
    /** The last year openbcf knows: 2026/27. */
    public static final int LAST_START_YEAR = 2026;

    private static final String P4P_SOURCE = "spec README, Payment for performance (P4P year = Q4 2014/15 … Q3 2015/16)";
    private static final FinancialQuarter P4P_FIRST = FinancialQuarter.of(FinancialYear.of(2014), 4);
    private static final String BY_YEAR = "bcf-2017-2027-by-year ";

    private final FinancialYear year;

    private BcfYear(FinancialYear year) {
        this.year = year;
    }

    /**
     * The rules of a year: {@code BcfYear.of(FinancialYear.parse("2025/26"))}.
     *
     * @param year the year, not null, 2015/16 to 2026/27
     * @return the year's rules, never null
     * @throws IllegalArgumentException for a year outside 2015/16 to 2026/27, naming the year and the range
     */
    public static BcfYear of(FinancialYear year) {
        Checks.notNull(year, "year");
        if (year.startYear() < FIRST_START_YEAR || year.startYear() > LAST_START_YEAR) {
            throw new IllegalArgumentException("BCF year " + year + " is outside the years openbcf knows, "
                    + FinancialYear.of(FIRST_START_YEAR) + " to " + FinancialYear.of(LAST_START_YEAR)
                    + " (the BCF began in 2015/16)");
        }
        return new BcfYear(year);
    }

    /**
     * The rules of a year given as text, e.g. {@code parse("2017/18")}; {@link #toString()} gives it back.
     *
     * @param text the year as {@link FinancialYear#parse(CharSequence)} accepts it, not null
     * @return the year's rules, never null
     */
    public static BcfYear parse(CharSequence text) {
        return of(FinancialYear.parse(text));
    }

    /**
     * Every year openbcf knows, 2015/16 to 2026/27, in order.
     *
     * @return an unmodifiable list of 12 years, never null
     */
    public static List<BcfYear> all() {
        List<BcfYear> years = new ArrayList<>();
        for (int y = FIRST_START_YEAR; y <= LAST_START_YEAR; y++) {
            years.add(new BcfYear(FinancialYear.of(y)));
        }
        return List.copyOf(years);
    }

    /**
     * The payment-for-performance year, Q4 2014/15 to Q3 2015/16: the only quarters the 2015/16 P4P
     * rule applies to (spec README).
     *
     * @return the four quarters in order, never null
     */
    public static List<FinancialQuarter> paymentForPerformanceYear() {
        return List.of(P4P_FIRST, P4P_FIRST.plusQuarters(1), P4P_FIRST.plusQuarters(2), P4P_FIRST.plusQuarters(3));
    }

    /**
     * The financial year.
     *
     * @return the year, never null
     */
    public FinancialYear year() {
        return year;
    }

    private int y() {
        return year.startYear();
    }

    /**
     * The governing framework or plan, e.g. "BCF policy framework 2025 to 2026 (DHSC and MHCLG) with NHS
     * England's planning requirements" for 2025/26.
     *
     * @return the framework, sourced, never null
     */
    public YearValue<String> framework() {
        return switch (y()) {
            case 2015 -> YearValue.sourced("BCF 2015/16 (quarterly returns, payment for performance)",
                    "norfolk-2016-quarterly-return-and-plan");
            case 2016 -> YearValue.sourced("BCF 2016/17 plan", "norfolk-2016-quarterly-return-and-plan R-16-7");
            case 2017, 2018 -> YearValue.sourced("Better Care Fund and Integration Plan 2017-19 (two years)",
                    "norfolk-2017-2019-progress FR-02 (F002:L30)");
            case 2019 -> YearValue.sourced("BCF Policy Framework 2019/20 (DHSC and MHCLG, 10 April 2019), planning "
                    + "requirements published 18 July 2019: a year of minimal change", BY_YEAR + "L132-135, L138");
            case 2020 -> YearValue.sourced("Better Care Fund: policy statement 2020 to 2021 (3 December 2020): no formal "
                    + "plans; the use of the mandatory contributions agreed in writing and an end-of-year reconciliation",
                    BY_YEAR + "L161-167");
            case 2021 -> YearValue.sourced("2021 to 2022 Better Care Fund policy framework (published 19 August 2021)",
                    BY_YEAR + "L181-184");
            case 2022 -> YearValue.sourced("BCF 2022-23 policy framework, with the ASC Discharge Fund addendum",
                    "bcf-2024-27 §1.1");
            case 2023 -> YearValue.sourced("2023 to 2025 BCF policy framework (year 1)", "bcf-2024-27 §1.1");
            case 2024 -> YearValue.sourced("2023 to 2025 BCF policy framework, 2024-25 addendum (year 2)", "bcf-2024-27 §1.1, §1.2");
            case 2025 -> YearValue.sourced("BCF policy framework 2025 to 2026 (DHSC and MHCLG) with NHS England's "
                    + "planning requirements", "bcf-2024-27 §1.1, §1.3");
            case 2026 -> YearValue.sourced("Better Care Fund framework 2026 to 2027 (one document: planning "
                    + "requirements, national conditions and legal framework; plans aligned to neighbourhood health)",
                    "bcf-2024-27 §1.1, §1.4");
            default -> throw new IllegalStateException("no framework for " + year);
        };
    }

    /**
     * The funding streams that exist in the year, from {@link FundingStream}: 2025/26 has the NHS
     * minimum, DFG, the Local Authority Better Care Grant and additional contributions, but no iBCF and
     * no ASC Discharge Fund. A partner may hold several lines of one stream (DFG top-ups, R-25-4).
     *
     * @return the streams in declaration order, sourced, never null
     */
    public YearValue<List<FundingStream>> streams() {
        return YearValue.sourced(FundingStream.availableIn(year), "FundingStream years: norfolk-2016 plan; "
                + "norfolk-2017-2019-progress FR-04, FR-11; norfolk-2023-25 F1, F2, F11; bcf-2024-27 §1.3, §1.6, §1.8");
    }

    /**
     * The streams a fund must pool in the year ({@link MandatoryStreams#required(FinancialYear)}).
     *
     * @return the streams, sourced, never null
     */
    public YearValue<Set<FundingStream>> mandatoryStreams() {
        return YearValue.sourced(MandatoryStreams.required(year), "norfolk-2023-25 F2, F4, F5; bcf-2024-27 §1.7 R-25-3");
    }

    /**
     * The condition set openbcf can check answers against, when the sources give one with its answers.
     *
     * @return the set, or empty (2017/18 to 2021/22, 2025/26, 2026/27: no allowed answers in the sources)
     */
    public Optional<ConditionSet> conditionSet() {
        return ConditionSet.find(year);
    }

    /**
     * The national conditions' wording: the four of 2017-19 (conditions 1 and 2 verbatim, 3 and 4 as the
     * NHS England FAQs paraphrase them, bcf-2017-2027-by-year L36-60), unchanged in 2019/20 (L138-141);
     * the four of 2021/22 (L192-196); 2025/26 has NC1 to NC3 as far as the spec records them (the
     * excerpt stops inside NC3, so a fourth was not seen).
     *
     * @return the conditions, sourced, or caller supplies (2020/21: required but not listed, L169;
     *         2026/27: not found, L294), never null
     */
    public YearValue<List<NationalCondition>> conditions() {
        Optional<ConditionSet> set = conditionSet();
        if (set.isPresent()) {
            return YearValue.sourced(set.get().questions(), "ConditionSet." + set.get().name()
                    + " (norfolk-2016 R-NC-1…R-NC-6; norfolk-2023-25 V-NC1, L1709-1713)");
        }
        if (y() >= 2017 && y() <= 2019) {
            return YearValue.sourced(ByYearConditions.Y2017_19, y() == 2019
                    ? BY_YEAR + "L138-141 (2019/20: \"The national conditions for the fund were unchanged\") with L36-60"
                    : BY_YEAR + "L36-60 (NC1, NC2 verbatim; NC3, NC4 as caremanagementmatters paraphrases them)");
        }
        if (y() == 2021) {
            return YearValue.sourced(ByYearConditions.Y2021_22, BY_YEAR + "L192-196 (housing.org.uk; careandrepair)");
        }
        if (y() == 2025) {
            return YearValue.sourced(List.of(
                    new NationalCondition("1", "Plans to be jointly agreed", "Plans to be jointly agreed"),
                    new NationalCondition("2", "Implementing the objectives of the BCF", "Implementing the objectives of the BCF"),
                    new NationalCondition("3", "Complying with grant and funding conditions, including maintaining the NHS "
                            + "minimum contribution to adult social care", "Complying with grant and funding conditions, "
                            + "including maintaining the NHS minimum contribution to adult social care")),
                    "bcf-2024-27 §1.3 national conditions (East Sussex, 15 July 2025; NC3 cut off, a fourth not seen)");
        }
        return YearValue.callerSupplies("the national conditions of " + year + " (no wording in openbcf's sources: "
                + (y() == 2020 ? "the 2020-21 policy statement requires them to be met but does not list them, " + BY_YEAR
                + "L164, L169)" : BY_YEAR + "L294)"));
    }

    /**
     * The answers a national condition allows: Yes, No and No - In Progress in 2015/16 and 2016/17;
     * Yes and No in 2022-23 to 2024-25.
     *
     * @return the answers, sourced, or caller supplies, never null
     */
    public YearValue<Set<ConditionAnswer>> allowedAnswers() {
        return conditionSet().<YearValue<Set<ConditionAnswer>>>map(set -> YearValue.sourced(set.allowedAnswers(),
                        "ConditionSet." + set.name() + " (R-NC-2; V-NC1)"))
                .orElseGet(() -> YearValue.callerSupplies("the answers allowed to the " + year + " national conditions"
                        + (y() == 2025 ? " (assurance statements on the planning template; the answers were not recorded, "
                        + "bcf-2024-27 §1.3)" : " (not in openbcf's sources)")));
    }

    /**
     * What a No to a national condition requires: "a comment and a target date" (2015/16, 2016/17),
     * "a comment explaining it" (2022-23 to 2024-25).
     *
     * @return the requirement, sourced, or caller supplies, never null
     */
    public YearValue<String> whatNoRequires() {
        return conditionSet().<YearValue<String>>map(set -> YearValue.sourced(set.requiresDateForNo()
                        ? "a comment and a target date" : "a comment explaining it", "ConditionSet." + set.name()
                        + " (R-NC-3; V-NC1)"))
                .orElseGet(() -> YearValue.callerSupplies("what a No to a " + year + " national condition requires"));
    }

    /**
     * The uplift of the NHS minimum contribution over the previous year, as a fraction: 0.053 in 2021-22
     * nationally (bcf-2017-2027-by-year L207-208, not Durham's "3.5 percent", L213); 0.0566 in 2022-23,
     * 2023-24 (bcf-2024-27 §1.8; norfolk-2023-25 F8) and 2024-25 (bcf-2017-2027-by-year L233-234).
     *
     * @return the uplift, sourced, or caller supplies (every other year, e.g. 2026/27), never null
     */
    public YearValue<BigDecimal> nhsMinimumUplift() {
        if (y() == 2021) {
            return YearValue.sourced(new BigDecimal("0.053"), BY_YEAR + "L207-208 (+5.3%, the NHS Long Term Plan settlement)");
        }
        if (y() == 2022 || y() == 2023) {
            return YearValue.sourced(new BigDecimal("0.0566"), "bcf-2024-27 §1.8 (5.66% each year); norfolk-2023-25 F8");
        }
        if (y() == 2024) {
            return YearValue.sourced(new BigDecimal("0.0566"), BY_YEAR + "L233-234 (every HWB +5.66% for 2023-25)");
        }
        return YearValue.callerSupplies("the " + year + " uplift of the NHS minimum contribution (not in openbcf's sources)");
    }

    /**
     * How far above the previous year's the adult social care spend from the NHS minimum must be, as a
     * fraction: 0.039 in 2025-26 over the 2024-25 baseline (R-25-1); in 2022-23 to 2024-25 the NHS
     * minimum uplift, 0.0566 (condition 2, "maintained in line with the uplift", V-NC2; every HWB +5.66%,
     * bcf-2017-2027-by-year L224-225, L233-234).
     *
     * <p>In 2017/18 to 2019/20 condition 2 says "in line with inflation" and gives no percentage
     * (bcf-2017-2027-by-year L45, L105, L139); in 2021/22 "in line with the uplift to CCG minimum
     * contribution" (L194), which was 5.3% nationally but varied by area (Durham, L212-215): the caller
     * supplies the figure for those years (R-PC-2 applies with it).
     *
     * @return the floor's uplift, sourced, or caller supplies, never null
     */
    public YearValue<BigDecimal> socialCareFloor() {
        if (y() == 2025) {
            return YearValue.sourced(new BigDecimal("0.039"), "bcf-2024-27 §1.7 R-25-1");
        }
        if (y() == 2022 || y() == 2023) {
            return YearValue.sourced(new BigDecimal("0.0566"), "norfolk-2023-25 V-NC2 with the NHS minimum uplift F8");
        }
        if (y() == 2024) {
            return YearValue.sourced(new BigDecimal("0.0566"), "norfolk-2023-25 V-NC2 (2023-25 condition 2) with "
                    + BY_YEAR + "L233-234 (every HWB +5.66% for 2023-25)");
        }
        String why = switch (y()) {
            case 2017, 2018, 2019 -> "condition 2 says \"maintained in line with inflation\"; the percentage was not "
                    + "found, " + BY_YEAR + "L45, L105, L139";
            case 2021 -> "condition 2 says \"in line with the uplift to CCG minimum contribution\": 5.3% nationally, "
                    + "but the area's own CCG-minimum uplift varied (Durham), " + BY_YEAR + "L194, L212-215";
            default -> "not in openbcf's sources";
        };
        return YearValue.callerSupplies("the " + year + " uplift of the NHS contribution to adult social care (" + why + ")");
    }

    /**
     * What the NHS minimum contribution must fund in the year: reablement, support for unpaid carers and
     * out-of-hospital services in 2022/23 to 2024/25 ("requirements to deliver: reablement services;
     * support of unpaid carers …; out of hospital services", norfolk-2023-25 F6, L1780-1783; the 2023-25
     * plan covers 2023/24 and 2024/25, F11).
     *
     * <p>Every other year the caller supplies it: the 2015/16 and 2016/17 sources name investment in
     * NHS-commissioned out-of-hospital services (2016/17 condition 7, R-16-7) but not whether the NHS
     * minimum must fund reablement and carers; the 2017-19 sources record no such requirement; the
     * 2025-26 framework names support for unpaid carers as an objective (bcf-2024-27 §1.3), not as a
     * use the NHS minimum must fund; 2019/20 to 2021/22 and 2026/27 are not in openbcf's sources.
     *
     * @return the spends, sourced for 2022/23 to 2024/25, else caller supplies, never null
     */
    public YearValue<Set<MandatorySpend>> nhsMinimumMustFund() {
        if (y() >= 2022 && y() <= 2024) {
            return YearValue.sourced(java.util.Collections.unmodifiableSet(EnumSet.allOf(MandatorySpend.class)),
                    "norfolk-2023-25 F6 (L1780-1783)" + (y() == 2022 ? "" : ", for the 2023-25 plan (F11)"));
        }
        String why = switch (y()) {
            case 2015, 2016 -> "the sources name investment in NHS-commissioned out-of-hospital services (2016/17 "
                    + "condition 7, R-16-7) but not whether the NHS minimum must fund reablement and carers";
            case 2017, 2018 -> "the 2017-19 sources record no such requirement";
            case 2025 -> "the 2025-26 framework names support for unpaid carers as an objective, not as a use the "
                    + "NHS minimum must fund (bcf-2024-27 §1.3)";
            default -> "not in openbcf's sources";
        };
        return YearValue.callerSupplies("what the " + year + " NHS minimum contribution must fund (reablement, "
                + "carers, out-of-hospital services): " + why);
    }

    /**
     * The area's minimum NHS-commissioned out-of-hospital spend: every year the caller supplies it (the
     * sources name the condition, 2016/17 condition 7 and norfolk-2023-25 V-NC3, but give no figure).
     *
     * @return the caller-supplies marker, never null
     */
    public YearValue<MonetaryAmount> outOfHospitalMinimum() {
        return YearValue.callerSupplies("the " + year + " minimum NHS-commissioned out-of-hospital spend for the area "
                + "(the sources give no figure; norfolk-2023-25 V-NC3)");
    }

    /**
     * The quarters of the year's payment for performance: Q4 2014/15 to Q3 2015/16 for 2015/16, none
     * for every other year.
     *
     * @return the quarters, sourced, never null
     */
    public YearValue<List<FinancialQuarter>> paymentForPerformance() {
        return YearValue.sourced(y() == 2015 ? paymentForPerformanceYear() : List.of(), P4P_SOURCE);
    }

    /**
     * The purposes iBCF may be spent on: the three of the 2017 grant condition in 2017/18 and 2018/19;
     * none before 2017/18 or from 2025/26 (no iBCF).
     *
     * @return the purposes, sourced, or caller supplies (2019/20 to 2024/25), never null
     */
    public YearValue<Set<IbcfPurpose>> ibcfPurposes() {
        if (y() == 2017 || y() == 2018) {
            return YearValue.sourced(EnumSet.allOf(IbcfPurpose.class), "norfolk-2017-2019-progress FR-05 (F002:L143-146)");
        }
        if (!FundingStream.IBCF.isAvailableIn(year)) {
            return YearValue.sourced(EnumSet.noneOf(IbcfPurpose.class), "no iBCF in " + year + " (FundingStream.IBCF "
                    + FundingStream.IBCF.era() + ")");
        }
        return YearValue.callerSupplies("the " + year + " iBCF grant purposes (openbcf's sources quote the 2017 condition only)");
    }

    /**
     * Whether an upper-tier authority in a two-tier area must pass DFG to the district councils in full
     * unless they agree otherwise: the 2017 condition (bcf-2024-27 R-25-4; norfolk-2017-2019 FR-11).
     *
     * @return true in 2017/18 to 2019/20 (the 2017-19 conditions, unchanged in 2019/20,
     *         bcf-2017-2027-by-year L42-43, L138), sourced; caller supplies for other years, never null
     */
    public YearValue<Boolean> dfgPassedToDistricts() {
        if (y() == 2017 || y() == 2018) {
            return YearValue.sourced(Boolean.TRUE, "bcf-2024-27 §1.7 R-25-4 (2017 condition); norfolk-2017-2019 FR-11");
        }
        if (y() == 2019) {
            return YearValue.sourced(Boolean.TRUE, BY_YEAR + "L42-43 (2017-19 condition 1), L138 (unchanged in 2019/20)");
        }
        return YearValue.callerSupplies("whether " + year + " DFG must be passed to district councils in full");
    }

    /**
     * What is reported or agreed when, e.g. for 2024/25 "2024-25 spending plans and metric targets: by 10
     * June 2024".
     *
     * @return the items, sourced, or caller supplies (2026/27), never null
     */
    public YearValue<List<ReportingItem>> reporting() {
        return switch (y()) {
            case 2015 -> YearValue.sourced(List.of(new ReportingItem("quarterly return to NHS England (P4P, income "
                    + "and expenditure, national conditions, metrics)", "quarterly")), "norfolk-2016-quarterly-return-and-plan");
            case 2016 -> YearValue.sourced(List.of(new ReportingItem("BCF plan, submission 1", "2 March 2016"),
                    new ReportingItem("quarterly return", "quarterly, to Q4")), "bcf-2024-27 §2 (2016-17 templates)");
            case 2017, 2018 -> YearValue.sourced(List.of(
                    new ReportingItem("2017-19 planning template", "11 September 2017"),
                    new ReportingItem("plan agreed by the Health and Wellbeing Board", "September 2017"),
                    new ReportingItem("plan signed off by NHS England", "December 2017"),
                    new ReportingItem("report to NHS England against four metrics", "quarterly")),
                    "norfolk-2017-2019-progress GV-01, GV-02, GV-03; bcf-2024-27 §2 (2017-19 template)");
            case 2019 -> YearValue.sourced(List.of(new ReportingItem("final plan, after Health and Wellbeing Board approval",
                            "27 September 2019"), new ReportingItem("approval letters", "December 2019")),
                    BY_YEAR + "L136-137 (Darlington)");
            case 2020 -> YearValue.sourced(List.of(new ReportingItem("end-of-year reconciliation: the national conditions "
                    + "met, spend from the mandatory sources, social care spend from the CCG minimum", "end of year")),
                    BY_YEAR + "L163-167 (no formal plans)");
            case 2021 -> YearValue.sourced(List.of(new ReportingItem("planning round", "from 30 September 2021"),
                    new ReportingItem("plan", "16 November 2021")), BY_YEAR + "L187-191 (Oxfordshire, Wokingham)");
            case 2022 -> YearValue.sourced(List.of(new ReportingItem("ASC Discharge Fund plan", "16 December 2022"),
                    new ReportingItem("end-of-year return", "after 31 March 2023")), "bcf-2024-27 §1.6; norfolk-2023-25 F13");
            case 2023 -> YearValue.sourced(List.of(new ReportingItem("2023-25 plan", "28 June 2023"),
                    new ReportingItem("section 75 agreement signed", "31 October 2023"),
                    new ReportingItem("Discharge Fund report", "fortnightly"),
                    new ReportingItem("capacity and demand plan for intermediate and short-term care", "with the plan")),
                    "bcf-2024-27 §1.2, §1.6");
            case 2024 -> YearValue.sourced(List.of(new ReportingItem("2024-25 spending plans and metric targets", "by 10 June 2024"),
                    new ReportingItem("section 75 agreement for 2024-25 in place", "by 30 September 2024"),
                    new ReportingItem("capacity and demand plan for intermediate and short-term care", "with the plan")),
                    "bcf-2024-27 §1.2 (North Tyneside; addendum)");
            case 2025 -> YearValue.sourced(List.of(new ReportingItem("2025-26 plan (3 metrics and financials)", "31 March 2025"),
                    new ReportingItem("quarterly return: national conditions, metric on-track status, expenditure", "quarterly")),
                    "bcf-2024-27 §1.3 (North Yorkshire, Hillingdon, Brighton & Hove)");
            default -> YearValue.callerSupplies("the " + year + " reporting calendar (not in openbcf's sources)");
        };
    }

    /**
     * Who signs off, e.g. for 2025/26 every partner's chief executive (not delegable), the council's
     * section 151 officer, then the Health and Wellbeing Board (may follow submission).
     *
     * @return the sign-offs in order, sourced, or caller supplies, never null
     */
    public YearValue<List<String>> signOffs() {
        return switch (y()) {
            case 2017, 2018 -> YearValue.sourced(List.of("Health and Wellbeing Board agrees the plan",
                    "NHS England formally signs the plan off"), "norfolk-2017-2019-progress GV-02 (F002:L35)");
            case 2019 -> YearValue.sourced(List.of("Health and Wellbeing Board approves the plan before the final submission",
                    "NHS England approval letter"), BY_YEAR + "L136-137");
            case 2021 -> YearValue.sourced(List.of("Health and Wellbeing Board signs off the plan (may ratify it at its "
                    + "next meeting after the deadline)"), BY_YEAR + "L188-189, L193");
            case 2022 -> YearValue.sourced(List.of("Health and Wellbeing Board signs off the end-of-year return "
                    + "(may be delegated)"), "norfolk-2023-25 F13");
            case 2024 -> YearValue.sourced(List.of("Health and Wellbeing Board approves (may be after the national deadline)"),
                    "bcf-2024-27 §1.2 (North Tyneside)");
            case 2025 -> YearValue.sourced(List.of("chief executive of every partner organisation (cannot be delegated)",
                    "the council's section 151 officer", "Health and Wellbeing Board (may follow submission)"),
                    "bcf-2024-27 §1.3 and §1.7 sign-off rule (North Yorkshire)");
            case 2026 -> YearValue.callerSupplies("the 2026/27 sign-offs (the framework says HWBs still agree plans, "
                    + "bcf-2024-27 §1.4; the rest was not seen)");
            default -> YearValue.callerSupplies("the " + year + " sign-offs (not in openbcf's sources)");
        };
    }

    /**
     * The national total of a funding stream in the year, exact to the pound as the sources state it,
     * e.g. DFG £723,000,000.00 in 2026/27 (bcf-2017-2027-by-year L278) or the CCG minimum
     * £4,048,000,000.00 in 2020/21 (L171). A total the sources give only rounded ("around £3.8bn") or do
     * not give, and every additional (voluntary) contribution, is caller supplies, the marker quoting
     * what the sources say.
     *
     * @param stream a stream of the year ({@link #streams()}), not null
     * @return the total, sourced, or caller supplies, never null
     * @throws IllegalArgumentException when the stream does not exist in the year, naming both
     */
    public YearValue<MonetaryAmount> nationalTotal(FundingStream stream) {
        Checks.notNull(stream, "stream");
        if (!stream.isAvailableIn(year)) {
            throw new IllegalArgumentException("funding stream " + stream.label() + " does not exist in " + year
                    + " (" + stream.label() + " exists " + stream.era() + ")");
        }
        return NationalTotals.of(year, stream);
    }

    /**
     * The stated national total of the mandatory (minimum) fund: £6,698,000,000.00 in 2020/21
     * (bcf-2017-2027-by-year L171, the sum of its three streams); caller supplies where the sources
     * give only a rounded figure (2019/20 "over £6.4 billion", 2021/22 "£6.9bn", 2022/23 "over £7
     * billion", 2025/26 "£9 billion") or none.
     *
     * @return the total, sourced, or caller supplies, never null
     */
    public YearValue<MonetaryAmount> nationalMinimumFund() {
        return NationalTotals.fund(year);
    }

    /**
     * The year whose per-authority allocations the Local Authority Better Care Grant repeats: 2025/26
     * for 2025/26 (its own grant determination, bcf-2024-27 §3) and for 2026/27, where the LABCG stays a
     * ring-fenced stream pooled into the BCF with "the same" allocations as 2025-26
     * (bcf-2017-2027-by-year L265-270).
     *
     * @return the year of the allocations, sourced, never null
     * @throws IllegalStateException in a year without the LABCG (before 2025/26), naming the year
     */
    public YearValue<FinancialYear> labcgAllocations() {
        if (!FundingStream.LABCG.isAvailableIn(year)) {
            throw new IllegalStateException("there is no Local Authority Better Care Grant in " + year
                    + " (it exists " + FundingStream.LABCG.era() + ")");
        }
        return y() == 2025 ? YearValue.sourced(year, "bcf-2024-27 §3 (per-LA grant lines, 2025-26 determination)")
                : YearValue.sourced(FinancialYear.of(2025), BY_YEAR + "L266-270 (\"will remain ringfenced\"; "
                + "\"the same as the grant allocations in 2025-26\")");
    }

    @Override
    public int compareTo(BcfYear other) {
        return year.compareTo(other.year);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BcfYear that && year.equals(that.year);
    }

    @Override
    public int hashCode() {
        return year.hashCode();
    }

    /**
     * The year, e.g. {@code 2025/26}; {@link #parse(CharSequence)} accepts it.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return year.toString();
    }
}
