package org.openbcf.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.money.MonetaryAmount;

import org.openbcf.core.compliance.MandatoryStreams;
import org.openbcf.core.condition.ConditionAnswer;
import org.openbcf.core.condition.ConditionResponse;
import org.openbcf.core.condition.ConditionSet;
import org.openbcf.core.condition.NationalCondition;
import org.openbcf.core.discharge.DischargeFundReturn;
import org.openbcf.core.expenditure.AdultSocialCareFloor;
import org.openbcf.core.expenditure.ExpenditurePlan;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.fund.Partner;
import org.openbcf.core.fund.PooledFund;
import org.openbcf.core.fund.SpendingCategory;
import org.openbcf.core.fund.SpendingPlan;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.ledger.LedgerFlow;
import org.openbcf.core.ledger.LedgerMeasure;
import org.openbcf.core.ledger.PoolReconciliation;
import org.openbcf.core.ledger.QuarterlyAmounts;
import org.openbcf.core.ledger.QuarterlyLedger;
import org.openbcf.core.ledger.YearEndLine;
import org.openbcf.core.ledger.YearEndStatement;
import org.openbcf.core.p4p.PaymentForPerformance;
import org.openbcf.core.p4p.PerformanceResult;
import org.openbcf.core.p4p.QuarterPayment;
import org.openbcf.core.risk.RiskBand;
import org.openbcf.core.risk.RiskRegister;
import org.openbcf.core.time.FinancialQuarter;
import org.openbcf.core.year.BcfYear;
import org.openbcf.core.year.IbcfPurpose;
import org.openbcf.core.year.MandatorySpend;
import org.openbcf.core.year.YearValue;
import org.openbcf.metrics.target.Assessment;
import org.openbcf.metrics.target.Target;

/**
 * The review of one dataset with the rules of its year: each present part in a section of figures,
 * and every finding. Figures come from the library's values (pool totals, derived minimums,
 * assessments); findings from the library's checks, each with its rule. This class only calls them:
 * it computes nothing itself, and the command line and the demo only format it.
 *
 * <p>A rule the review cannot check because its national figure is not in openbcf's sources and the
 * dataset does not supply it is an {@link Severity#INFO} finding saying so; it does not fail the
 * review. A figure the dataset supplies instead (an uplift, the out-of-hospital minimum, a metric's
 * definition, the conditions' wording, a national total: {@link Board} and {@link SuppliedYearValues}) is
 * listed in the board section as from the board, not from the national rules; the conditions are
 * checked with the board's wording and its rule for a No where the sources give neither.
 *
 * <p>An incomplete dataset's checklist ({@link Dataset#checklist()}) is the first section. Each finding
 * names where the board can act, as the dataset recorded it ({@link Dataset#locations()}: e.g.
 * {@code income-and-expenditure.csv row 8, column comment} rather than {@code yearEnd.lines[7].comment}),
 * and states its amounts once: an amount its message already states is not repeated after it. A
 * finding about a value the checklist asks for (an empty {@code section_75} is not "not pooled under
 * section 75") is left to the checklist. This class is immutable.
 *
 * @since 0.1.0
 */
public final class DatasetReview {

    private final Dataset dataset;
    private final List<Section> sections;
    private final Findings findings;
    private final List<SchemeTypeSpend> spendBySchemeType;
    private final List<Minimum> minimums;

    private DatasetReview(Dataset dataset, List<Section> sections, Findings findings, List<SchemeTypeSpend> spendBySchemeType,
                          List<Minimum> minimums) {
        this.dataset = dataset;
        this.sections = List.copyOf(sections);
        this.findings = findings;
        this.spendBySchemeType = List.copyOf(spendBySchemeType);
        this.minimums = List.copyOf(minimums);
    }

    /**
     * Reviews a dataset: {@code DatasetReview.of(DatasetReader.read(Path.of("lewisham")))}.
     *
     * @param dataset the dataset, not null
     * @return the review, never null
     */
    public static DatasetReview of(Dataset dataset) {
        Checks.notNull(dataset, "dataset");
        return new Builder(dataset).build();
    }

    /**
     * The dataset reviewed.
     *
     * @return the dataset, never null
     */
    public Dataset dataset() {
        return dataset;
    }

    /**
     * The sections, in the order a reader of the return meets them.
     *
     * @return the sections, never null
     */
    public List<Section> sections() {
        return sections;
    }

    /**
     * Every finding, in section order.
     *
     * @return the findings, never null
     */
    public Findings findings() {
        return findings;
    }

