package org.openbcf.core.finding;

import java.util.Arrays;
import java.util.Optional;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.time.FinancialYear;

/**
 * The catalogue of every rule openbcf checks: each rule's id, default severity, the BCF years it
 * applies to, a one-line statement, its source (spec file and item) and the class that implements
 * it. A rule id is declared here and nowhere else; {@code RULES.md} at the repository root is
 * generated from this enum.
 *
 * <p>Example: {@link #R_IE_4} is {@code R-IE-4}, a {@link Severity#WARNING} for 2015/16 to 2016/17,
 * "a plan or forecast annual total differs from the pooled fund", source
 * {@code norfolk-2016-quarterly-return-and-plan R-IE-4}, implemented by
 * {@code org.openbcf.core.ledger.QuarterlyLedger}.
 *
 * <p>The implementing class is a class name rather than a {@code Class} so that this package depends
 * on none of the packages that use it; a test checks that every name resolves. This enum is
 * immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Rule {
    /** Every quarter of plan and forecast income and expenditure is filled in. */
    R_IE_2("R-IE-2", Severity.ERROR, 2015, 2016, "a plan or forecast quarter of income or expenditure is missing",
            "norfolk-2016-quarterly-return-and-plan R-IE-2", "org.openbcf.core.ledger.QuarterlyLedger"),
    /** A plan or forecast annual total equals the pooled fund. */
    R_IE_4("R-IE-4", Severity.WARNING, 2015, 2016, "a plan or forecast annual total differs from the pooled fund",
            "norfolk-2016-quarterly-return-and-plan R-IE-4 (D-1, D-2, D-5)", "org.openbcf.core.ledger.QuarterlyLedger"),
    /** A difference from the pooled fund has a comment. */
    R_IE_5("R-IE-5", Severity.ERROR, 2015, 2016, "an annual total differs from the pooled fund and has no comment",
            "norfolk-2016-quarterly-return-and-plan R-IE-5", "org.openbcf.core.ledger.QuarterlyLedger"),
    /** Income and expenditure state the same pooled fund. */
    R_IE_8("R-IE-8", Severity.WARNING, 2015, 2016, "the income and expenditure sheets state different pooled funds",
            "norfolk-2016-quarterly-return-and-plan R-IE-8 (D-3)", "org.openbcf.core.ledger.QuarterlyLedger"),
    /** Actual year to date is compared with the forecast. */
    R_IE_9("R-IE-9", Severity.INFO, 2015, 2016, "actual income or expenditure year to date differs from the forecast",
            "norfolk-2016-quarterly-return-and-plan R-IE-9 (D-6)", "org.openbcf.core.ledger.QuarterlyLedger"),
    /** A comment is at most 750 characters. */
    R_IN_5("R-IN-5", Severity.ERROR, 2015, 2016, "a comment is longer than 750 characters",
            "norfolk-2016-quarterly-return-and-plan R-IN-5", "org.openbcf.core.p4p.PaymentForPerformance"),
    /** Cumulative agreed payments are at most cumulative suggested payments. */
    R_P4P_14("R-P4P-14", Severity.ERROR, 2015, 2015,
            "cumulative locally agreed P4P payments exceed cumulative suggested payments (not permitted)",
            "norfolk-2016-quarterly-return-and-plan R-P4P-14", "org.openbcf.core.p4p.PaymentForPerformance"),
    /** An agreed payment that differs from the suggested one has a comment. */
    R_P4P_15("R-P4P-15", Severity.ERROR, 2015, 2015,
            "a locally agreed P4P payment differs from the suggested payment without a comment",
            "norfolk-2016-quarterly-return-and-plan R-P4P-15", "org.openbcf.core.p4p.PaymentForPerformance"),
    /** Contributions equal the income sheet's pooled fund. */
    R_POOL_1("R-POOL-1", Severity.WARNING, 2015, null, "the contributions differ from the pooled fund of the income sheet",
            "spec README, Pools and ledgers", "org.openbcf.core.ledger.PoolReconciliation"),
    /** The spending plan equals the contributions. */
    R_POOL_2("R-POOL-2", Severity.WARNING, 2015, null, "the spending plan differs from the contributions",
            "norfolk-2016-quarterly-return-and-plan D-4", "org.openbcf.core.ledger.PoolReconciliation"),
    /** A contribution is on a stream that exists in the fund's year. */
    R_POOL_3("R-POOL-3", Severity.ERROR, 2015, null,
            "a contribution is on a funding stream that does not exist in the fund's year",
            "bcf-2024-27 1.3 and 1.6 (iBCF became the LABCG, Discharge Fund folded in 2025-26); norfolk-2023-25 F1, F11",
            "org.openbcf.core.fund.PooledFund"),
    /** A stated pooled fund equals the sum of the contributions. */
    R_POOL_4("R-POOL-4", Severity.ERROR, 2015, null, "the stated pooled fund differs from the sum of the contributions",
            "spec README, Pools and ledgers (totals are checked, not assumed); norfolk-2023-25 F14 (L2286)",
            "org.openbcf.core.fund.PooledFund"),
    /** Every national-condition question is answered. */
    R_NC_6("R-NC-6", Severity.ERROR, 2015, null, "a national-condition question is unanswered",
            "norfolk-2016-quarterly-return-and-plan R-NC-6", "org.openbcf.core.condition.ConditionSet"),
    /** An answer is one the year allows. */
    R_NC_2("R-NC-2", Severity.ERROR, 2015, null, "a national-condition answer is not one the year allows",
            "norfolk-2016-quarterly-return-and-plan R-NC-2; norfolk-2023-25 V-NC1", "org.openbcf.core.condition.ConditionSet"),
    /** A No has a comment and, where the year asks, a target date. */
    R_NC_3("R-NC-3", Severity.ERROR, 2015, null,
            "a No to a national condition lacks its comment or, where the year asks, its target date",
            "norfolk-2016-quarterly-return-and-plan R-NC-3; norfolk-2023-25 V-NC1", "org.openbcf.core.condition.ConditionSet"),
    /** No - In Progress is met by 31 March of the year. */
    R_NC_4("R-NC-4", Severity.WARNING, 2015, 2016, "No - In Progress has a target date after 31 March of the year",
            "norfolk-2016-quarterly-return-and-plan R-NC-4 (D-12)", "org.openbcf.core.condition.ConditionSet"),
    /** A stated risk score equals likelihood × impact. */
    R_RISK_1("R-RISK-1", Severity.WARNING, 2015, null, "a stated risk score differs from likelihood x impact",
            "spec README, Risk scores", "org.openbcf.core.risk.RiskRegister"),
    /** A likelihood or impact is on the register's scale. */
    R_RISK_2("R-RISK-2", Severity.ERROR, 2015, null, "a likelihood or impact is outside the register's scale",
            "spec README, Risk scores (2016 NN2 rows)", "org.openbcf.core.risk.RiskRegister"),
    /** The NHS minimum split adds up to the NHS minimum. */
    R_PC_1("R-PC-1", Severity.ERROR, 2022, null, "the NHS minimum split does not add up to the NHS minimum contribution",
            "norfolk-2023-25 F7 (L1795-1796)", "org.openbcf.core.compliance.NhsMinimumSplit"),
    /** The NHS contribution to adult social care is maintained in line with the uplift. */
    R_PC_2("R-PC-2", Severity.ERROR, new int[] {2017, 2019, 2021, 2024},
            "the NHS contribution to adult social care is below last year's uplifted as condition 2 requires "
                    + "(the NHS minimum uplift; in 2017-19 inflation)",
            "norfolk-2023-25 V-NC2, F8 (L2219, L1909); bcf-2017-2027-by-year L45-47 (2017-19), L138-139 (2019/20 "
                    + "unchanged), L194 (2021/22), L233-234 (2024-25); not 2020/21 (L169) nor 2026/27 (L294); 2025/26 is R-25-1",
            "org.openbcf.core.compliance.SocialCareMaintenance"),
    /** NHS-commissioned out-of-hospital spend is at least its minimum. */
    R_PC_3("R-PC-3", Severity.ERROR, 2022, null, "NHS-commissioned out-of-hospital spend is below its minimum",
            "norfolk-2023-25 V-NC3 (L2220)", "org.openbcf.core.compliance.OutOfHospitalMinimum"),
    /** Every mandatory stream of the year is pooled. */
    R_PC_4("R-PC-4", Severity.ERROR, 2015, null, "a mandatory funding stream of the year is not pooled",
            "norfolk-2023-25 F2, F4, F5 (L2088, L2218, L1670)", "org.openbcf.core.compliance.MandatoryStreams"),
    /** The fund is pooled under section 75. */
    R_PC_5("R-PC-5", Severity.ERROR, 2015, null, "the fund is not pooled under a section 75 agreement",
            "norfolk-2023-25 F4 (L2218)", "org.openbcf.core.compliance.MandatoryStreams"),
    /** Planned spend from a funding stream is at most that stream's contributions. */
    R_EXP_1("R-EXP-1", Severity.ERROR, 2016, null, "planned spend from a funding stream exceeds that stream's contributions",
            "issue 13 (expenditure plan by source of funding); 2016/17 HWB Expenditure Plan tab (norfolk-2016-schemes-and-risks "
                    + "1.2); 2017-19 scheme-level finance (bcf-2024-27 2)", "org.openbcf.core.expenditure.ExpenditurePlan"),
    /** A stated minimum-spend figure equals the one derived from the scheme-level plan. */
    R_EXP_2("R-EXP-2", Severity.WARNING, 2016, null,
            "a stated adult social care or out-of-hospital figure differs from the one derived from the expenditure plan",
            "issue 13 (a caller may state the figures; a difference is a finding); norfolk-2023-25 V-NC2, V-NC3",
            "org.openbcf.core.expenditure.ExpenditurePlan"),
    /** The NHS minimum funds each service the year requires it to fund. */
    R_EXP_3("R-EXP-3", Severity.WARNING, 2016, null,
            "the NHS minimum funds no reablement, carers' support or out-of-hospital service where the year requires it",
            "norfolk-2023-25 F6 (L1780-1783)", "org.openbcf.core.expenditure.ExpenditurePlan"),
    /** An expenditure line is funded from a stream that exists in the plan's year. */
    R_EXP_4("R-EXP-4", Severity.ERROR, 2016, null, "an expenditure line is funded from a stream that does not exist in the year",
            "bcf-2024-27 1.3 and 1.6; norfolk-2023-25 F1, F11 (as R-POOL-3)", "org.openbcf.core.expenditure.ExpenditurePlan"),
    /** A year-end line flagged No (actual equals plan) has no entered actual other than its plan. */
    R_IE_10("R-IE-10", Severity.WARNING, 2022, null,
            "a year-end line flagged No (actual equals plan) has an entered actual that differs from the plan",
            "norfolk-2023-25 IE5 (L2316-2318, R5)", "org.openbcf.core.ledger.YearEndStatement"),
    /** A year-end line flagged Yes (actual differs from plan) has its actual entered. */
    R_IE_11("R-IE-11", Severity.ERROR, 2022, null, "a year-end line flagged Yes (actual differs from plan) has no actual entered",
            "norfolk-2023-25 IE4 (L2100-2102)", "org.openbcf.core.ledger.YearEndStatement"),
    /** A year-end line flagged Yes has an actual that differs from its plan. */
    R_IE_12("R-IE-12", Severity.WARNING, 2022, null, "a year-end line flagged Yes has an actual equal to its plan",
            "norfolk-2023-25 IE1, IE4 (L2095, L2100-2102; openbcf's reading)", "org.openbcf.core.ledger.YearEndStatement"),
    /** A year-end line flagged Yes has a comment. */
    R_IE_13("R-IE-13", Severity.WARNING, 2022, null, "a year-end line flagged Yes has no comment",
            "norfolk-2023-25 IE4 (L2100-2102)", "org.openbcf.core.ledger.YearEndStatement"),
    /** Year-end income by stream equals the pooled fund's contributions of that stream. */
    R_IE_14("R-IE-14", Severity.WARNING, 2022, null,
            "year-end planned or actual income from a stream differs from the pooled fund's contributions",
            "norfolk-2023-25 F14, G3 (L2276-2304)", "org.openbcf.core.ledger.YearEndStatement"),
    /** 2025-26: ASC spend from the NHS minimum is at least 3.9% above the 2024-25 baseline. */
    R_25_1("R-25-1", Severity.ERROR, 2025, 2025,
            "adult social care spend from the NHS minimum is below the 2024-25 baseline x 1.039",
            "bcf-2024-27 1.7 R-25-1", "org.openbcf.core.year.SocialCareFloor"),
    /** 2017/18 onwards: iBCF is spent on the grant's purposes only. */
    R_IBCF_1("R-IBCF-1", Severity.ERROR, 2017, 2024, "an iBCF line has no grant purpose, or a purpose outside the three",
            "norfolk-2017-2019-progress FR-05 (F002:L143-146)", "org.openbcf.core.year.IbcfPlan"),
    /** A stated iBCF total equals the sum of its year allocations. */
    R_IBCF_2("R-IBCF-2", Severity.WARNING, 2017, 2024, "a stated iBCF total differs from the sum of its allocations",
            "norfolk-2017-2019-progress GC-06 (F002:L142, L148)", "org.openbcf.core.year.IbcfPlan"),
    /** In two-tier areas DFG is passed to the district councils in full. */
    R_DFG_1("R-DFG-1", Severity.ERROR, 2017, null,
            "a two-tier area passes less than its DFG to the district councils without their agreement",
            "norfolk-2017-2019-progress FR-11 (F002:L93); bcf-2024-27 1.7 R-25-4", "org.openbcf.core.year.DfgPassThrough"),
    /** The Discharge Fund return's change flag matches its figures. */
    R_DF_1("R-DF-1", Severity.WARNING, 2022, 2024, "\"changed planned spending?\" disagrees with planned and actual",
            "norfolk-2023-25 DF6", "org.openbcf.core.discharge.DischargeFundReturn"),
    /** Actual by LA plus actual by ICB equals the actual total. */
    R_DF_2("R-DF-2", Severity.ERROR, 2022, 2024, "actual by LA plus actual by ICB differs from the actual total",
            "norfolk-2023-25 DF4", "org.openbcf.core.discharge.DischargeFundReturn"),
    /** The scheme rows add up to the stated totals. */
    R_DF_3("R-DF-3", Severity.WARNING, 2022, 2024, "the Discharge Fund scheme rows do not add up to the stated totals",
            "norfolk-2023-25 G5", "org.openbcf.core.discharge.DischargeFundReturn"),
    /** Impact is reported in the scheme type's unit. */
    R_DF_4("R-DF-4", Severity.WARNING, 2022, 2024, "impact is not reported in the unit the guidance gives the scheme type",
            "norfolk-2023-25 DF2", "org.openbcf.core.discharge.DischargeFundReturn"),
    /** A scheme's priced lines add up to its stated total. */
    R_SCH_1("R-SCH-1", Severity.WARNING, 2016, null, "a scheme's priced investment lines differ from its stated total",
            "norfolk-2016-schemes-and-risks 1.2", "org.openbcf.core.scheme.Scheme"),
    /** Every investment line has a figure. */
    R_SCH_2("R-SCH-2", Severity.WARNING, 2016, null, "an investment line has no figure (\"?\", TBC)",
            "norfolk-2016-schemes-and-risks 1.2", "org.openbcf.core.scheme.Scheme"),
    /** An area's schemes add up to its total. */
    R_SCH_3("R-SCH-3", Severity.WARNING, 2016, null, "an area's schemes differ from the area total",
            "norfolk-2016-schemes-and-risks 1.2", "org.openbcf.core.scheme.SchemeRegister"),
    /** A scheme names only risks in the register. */
    R_SCH_4("R-SCH-4", Severity.WARNING, 2016, null, "a scheme names a risk that is not in the register",
            "norfolk-2016-schemes-and-risks (risk rows)", "org.openbcf.core.scheme.SchemeRisks"),
    /** A risk's scheme reference agrees with the scheme that lists it. */
    R_SCH_5("R-SCH-5", Severity.WARNING, 2016, null, "a risk's scheme reference disagrees with the scheme that lists it",
            "norfolk-2016-schemes-and-risks (risk rows)", "org.openbcf.core.scheme.SchemeRisks"),
    /** Every risk in the register is listed by a scheme. */
    R_SCH_6("R-SCH-6", Severity.INFO, 2016, null, "a risk in the register is listed by no scheme",
            "norfolk-2016-schemes-and-risks (risk rows)", "org.openbcf.core.scheme.SchemeRisks"),
    /** A stated percentage equals the recomputed one. */
    R_PRI_1("R-PRI-1", Severity.WARNING, 2015, null, "a stated percentage differs from the recomputed one (half-up)",
            "norfolk-2023-25 F12 (priority table)", "org.openbcf.core.scheme.PriorityTable"),
    /** A table adds up to the figure it breaks down. */
    R_PRI_2("R-PRI-2", Severity.WARNING, 2015, null, "a breakdown table does not add up to the figure it breaks down",
            "norfolk-2023-25 F12 (priority table)", "org.openbcf.core.scheme.PriorityTable"),
    /** Discharged on the ready date plus delayed in every band equals the month's discharges. */
    R_DRD_1("R-DRD-1", Severity.ERROR, 2024, null,
            "discharged on the ready date plus delayed discharges differ from the discharges (no measures computed)",
            "bcf-2024-27 1.2 (discharge ready date metric; NHS England discharge delays statistics)",
            "org.openbcf.metrics.discharge.DischargeDelays"),
    /** Bed days lost lie within what the delay bands imply. */
    R_DRD_2("R-DRD-2", Severity.WARNING, 2024, null, "bed days lost lie outside what the delay bands imply",
            "bcf-2024-27 1.2 (discharge ready date metric; NHS England discharge delays statistics)",
            "org.openbcf.metrics.discharge.DischargeDelays"),
    /** A period has discharges to measure. */
    R_DRD_3("R-DRD-3", Severity.ERROR, 2024, null, "a period has no discharges, so it has no delay measures",
            "bcf-2024-27 1.2 (discharge ready date metric)", "org.openbcf.metrics.discharge.DischargeDelays"),
    /** A dataset's required item is empty: one finding per item, so an incomplete dataset reads as a checklist. */
    R_DS_1("R-DS-1", Severity.WARNING, 2015, null,
            "a dataset is incomplete: a required field or cell is empty",
            "norfolk-2016-quarterly-return-and-plan R-CK-3 (the template's checklist of required items, L1241-1601); "
                    + "bcf-2024-27 §2 (the quarterly templates' checklist sheet)",
            "org.openbcf.examples.dataset.DatasetReader");

    /** The last start year of a span that still applies ("onwards"). */
    private static final int ONWARDS = Integer.MAX_VALUE;

    private final String id;
    private final Severity severity;
    /** The years as spans of start years, first and last of each in turn, in order; {@link #ONWARDS} for no end. */
    private final int[] spans;
    private final String statement;
    private final String source;
    private final String implementedBy;

    Rule(String id, Severity severity, int firstStartYear, Integer lastStartYear, String statement, String source,
         String implementedBy) {
        this(id, severity, new int[] {firstStartYear, lastStartYear == null ? ONWARDS : lastStartYear}, statement,
                source, implementedBy);
    }

    /** A rule whose years have gaps, e.g. {@code {2017, 2019, 2021, 2024}}: 2017/18 to 2019/20 and 2021/22 to 2024/25. */
    Rule(String id, Severity severity, int[] spans, String statement, String source, String implementedBy) {
        this.id = id;
        this.severity = severity;
        this.spans = spans.clone();
        this.statement = statement;
        this.source = source;
        this.implementedBy = implementedBy;
    }

    /**
     * The rule with an id, e.g. {@code R-IE-4}.
     *
     * @param id the id, not null
     * @return the rule, never null
     * @throws IllegalArgumentException when no rule has the id
     */
    public static Rule ofId(String id) {
        Checks.notNull(id, "rule id");
        return find(id).orElseThrow(() -> new IllegalArgumentException("rule id '" + id
                + "' is not in the rule catalogue (RULES.md lists every rule)"));
    }

    /**
     * The rule with an id, if any.
     *
     * @param id the id, e.g. {@code R-PC-2}, not null
     * @return the rule, or empty
     */
    public static Optional<Rule> find(String id) {
        Checks.notNull(id, "rule id");
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    /**
     * The id as the spec and reports write it, e.g. {@code R-P4P-14}.
     *
     * @return the id, never null
     */
    public String id() {
        return id;
    }

    /**
     * The severity a breach has, e.g. {@link Severity#ERROR} for {@code R-P4P-14}.
     *
     * @return the severity, never null
     */
    public Severity severity() {
        return severity;
    }

    /**
     * The first BCF year the rule applies to, e.g. 2025/26 for {@code R-25-1}.
     *
     * @return the year, never null
     */
    public FinancialYear firstYear() {
        return FinancialYear.of(spans[0]);
    }

    /**
     * The last BCF year the rule applies to, when it has one, e.g. 2024/25 for {@code R-PC-2}.
     *
     * @return the year, or empty when the rule still applies
     */
    public Optional<FinancialYear> lastYear() {
        int last = spans[spans.length - 1];
        return last == ONWARDS ? Optional.empty() : Optional.of(FinancialYear.of(last));
    }

    /**
     * Whether the rule applies in a year: {@code R-PC-2} applies in 2017/18 to 2019/20 and 2021/22 to
     * 2024/25, not in 2020/21 (no national conditions in openbcf's sources) nor 2025/26 ({@code R-25-1}).
     *
     * @param year the year, not null
     * @return true when the year is in one of the rule's spans of years
     */
    public boolean appliesIn(FinancialYear year) {
        Checks.notNull(year, "year");
        for (int i = 0; i < spans.length; i += 2) {
            if (year.startYear() >= spans[i] && year.startYear() <= spans[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The years as text, e.g. {@code 2015/16 to 2016/17}, {@code 2022/23 onwards} or, with gaps,
     * {@code 2017/18 to 2019/20, 2021/22 to 2024/25}.
     *
     * @return the text, never null
     */
    public String years() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < spans.length; i += 2) {
            if (i > 0) {
                text.append(", ");
            }
            FinancialYear first = FinancialYear.of(spans[i]);
            text.append(first);
            if (spans[i + 1] == ONWARDS) {
                text.append(" onwards");
            } else if (spans[i + 1] != spans[i]) {
                text.append(" to ").append(FinancialYear.of(spans[i + 1]));
            }
        }
        return text.toString();
    }

    /**
     * The rule in one line, e.g. "a comment is longer than 750 characters".
     *
     * @return the statement, never null
     */
    public String statement() {
        return statement;
    }

    /**
     * Where the rule comes from: spec file and item, e.g. {@code norfolk-2023-25 DF4}.
     *
     * @return the source, never null
     */
    public String source() {
        return source;
    }

    /**
     * The fully qualified name of the class that checks the rule, e.g.
     * {@code org.openbcf.core.ledger.QuarterlyLedger}.
     *
     * @return the class name, never null
     */
    public String implementedBy() {
        return implementedBy;
    }

    /**
     * The id, e.g. {@code R-IE-4}; {@link #ofId(String)} accepts it.
     *
     * @return the id, never null
     */
    @Override
    public String toString() {
        return id;
    }
}
