package org.openbcf.core.p4p;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.money.Gbp;

/** The three P4P findings: R-P4P-14, R-P4P-15 and R-IN-5 (spec section 1.6). */
class PaymentFindingsTest {

    private static Findings findingsOf(AdmissionsQuarter... quarters) {
        return PaymentForPerformance.calculate(AdmissionsSeries.of(quarters), Norfolk.TERMS).findings();
    }

    private static List<AdmissionsQuarter> norfolk() {
        return Norfolk.series().quarters();
    }

    @Test
    void agreedAboveSuggestedIsNotPermittedAtEveryQuarterWhileCumulativeStaysAbove() {
        List<AdmissionsQuarter> q = norfolk();
        Findings findings = findingsOf(q.get(0).withAgreedPayment(Gbp.of(1000)).withComment("paid on trust"),
                q.get(1).withActual(q.get(1).baseline()), q.get(2), q.get(3));
        Findings breaches = findings.ofRule(Rule.R_P4P_14);
        assertThat(breaches.size()).isEqualTo(4);
        Finding first = breaches.list().get(0);
        assertThat(first.severity()).isEqualTo(Severity.ERROR);
        assertThat(first.where()).isEqualTo("p4p.Q4 2014/15.agreedPayment");
        assertThat(first.message()).contains("Q4 2014/15").contains("not permitted");
        assertThat(Gbp.formatPlain(first.amounts().get("cumulativeAgreed"))).isEqualTo("1000.00");
        assertThat(Gbp.formatPlain(first.amounts().get("cumulativeSuggested"))).isEqualTo("0.00");
        assertThat(Gbp.formatPlain(first.amounts().get("excess"))).isEqualTo("1000.00");
        assertThat(findings.ofRule(Rule.R_P4P_15).isEmpty()).isTrue();
    }

    @Test
    void aBreachCarriesIntoLaterQuartersWithoutAgreedPayments() {
        List<AdmissionsQuarter> onPlan = Norfolk.withReductions(238, 618, 1_217, 1_193).quarters();
        Findings findings = findingsOf(onPlan.get(0).withAgreedPayment(Gbp.of(400_000)).withComment("early"),
                onPlan.get(1).withActual(onPlan.get(1).baseline() + 500), onPlan.get(2));
        // the overpayment is subtracted from later suggestions, so cumulative agreed stays £45,380 above
        assertThat(findings.stream().map(Finding::where)).containsExactly("p4p.Q4 2014/15.agreedPayment",
                "p4p.Q1 2015/16.agreedPayment", "p4p.Q2 2015/16.agreedPayment");
        Finding first = findings.list().get(0);
        assertThat(Gbp.formatPlain(first.amounts().get("cumulativeSuggested"))).isEqualTo("354620.00");
        assertThat(Gbp.formatPlain(first.amounts().get("excess"))).isEqualTo("45380.00");
    }

    @Test
    void agreedEqualToCumulativeSuggestedIsPermitted() {
        List<AdmissionsQuarter> onPlan = Norfolk.withReductions(238, 618, 1_217, 1_193).quarters();
        Findings findings = findingsOf(onPlan.get(0).withAgreedPayment(Gbp.of(354_620)), onPlan.get(1));
        assertThat(findings.isEmpty()).isTrue();
    }

    @Test
    void anAgreedPaymentDifferentFromTheSuggestedOneNeedsAComment() {
        List<AdmissionsQuarter> onPlan = Norfolk.withReductions(238, 618, 1_217, 1_193).quarters();
        Findings findings = findingsOf(onPlan.get(0).withAgreedPayment(Gbp.of(300_000)));
        assertThat(findings.size()).isEqualTo(1);
        Finding finding = findings.list().get(0);
        assertThat(finding.ruleId()).isEqualTo("R-P4P-15");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.where()).isEqualTo("p4p.Q4 2014/15.comment");
        assertThat(finding.message()).contains("Q4 2014/15").contains("needs a comment");
        assertThat(Gbp.formatPlain(finding.amounts().get("agreed"))).isEqualTo("300000.00");
        assertThat(Gbp.formatPlain(finding.amounts().get("suggested"))).isEqualTo("354620.00");
        assertThat(Gbp.formatPlain(finding.amounts().get("difference"))).isEqualTo("-54620.00");
    }

    @Test
    void aBlankCommentDoesNotExplainADifferenceButAnyTextDoes() {
        List<AdmissionsQuarter> onPlan = Norfolk.withReductions(238, 618, 1_217, 1_193).quarters();
        AdmissionsQuarter lower = onPlan.get(0).withAgreedPayment(Gbp.of(300_000));
        assertThat(findingsOf(lower.withComment("  ")).ofRule(Rule.R_P4P_15).size()).isEqualTo(1);
        assertThat(findingsOf(lower.withComment("n/a")).isEmpty()).isTrue();
    }

    @Test
    void aCommentMayHave750CharactersButNot751() {
        AdmissionsQuarter q = norfolk().get(0);
        assertThat(findingsOf(q.withComment("x".repeat(750))).isEmpty()).isTrue();
        Findings findings = findingsOf(q.withComment("x".repeat(751)));
        assertThat(findings.size()).isEqualTo(1);
        Finding finding = findings.list().get(0);
        assertThat(finding.ruleId()).isEqualTo("R-IN-5");
        assertThat(finding.where()).isEqualTo("p4p.Q4 2014/15.comment");
        assertThat(finding.message()).contains("751 characters").contains("at most 750");
        assertThat(finding.figures().get("characters")).isEqualByComparingTo("751");
    }

    @Test
    void commentLengthCountsCharactersNotUtf16Units() {
        AdmissionsQuarter q = norfolk().get(0);
        assertThat(findingsOf(q.withComment("\uD83D\uDE00".repeat(750))).isEmpty()).isTrue();
    }

    @Test
    void findingsFromSeveralQuartersKeepQuarterOrder() {
        List<AdmissionsQuarter> q = norfolk();
        Findings findings = findingsOf(q.get(0).withComment("y".repeat(800)), q.get(1),
                q.get(2).withComment("z".repeat(760)), q.get(3));
        assertThat(findings.stream().map(Finding::where))
                .containsExactly("p4p.Q4 2014/15.comment", "p4p.Q2 2015/16.comment");
    }
}