    /**
     * The expenditure plan by scheme type ({@link ExpenditurePlan#totalBySchemeType()}: one type whatever its
     * case, in alphabetical order), each with its share of the plan's total; empty when the dataset has no
     * scheme-level expenditure plan. Lewisham 2025/26 (illustrative): Carers Services £1,500,000.00, 3.3% of
     * £45,650,000.00.
     *
     * @return the types in the plan's order of {@link ExpenditurePlan#totalBySchemeType()}, never null
     */
    public List<SchemeTypeSpend> spendBySchemeType() {
        return spendBySchemeType;
    }

    /**
     * The figures derived from the expenditure plan (or stated in {@code board.csv}) against the floors of
     * the year's rules, from the checks of the "Expenditure plan and derived minimums" section: the adult
     * social care spend from the NHS minimum against its floor (R-25-1 in 2025/26, R-PC-2 in the other years
     * of condition 2), the NHS-commissioned out-of-hospital spend against its minimum (R-PC-3), and each
     * spend the year requires the NHS minimum to fund (R-EXP-3: more than £0). Each is met, not met (with
     * the shortfall as a negative difference), not checked (with the note that says what is missing) or not
     * a condition of the year. Empty when the review has no such section (no plan and no stated figure).
     *
     * @return the minimums, adult social care first, never null
     */
    public List<Minimum> minimums() {
        return minimums;
    }

    /**
     * Whether the review passes: no finding is a warning or an error (information notes do not count).
     *
     * @return true when it passes
     */
    public boolean passes() {
        return findings.stream().noneMatch(f -> f.severity() != Severity.INFO);
    }

    /**
     * The one-row summary of the board, for reviewing many boards at once.
     *
     * @return the summary, never null
     */
    public Summary summary() {
        Optional<ExpenditurePlan> plan = dataset.expenditure();
        return new Summary(dataset.board().name(), dataset.board().year(), dataset.plannedFund().map(PooledFund::total),
                plan.map(ExpenditurePlan::adultSocialCareFromNhsMinimum).or(() -> dataset.board().statedSocialCare()),
                plan.map(ExpenditurePlan::nhsCommissionedOutOfHospital).or(() -> dataset.board().statedOutOfHospital()),
                findings.ofSeverity(Severity.ERROR).size(), findings.ofSeverity(Severity.WARNING).size(),
                findings.ofSeverity(Severity.INFO).size());
    }

    /**
     * One figure of a section: a label and a value, e.g. {@code minimum sub-total} and £121,808,441.00.
     *
     * @param item  the label, not blank
     * @param value the value: a {@link MonetaryAmount}, a number, or text; not null
     */
    public record Line(String item, Object value) {

        /**
         * Checks the components.
         *
         * @param item  the label
         * @param value the value
         */
        public Line {
            Checks.notBlank(item, "item");
            Checks.notNull(value, "value");
        }
    }

    /**
     * A section of the review: a title, its figures and the findings of its rules.
     *
     * @param title    the title, e.g. {@code Pooled fund (plan)}
     * @param lines    the figures in order
     * @param findings the findings of this section's rules
     */
    public record Section(String title, List<Line> lines, Findings findings) {

        /**
         * Checks and copies the components.
         *
         * @param title    the title
         * @param lines    the figures
         * @param findings the findings
         */
        public Section {
            Checks.notBlank(title, "title");
            lines = List.copyOf(Checks.notNull(lines, "lines"));
            Checks.notNull(findings, "findings");
        }
    }

    /**
     * One scheme type's planned spend, from every source of funding.
     *
     * @param schemeType    the scheme type as the plan writes it (the spelling most of its lines use), not blank
     * @param amount        the planned spend, not null
     * @param percentOfPlan its share of the plan's total in percent, to one decimal place (half up); empty
     *                      when the plan's total is £0
     */
    public record SchemeTypeSpend(String schemeType, MonetaryAmount amount, Optional<BigDecimal> percentOfPlan) {

        /**
         * Checks the components.
         *
         * @param schemeType    the scheme type
         * @param amount        the planned spend
         * @param percentOfPlan the share of the plan
         */
        public SchemeTypeSpend {
            Checks.notBlank(schemeType, "schemeType");
            Checks.notNull(amount, "amount");
            Checks.notNull(percentOfPlan, "percentOfPlan");
        }
    }

