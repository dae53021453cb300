package org.openbcf.examples.demo;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.money.MonetaryAmount;

import org.openbcf.core.compliance.NhsMinimumSplit;
import org.openbcf.core.compliance.OutOfHospitalMinimum;
import org.openbcf.core.compliance.PlanCompliance;
import org.openbcf.core.compliance.SocialCareMaintenance;
import org.openbcf.core.condition.ConditionAnswer;
import org.openbcf.core.condition.ConditionResponse;
import org.openbcf.core.condition.ConditionSet;
import org.openbcf.core.condition.NationalCondition;
import org.openbcf.core.fund.Contribution;
import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.fund.Partner;
import org.openbcf.core.fund.PartnerType;
import org.openbcf.core.fund.PooledFund;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialYear;

/**
 * National conditions (Norfolk's Q3 2015/16 grid and its 2022-23 answers) and the 2022-23 plan
 * compliance checks: mandatory streams pooled, the NHS minimum split, adult social care maintained with
 * the 5.66% uplift, and the out-of-hospital minimum (the last two with hypothetical inputs, as the
 * source gives no figures for them).
 */
public final class ComplianceSection implements DemoSection {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Override
    public String title() {
        return "National conditions and plan compliance";
    }

    @Override
    public void print(PrintWriter out) {
        Map<FinancialYear, List<ConditionResponse>> answers = new java.util.LinkedHashMap<>();
        for (String[] row : SchemeData.rows("national-conditions.tsv")) {
            LocalDate date = row.length > 3 && !row[3].isBlank() ? LocalDate.parse(row[3].strip(), DATE) : null;
            answers.computeIfAbsent(FinancialYear.parse(row[0]), y -> new ArrayList<>())
                    .add(ConditionResponse.of(row[1], ConditionAnswer.parse(row[2]), date, row.length > 4 ? row[4] : null));
        }
        answers.forEach((year, responses) -> printConditions(out, year, responses));
        printPlanCompliance(out);
    }

    private static void printConditions(PrintWriter out, FinancialYear year, List<ConditionResponse> responses) {
        ConditionSet set = ConditionSet.forYear(year);
        out.println(set + ": " + set.conditionCount() + " conditions, " + set.questions().size() + " questions; answers "
                + set.allowedAnswers() + (set.requiresDateForNo() ? "; a No needs a date and a comment" : "; a No needs an explanation"));
        for (NationalCondition q : set.questions()) {
            ConditionResponse r = responses.stream().filter(x -> x.questionId().equals(q.id())).findFirst().orElse(null);
            String question = q.question().length() > 78 ? q.question().substring(0, 75) + "..." : q.question();
            out.printf("  %-5s %-78s %s%s%n", q.id(), question, r == null ? "(not answered)" : r.answer(),
                    r == null ? "" : r.targetDate().map(d -> " " + DATE.format(d)).orElse(""));
        }
        set.check(year, responses).forEach(f -> out.println("  " + f));
        if (set.check(year, responses).isEmpty()) {
            out.println("  no findings");
        }
        out.println();
    }

    private static void printPlanCompliance(PrintWriter out) {
        Map<String, String> in = new HashMap<>();
        SchemeData.rows("compliance-2022-23.tsv").forEach(r -> in.put(r[0], r[1]));
        Partner icb = Partner.of("NHS Norfolk and Waveney ICB", PartnerType.ICB);
        Partner ncc = Partner.of("Norfolk County Council", PartnerType.COUNTY_COUNCIL);
        FinancialYear year = FinancialYear.parse("2022/23");
        PooledFund fund = PooledFund.of("Norfolk", year, true, List.of(
                Contribution.of(ncc, FundingStream.DFG, money(in, "pool.dfg")),
                Contribution.of(ncc, FundingStream.IBCF, money(in, "pool.ibcf")),
                Contribution.of(icb, FundingStream.NHS_MINIMUM, money(in, "pool.nhsMinimum")),
                Contribution.of(ncc, FundingStream.ADDITIONAL_LA, money(in, "pool.additionalLa")),
                Contribution.of(ncc, FundingStream.ASC_DISCHARGE_FUND_LA, money(in, "pool.dischargeFundLa")),
                Contribution.of(icb, FundingStream.ASC_DISCHARGE_FUND_ICB, money(in, "pool.dischargeFundIcb"))));
        NhsMinimumSplit split = new NhsMinimumSplit(money(in, "split.nhsMinimum"), money(in, "split.council"),
                money(in, "split.icb"));
        BigDecimal uplift = new BigDecimal(in.get("uplift"));
        SocialCareMaintenance socialCare = new SocialCareMaintenance(money(in, "hypothetical.socialCareLastYear"),
                money(in, "hypothetical.socialCareThisYear"), uplift);
        PlanCompliance plan = new PlanCompliance(fund, split, socialCare, new OutOfHospitalMinimum(
                money(in, "hypothetical.outOfHospitalPlanned"), money(in, "hypothetical.outOfHospitalMinimum")));
        out.println("2022-23 plan compliance, " + fund);
        out.println("  minimum sub-total " + Gbp.format(fund.minimumSubTotal()) + ", BCF total " + Gbp.format(fund.bcfTotal())
                + ", with the Discharge Fund " + Gbp.format(fund.total()));
        out.println("  NHS minimum split: council " + Gbp.format(split.council()) + " ("
                + split.councilSharePercent(2, RoundingMode.HALF_UP) + "%) + ICB " + Gbp.format(split.icb()) + " = "
                + Gbp.format(split.allocated()));
        out.println("  adult social care floor next year (hypothetical): " + Gbp.format(socialCare.lastYear()) + " x (1 + "
                + uplift.movePointRight(2).stripTrailingZeros().toPlainString() + "%) = " + Gbp.format(socialCare.required()));
        plan.check().forEach(f -> out.println("  " + f));
    }

    private static MonetaryAmount money(Map<String, String> in, String key) {
        String value = in.get(key);
        if (value == null) {
            throw new IllegalStateException("compliance-2022-23.tsv has no '" + key + "'");
        }
        return Gbp.parse(value);
    }
}