    /** Whether a derived figure meets its floor, as its rule's check found. */
    public enum Status {
        /** The figure is at least its floor: the rule's check gave no finding. */
        MET("met"),
        /** The figure is below its floor: the rule's check gave an error or a warning. */
        NOT_MET("not met"),
        /** A figure the check needs is missing (e.g. no baseline): an information note says which. */
        NOT_CHECKED("not checked"),
        /** No rule of the year sets a floor on the figure. */
        NOT_A_CONDITION("not a condition");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /**
         * The word a report writes, e.g. {@code not met}.
         *
         * @return the word, never null
         */
        public String label() {
            return label;
        }
    }

    /**
     * A derived figure against its floor: e.g. adult social care from the NHS minimum £10,500,000.00 against
     * the 2025/26 floor £10,390,000.00 (R-25-1), met, difference £110,000.00.
     *
     * @param name       what the figure is, e.g. {@code Adult social care from the NHS minimum}
     * @param rule       the year's rule that sets the floor; empty when none does
     * @param amount     the figure (derived from the plan, else as stated); empty when neither is given
     * @param floor      the floor; empty when it cannot be known (no baseline, no minimum supplied)
     * @param status     met, not met, not checked or not a condition
     * @param difference the figure less the floor (negative: the shortfall the check reports); empty unless
     *                   met or not met
     * @param note       what the check said (the finding's message), or what the floor means; may be empty
     */
    public record Minimum(String name, Optional<Rule> rule, Optional<MonetaryAmount> amount, Optional<MonetaryAmount> floor,
                          Status status, Optional<MonetaryAmount> difference, String note) {

        /**
         * Checks the components.
         *
         * @param name       what the figure is
         * @param rule       the rule
         * @param amount     the figure
         * @param floor      the floor
         * @param status     the status
         * @param difference the figure less the floor
         * @param note       the note
         */
        public Minimum {
            Checks.notBlank(name, "name");
            Checks.notNull(rule, "rule");
            Checks.notNull(amount, "amount");
            Checks.notNull(floor, "floor");
            Checks.notNull(status, "status");
            Checks.notNull(difference, "difference");
            Checks.notNull(note, "note");
        }
    }

    /**
     * One board's review in one row.
     *
     * @param board         the board
     * @param year          the year
     * @param pool          the planned pooled fund (every contribution), when contributions were given
     * @param socialCare    adult social care spend from the NHS minimum (derived, else as stated)
     * @param outOfHospital NHS-commissioned out-of-hospital spend (derived, else as stated)
     * @param errors        the number of errors
     * @param warnings      the number of warnings
     * @param infos         the number of information notes
     */
    public record Summary(String board, BcfYear year, Optional<MonetaryAmount> pool, Optional<MonetaryAmount> socialCare,
                          Optional<MonetaryAmount> outOfHospital, int errors, int warnings, int infos) {
    }

    /** Builds the sections of one review, collecting the findings as it goes. */
    private static final class Builder {
        /** The templates' date format (DD/MM/YYYY, norfolk-2016 R-IN-3), as the findings print dates. */
        private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
        private final Dataset dataset;
        private final BcfYear year;
        private final List<Section> sections = new ArrayList<>();
        private final List<Finding> all = new ArrayList<>();
        private final List<SchemeTypeSpend> schemeTypes = new ArrayList<>();
        private final List<Minimum> minimums = new ArrayList<>();

        Builder(Dataset dataset) {
            this.dataset = dataset;
            this.year = dataset.board().year();
        }

        DatasetReview build() {
            board();
            if (!dataset.checklist().isEmpty()) {
                section("Checklist", List.of(new Line("items to fill in", (long) dataset.checklist().size())),
                        Findings.of(dataset.checklist()));
            }
            dataset.plannedFund().ifPresent(f -> pool("Pooled fund (plan)", f, true));
            dataset.actualFund().ifPresent(f -> pool("Pooled fund (actual)", f, false));
            expenditure();
            dataset.spending().ifPresent(this::spending);
            dataset.ledger().ifPresent(this::ledger);
            dataset.yearEnd().ifPresent(this::yearEnd);
            dataset.conditions().ifPresent(this::conditions);
            dataset.metrics().ifPresent(this::metrics);
            dataset.risks().ifPresent(this::risks);
            dataset.p4p().ifPresent(this::p4p);
            dataset.dischargeFund().ifPresent(this::dischargeFund);
            return new DatasetReview(dataset, sections, Findings.of(all), schemeTypes, minimums);
        }

        private void section(String title, List<Line> lines, Findings findings) {
            section(title, lines, findings, "");
        }

        /** A section whose findings are located with the dataset's places; {@code context} tells the actual fund's apart. */
        private void section(String title, List<Line> lines, Findings findings, String context) {
            // a finding about a value the checklist already asks for (R-PC-5 of an empty section_75) is not repeated
            java.util.Set<String> asked = new java.util.HashSet<>();
            dataset.checklist().forEach(f -> asked.add(f.where()));
            Findings located = Findings.of(findings.stream().map(f -> locate(f, context))
                    .filter(f -> f.rule() == Rule.R_DS_1 || !asked.contains(f.where())).toList());
            sections.add(new Section(title, lines, located));
            all.addAll(located.list());
        }

        private Finding locate(Finding finding, String context) {
            // every amount and figure is kept for CSV, JSON, HTML and xlsx; the text states each once (Finding.toString)
            return FindingPlaces.locate(finding, dataset.locations(), context);
        }

        private void board() {
            Board b = dataset.board();
            List<Line> lines = new ArrayList<>();
            lines.add(new Line("board", b.name()));
            lines.add(new Line("year", b.year().toString()));
            lines.add(new Line("framework", year.framework().value().orElse("not in openbcf's sources")));
            lines.add(new Line("section 75", b.section75() ? "yes" : "no"));
            lines.add(new Line("format version", b.formatVersion()));
            lines.add(new Line("dataset", dataset.source()));
            for (String note : dataset.notes()) {
                lines.add(new Line("read", note));
            }
            String fromBoard = " (from the board: not in the national rules)";
            b.socialCareFloorUplift().ifPresent(v -> lines.add(new Line("adult social care uplift" + fromBoard, v)));
            b.nhsMinimumUplift().ifPresent(v -> lines.add(new Line("NHS minimum uplift" + fromBoard, v)));
            b.nhsMinimumMustFund().ifPresent(v -> lines.add(new Line("the NHS minimum must fund" + fromBoard,
                    v.isEmpty() ? "none" : String.join(", ", v.stream().sorted().map(MandatorySpend::label).toList()))));
            b.outOfHospitalMinimum().ifPresent(v -> lines.add(new Line("out-of-hospital minimum" + fromBoard, v)));
            b.conditionAnswers().ifPresent(v -> lines.add(new Line("answers the conditions allow" + fromBoard,
                    String.join(", ", v.stream().sorted().map(ConditionAnswer::toString).toList()))));
            b.metricDefinitions().values().forEach(m -> lines.add(new Line("metric " + m.id() + fromBoard,
                    m.unit() + ", " + m.direction().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))));
            SuppliedYearValues s = b.supplied();
            s.conditions().ifPresent(v -> v.forEach(c -> lines.add(new Line("national condition " + c.id() + fromBoard,
                    c.question()))));
            s.whatNoRequires().ifPresent(v -> lines.add(new Line("a No to a national condition requires" + fromBoard, v)));
            s.ibcfPurposes().ifPresent(v -> lines.add(new Line("iBCF purposes" + fromBoard, v.isEmpty() ? "none"
                    : String.join("; ", v.stream().sorted().map(IbcfPurpose::label).toList()))));
            s.dfgPassedToDistricts().ifPresent(v -> lines.add(new Line("DFG passed to district councils in full" + fromBoard,
                    v ? "yes" : "no")));
            s.reporting().ifPresent(v -> v.forEach(item -> lines.add(new Line("reporting" + fromBoard, item.toString()))));
            s.signOffs().ifPresent(v -> v.forEach(who -> lines.add(new Line("sign-off" + fromBoard, who))));
            s.nationalTotals().forEach((stream, total) -> lines.add(new Line("national total of " + stream.label()
                    + fromBoard, total)));
            s.nationalMinimumFund().ifPresent(v -> lines.add(new Line("national total of the mandatory fund" + fromBoard, v)));
            section("Board", lines, Findings.none());
        }

        private void pool(String title, PooledFund fund, boolean plan) {
            List<Line> lines = new ArrayList<>();
            for (Map.Entry<Partner, MonetaryAmount> e : fund.totalByPartner().entrySet()) {
                lines.add(new Line("partner " + e.getKey(), e.getValue()));
            }
            for (Map.Entry<FundingStream, MonetaryAmount> e : fund.totalByStream().entrySet()) {
                lines.add(new Line("stream " + e.getKey().label(), e.getValue()));
            }
            lines.add(new Line("minimum sub-total", fund.minimumSubTotal()));
            lines.add(new Line("additional sub-total", fund.additionalSubTotal()));
            if (!fund.dischargeFundTotal().isZero()) {
                lines.add(new Line("total BCF pooled fund", fund.bcfTotal()));
                lines.add(new Line("ASC Discharge Fund", fund.dischargeFundTotal()));
            }
            lines.add(new Line("total", fund.total()));
            Findings findings = fund.check();
            if (plan) {
                findings = findings.and(MandatoryStreams.check(fund));
                Optional<MonetaryAmount> stated = dataset.board().statedPool();
                if (stated.isPresent()) {
                    lines.add(new Line("stated pooled fund", stated.get()));
                    findings = findings.and(fund.checkStatedTotal(stated.get()));
                }
            }
            section(title, lines, findings, plan ? "" : "actual:");
        }

        private void expenditure() {
            Board b = dataset.board();
            Optional<ExpenditurePlan> plan = dataset.expenditure();
            Optional<MonetaryAmount> socialCare = plan.map(ExpenditurePlan::adultSocialCareFromNhsMinimum).or(b::statedSocialCare);
            Optional<MonetaryAmount> outOfHospital = plan.map(ExpenditurePlan::nhsCommissionedOutOfHospital)
                    .or(b::statedOutOfHospital);
            if (plan.isEmpty() && socialCare.isEmpty() && outOfHospital.isEmpty()) {
                return;
            }
            List<Line> lines = new ArrayList<>();
            Findings findings = Findings.none();
            YearValue<java.util.Set<MandatorySpend>> mustFund = b.nhsMinimumMustFund()
                    .map(year.nhsMinimumMustFund()::supply).orElse(year.nhsMinimumMustFund());
            if (plan.isPresent()) {
                ExpenditurePlan p = plan.get();
                lines.add(new Line("scheme lines", (long) p.lines().size()));
                for (Map.Entry<FundingStream, MonetaryAmount> e : p.totalBySource().entrySet()) {
                    lines.add(new Line("spend from " + e.getKey().label(), e.getValue()));
                }
                p.totalByArea().forEach((area, amount) -> lines.add(new Line("spend on " + area.label(), amount)));
                lines.add(new Line("total planned spend", p.total()));
                lines.add(new Line("adult social care from the NHS minimum (derived)", p.adultSocialCareFromNhsMinimum()));
                lines.add(new Line("NHS-commissioned out-of-hospital (derived)", p.nhsCommissionedOutOfHospital()));
                lines.add(new Line("reablement from the NHS minimum (derived)", p.reablementFromNhsMinimum()));
                lines.add(new Line("carers from the NHS minimum (derived)", p.carersFromNhsMinimum()));
                if (dataset.plannedFund().isPresent()) {
                    findings = findings.and(p.check(dataset.plannedFund().get()));
                }
                findings = findings.and(p.checkStated(b.statedSocialCare(), b.statedOutOfHospital()))
                        .and(p.checkMandatorySpend(mustFund));
            } else {
                socialCare.ifPresent(v -> lines.add(new Line("adult social care from the NHS minimum (stated)", v)));
                outOfHospital.ifPresent(v -> lines.add(new Line("NHS-commissioned out-of-hospital (stated)", v)));
            }
            b.socialCareBaseline().ifPresent(v -> lines.add(new Line("adult social care baseline (last year)", v)));
            YearValue<java.math.BigDecimal> uplift = b.socialCareFloorUplift().map(year.socialCareFloor()::supply)
                    .orElse(year.socialCareFloor());
            AdultSocialCareFloor.required(b.socialCareBaseline(), uplift)
                    .ifPresent(v -> lines.add(new Line("adult social care floor (baseline + the year's uplift"
                            + (uplift.isSourced() ? "" : " from the board") + ")", v)));
            b.outOfHospitalMinimum().ifPresent(v -> lines.add(new Line("out-of-hospital minimum (from the board)", v)));
            if (socialCare.isPresent()) {
                findings = findings.and(AdultSocialCareFloor.check(year, b.socialCareBaseline(), socialCare.get(), uplift));
            }
            if (outOfHospital.isPresent()) {
                findings = findings.and(AdultSocialCareFloor.checkOutOfHospital(year, b.outOfHospitalMinimum(),
                        outOfHospital.get()));
            }
            section("Expenditure plan and derived minimums", lines, findings);
            Findings checked = findings;
            plan.ifPresent(this::schemeTypes);
            minimum("Adult social care from the NHS minimum", List.of(Rule.R_25_1, Rule.R_PC_2), socialCare,
                    AdultSocialCareFloor.required(b.socialCareBaseline(), uplift), checked);
            minimum("NHS-commissioned out-of-hospital spend", List.of(Rule.R_PC_3), outOfHospital, b.outOfHospitalMinimum(),
                    checked);
            plan.ifPresent(p -> mandatorySpend(p, mustFund, checked));
        }

        private void schemeTypes(ExpenditurePlan plan) {
            MonetaryAmount total = plan.total();
            plan.totalBySchemeType().forEach((type, amount) -> schemeTypes.add(new SchemeTypeSpend(type, amount,
                    total.isZero() ? Optional.empty() : Optional.of(Gbp.percentOf(amount, total, 1, RoundingMode.HALF_UP)))));
        }

        /**
         * A derived figure against its floor as the section's findings of the year's rule say: a warning or an
         * error is "not met" (its shortfall the difference), an information note "not checked", none with a
         * figure and a floor "met".
         */
        private void minimum(String name, List<Rule> rules, Optional<MonetaryAmount> amount, Optional<MonetaryAmount> floor,
                             Findings findings) {
            Optional<Rule> rule = rules.stream().filter(r -> r.appliesIn(year.year())).findFirst();
            if (rule.isEmpty()) {
                minimums.add(new Minimum(name, rule, amount, floor, Status.NOT_A_CONDITION, Optional.empty(),
                        "no rule sets a floor on this figure in " + year));
                return;
            }
            Findings found = findings.ofRule(rule.get());
            Optional<Finding> breach = found.stream().filter(f -> f.severity() != Severity.INFO).findFirst();
            if (breach.isPresent()) {
                Finding f = breach.get();
                Optional<MonetaryAmount> shortfall = Optional.ofNullable(f.amounts().get("shortfall"));
                minimums.add(new Minimum(name, rule, amount, floor, Status.NOT_MET, shortfall.map(Gbp::negate), f.message()));
            } else if (!found.isEmpty()) {
                minimums.add(new Minimum(name, rule, amount, floor, Status.NOT_CHECKED, Optional.empty(),
                        found.list().get(0).message()));
            } else if (amount.isPresent() && floor.isPresent()) {
                minimums.add(new Minimum(name, rule, amount, floor, Status.MET,
                        Optional.of(Gbp.minus(amount.get(), floor.get())), ""));
            } else {
                minimums.add(new Minimum(name, rule, amount, floor, Status.NOT_CHECKED, Optional.empty(),
                        amount.isEmpty() ? "not checked: the dataset neither plans nor states this figure" : "not checked"));
            }
        }

        /**
         * Each spend the year requires the NHS minimum to fund (R-EXP-3), against a floor of £0: met when the plan
         * has some, not met when the check found none; one "not checked" row when the caller must supply the
         * requirement.
         */
        private void mandatorySpend(ExpenditurePlan plan, YearValue<java.util.Set<MandatorySpend>> mustFund, Findings findings) {
            if (!Rule.R_EXP_3.appliesIn(year.year())) {
                return;
            }
            Findings found = findings.ofRule(Rule.R_EXP_3);
            Optional<Rule> rule = Optional.of(Rule.R_EXP_3);
            Optional<Finding> note = found.stream().filter(f -> f.severity() == Severity.INFO).findFirst();
            if (note.isPresent()) {
                minimums.add(new Minimum("Spend the NHS minimum must fund", rule, Optional.empty(), Optional.empty(),
                        Status.NOT_CHECKED, Optional.empty(), note.get().message()));
                return;
            }
            for (MandatorySpend spend : MandatorySpend.values()) {
                if (!mustFund.require().contains(spend)) {
                    continue;
                }
                MonetaryAmount amount = plan.spendFromNhsMinimum(spend);
                Optional<Finding> breach = found.stream().filter(f -> f.where().endsWith("[" + spend.label() + "]")).findFirst();
                String name = spend.label().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + spend.label().substring(1)
                        + " from the NHS minimum";
                MonetaryAmount none = Gbp.zero();
                minimums.add(new Minimum(name, rule, Optional.of(amount), Optional.of(none),
                        breach.isPresent() ? Status.NOT_MET : Status.MET, Optional.of(amount),
                        breach.map(Finding::message).orElse("must be more than " + Gbp.format(none))));
            }
        }

        private void spending(SpendingPlan plan) {
            List<Line> lines = new ArrayList<>();
            for (SpendingCategory category : SpendingCategory.values()) {
                lines.add(new Line(category.label(), plan.amount(category)));
            }
            lines.add(new Line("total", plan.total()));
            section("Spending by category", lines, Findings.none());
        }

        private void ledger(QuarterlyLedger ledger) {
            List<Line> lines = new ArrayList<>();
            for (LedgerFlow flow : LedgerFlow.values()) {
                for (LedgerMeasure measure : LedgerMeasure.values()) {
                    lines.add(new Line(flow.label() + " " + measure.label() + " (" + period(ledger.part(flow).row(measure)) + ")",
                            ledger.part(flow).annualTotal(measure)));
                }
                lines.add(new Line(flow.label() + " pooled fund", ledger.part(flow).pooledFund()));
            }
            Findings findings = dataset.plannedFund().isPresent() && dataset.spending().isPresent()
                    ? PoolReconciliation.check(dataset.plannedFund().get(), dataset.spending().get(), ledger)
                    : ledger.check();
            section("Income and expenditure (quarterly)", lines, findings);
        }

        /** The period a row's total covers: {@code year} with four quarters, {@code Q1-Q3 to date} in a Q3 return. */
        private static String period(QuarterlyAmounts row) {
            if (row.isComplete()) {
                return "year";
            }
            List<Integer> quarters = row.amounts().keySet().stream().map(FinancialQuarter::quarter).sorted().toList();
            if (quarters.isEmpty()) {
                return "no quarter reported";
            }
            if (quarters.get(0) == 1 && quarters.get(quarters.size() - 1) == quarters.size()) {
                return quarters.size() == 1 ? "Q1 to date" : "Q1-Q" + quarters.size() + " to date";
            }
            return String.join(", ", quarters.stream().map(q -> "Q" + q).toList());
        }

        private void yearEnd(YearEndStatement statement) {
            List<Line> lines = new ArrayList<>();
            for (YearEndLine line : statement.lines()) {
                String label = line.name();
                lines.add(new Line(label + " plan", line.plan()));
                lines.add(new Line(label + " actual", line.actual()));
            }
            lines.add(new Line("income planned", statement.plannedIncome()));
            lines.add(new Line("income actual", statement.actualIncome()));
            lines.add(new Line("expenditure planned", statement.plannedExpenditure()));
            lines.add(new Line("expenditure actual" + caveat(statement, LedgerFlow.EXPENDITURE), statement.actualExpenditure()));
            Findings findings = dataset.plannedFund().isPresent() && dataset.actualFund().isPresent()
                    ? statement.check(dataset.plannedFund().get(), dataset.actualFund().get())
                    : statement.check();
            if (dataset.plannedFund().isPresent()
                    && statement.lines().stream().anyMatch(l -> l.flow() == LedgerFlow.EXPENDITURE)) {
                findings = findings.and(PoolReconciliation.checkPlannedExpenditure(dataset.plannedFund().get(),
                        statement.plannedExpenditure(), "yearEnd.expenditure.plan"));
            }
            section("Income and expenditure (year end)", lines, findings);
        }

        /**
         * The caveat beside a total of actuals: each line it includes whose entered actual contradicts its No flag
         * (R-IE-10), e.g. {@code  (includes ASC Discharge Fund £73,032,095.00 flagged No: R-IE-10)} for Norfolk
         * 2022-23 (norfolk-2023-25 R5); empty when there is none.
         */
        private static String caveat(YearEndStatement statement, LedgerFlow flow) {
            List<String> parts = statement.lines().stream()
                    .filter(l -> l.flow() == flow && l.actualContradictingNo().isPresent())
                    .map(l -> (l.label().isEmpty() ? l.stream().map(FundingStream::label).orElse("") : l.label()) + " "
                            + Gbp.format(l.actual()) + " flagged No")
                    .toList();
            return parts.isEmpty() ? "" : " (includes " + String.join(", ", parts) + ": R-IE-10)";
        }

        private void conditions(List<ConditionResponse> responses) {
            List<Line> lines = new ArrayList<>();
            Optional<ConditionSet> set = year.conditionSet();
            SuppliedYearValues values = dataset.board().supplied();
            Optional<List<NationalCondition>> questions = set.map(ConditionSet::questions).or(() -> year.conditions().value())
                    .or(values::conditions);
            if (questions.isEmpty()) {
                responses.forEach(r -> lines.add(new Line("condition " + r.questionId(), r.answer().toString())));
                section("National conditions", lines, Findings.of(Finding.of(Rule.R_NC_6, Severity.INFO, "board.condition",
                        "the " + year + " national conditions are not in openbcf's sources, so the answers are shown but "
                                + "not checked; supply their wording (a dataset's condition.<id>) to check them")));
                return;
            }
            lines.add(new Line("condition set", set.map(ConditionSet::toString).orElse(year + " national conditions"
                    + (year.conditions().isSourced() ? "" : " (wording from the board)"))));
            for (NationalCondition q : questions.get()) {
                String answer = responses.stream().filter(r -> r.questionId().equals(q.id())).findFirst()
                        .map(r -> r.answer() + r.targetDate().map(d -> " by " + DATE.format(d)).orElse("")).orElse("(not answered)");
                String title = q.title().length() > 60 ? q.title().substring(0, 57) + "..." : q.title();
                lines.add(new Line("condition " + q.id() + " " + title, answer));
            }
            Optional<java.util.Set<ConditionAnswer>> supplied = dataset.board().conditionAnswers();
            Findings findings = set.isPresent() ? set.get().check(year.year(), responses)
                    : supplied.isPresent() ? ConditionSet.checkAnswers(questions.get(), responses, supplied.get())
                    : ConditionSet.checkAnswers(questions.get(), responses).and(Findings.of(Finding.of(Rule.R_NC_2,
                    Severity.INFO, "board.condition_answers", "the answers the " + year + " template allows are not in "
                            + "openbcf's sources, so they are not checked; supply them (a dataset's condition_answers) to "
                            + "check them")));
            if (set.isEmpty() && values.whatNoRequires().filter(SuppliedYearValues.NO_NEEDS_COMMENT_AND_DATE::equals).isPresent()) {
                findings = findings.and(ConditionSet.checkTargetDates(questions.get(), responses));
            }
            section("National conditions", lines, findings);
        }

        private void metrics(List<MetricLine> metrics) {
            List<Line> lines = new ArrayList<>();
            for (MetricLine m : metrics) {
                Target target = new Target(m.plan(), m.metric().direction().targetBound());
                String label = m.metric().id() + " " + m.period();
                lines.add(new Line(label + " target", target.toString()));
                if (m.actual().isPresent()) {
                    Assessment assessment = target.assess(m.actual().get());
                    lines.add(new Line(label + " actual", m.actual().get()));
                    lines.add(new Line(label + " variance", assessment.variance()));
                    lines.add(new Line(label + " status", assessment.status().toString()));
                }
                m.numerator().ifPresent(n -> lines.add(new Line(label + " numerator", n)));
                m.denominator().ifPresent(d -> lines.add(new Line(label + " denominator", d)));
                if (!m.note().isEmpty()) {
                    lines.add(new Line(label + " note", m.note()));
                }
            }
            section("Metrics", lines, Findings.none());
        }

        private void risks(RiskRegister register) {
            List<Line> lines = new ArrayList<>();
            lines.add(new Line("matrix", register.matrix().toString()));
            lines.add(new Line("risks", (long) register.scored().size()));
            for (Map.Entry<RiskBand, Integer> e : register.countsByBand().entrySet()) {
                lines.add(new Line("band " + e.getKey(), (long) e.getValue()));
            }
            register.top(3).forEach(r -> lines.add(new Line("top risk " + r.risk().id(), (long) r.score())));
            section("Risks", lines, register.findings());
        }

        private void p4p(org.openbcf.core.p4p.AdmissionsSeries series) {
            PerformanceResult result = PaymentForPerformance.calculate(series, dataset.board().paymentForPerformance().get());
            List<Line> lines = new ArrayList<>();
            lines.add(new Line("target reduction", result.targetReduction()));
            lines.add(new Line("performance pot", result.performancePot()));
            result.ringFencedFunds().ifPresent(r -> lines.add(new Line("ring-fenced funds", r)));
            for (QuarterPayment q : result.quarters()) {
                lines.add(new Line(q.quarter() + " suggested payment", q.suggestedPayment()));
                lines.add(new Line(q.quarter() + " unreleased funds", q.unreleasedFunds()));
            }
            lines.add(new Line("total suggested payments", result.totalSuggestedPayments()));
            section("Payment for performance", lines, result.findings());
        }

        private void dischargeFund(DischargeFundReturn tab) {
            List<Line> lines = new ArrayList<>();
            lines.add(new Line("schemes", (long) tab.schemes().size()));
            lines.add(new Line("planned (stated)", tab.plannedTotal()));
            lines.add(new Line("actual (stated)", tab.actualTotal()));
            lines.add(new Line("planned (rows)", tab.rowsPlanned()));
            lines.add(new Line("actual (rows)", tab.rowsActual()));
            lines.add(new Line("underspend", tab.underspend()));
            tab.underspendPercent(2, RoundingMode.HALF_UP).ifPresent(p -> lines.add(new Line("underspend %", p)));
            section("ASC Discharge Fund", lines, tab.check());
        }
    }
}
