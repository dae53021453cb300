package org.openbcf.core.p4p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialQuarter;

class AdmissionsQuarterTest {

    private static final FinancialQuarter Q2 = FinancialQuarter.parse("Q2 2015/16");

    @Test
    void holdsTheFiguresOfNorfolkQ4() {
        AdmissionsQuarter q = AdmissionsQuarter.of(Norfolk.FIRST, 22_905, 22_667, 23_331);
        assertThat(q.quarter()).isEqualTo(Norfolk.FIRST);
        assertThat(q.baseline()).isEqualTo(22_905);
        assertThat(q.plan()).isEqualTo(22_667);
        assertThat(q.actual()).isEqualTo(23_331);
        assertThat(q.agreedPayment()).isEmpty();
        assertThat(q.comment()).isEmpty();
        assertThat(q).hasToString("Q4 2014/15 baseline 22905, plan 22667, actual 23331");
    }

    @Test
    void agreedPaymentAndCommentAreOptional() {
        AdmissionsQuarter q = AdmissionsQuarter.of(Q2, 1, 2, 3).withAgreedPayment(Gbp.parse("12.5")).withComment("n/a");
        assertThat(q.agreedPayment().map(Gbp::formatPlain)).contains("12.50");
        assertThat(q.comment()).contains("n/a");
        assertThat(q).hasToString("Q2 2015/16 baseline 1, plan 2, actual 3, agreed payment 12.50, comment \"n/a\"");
        assertThat(q.withActual(7).actual()).isEqualTo(7);
        assertThat(q.withActual(7).agreedPayment()).isEqualTo(q.agreedPayment());
        assertThat(q.withActual(7).comment()).contains("n/a");
    }

    @Test
    void equalityComparesEveryFigure() {
        AdmissionsQuarter q = AdmissionsQuarter.of(Q2, 1, 2, 3);
        assertThat(AdmissionsQuarter.of(Q2, 1, 2, 3)).isEqualTo(q).hasSameHashCodeAs(q);
        assertThat(AdmissionsQuarter.of(Q2.next(), 1, 2, 3)).isNotEqualTo(q);
        assertThat(AdmissionsQuarter.of(Q2, 0, 2, 3)).isNotEqualTo(q);
        assertThat(AdmissionsQuarter.of(Q2, 1, 0, 3)).isNotEqualTo(q);
        assertThat(AdmissionsQuarter.of(Q2, 1, 2, 0)).isNotEqualTo(q);
        assertThat(q.withAgreedPayment(Gbp.zero())).isNotEqualTo(q);
        assertThat(q.withComment("c")).isNotEqualTo(q);
        assertThat(q).isNotEqualTo("Q2 2015/16");
    }

    @Test
    void countsMayBeZeroOrTheTemplateMaximum() {
        assertThat(AdmissionsQuarter.of(Q2, 0, 100_000_000, 0).plan()).isEqualTo(100_000_000);
    }

    @Test
    void rejectsCountsOutsideTheTemplateRange() {
        assertThatThrownBy(() -> AdmissionsQuarter.of(Q2, -5, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseline for Q2 2015/16 (-5) must be between 0 and 100,000,000");
        assertThatThrownBy(() -> AdmissionsQuarter.of(Q2, 1, 100_000_001, 1))
                .hasMessageContaining("plan for Q2 2015/16 (100000001)");
        assertThatThrownBy(() -> AdmissionsQuarter.of(Q2, 1, 1, -1)).hasMessageContaining("actual for Q2 2015/16 (-1)");
        assertThatThrownBy(() -> AdmissionsQuarter.of(Q2, 1, 1, 1).withActual(-2))
                .hasMessageContaining("actual for Q2 2015/16 (-2)");
    }

    @Test
    void rejectsNullsNamingTheArgument() {
        assertThatThrownBy(() -> AdmissionsQuarter.of(null, 1, 1, 1)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("quarter");
        AdmissionsQuarter q = AdmissionsQuarter.of(Q2, 1, 1, 1);
        assertThatThrownBy(() -> q.withComment(null)).hasMessageContaining("comment");
        assertThatThrownBy(() -> q.withAgreedPayment(null)).hasMessageContaining("agreed payment for Q2 2015/16");
    }

    @Test
    void rejectsNegativeOrFractionalAgreedPayments() {
        AdmissionsQuarter q = AdmissionsQuarter.of(Q2, 1, 1, 1);
        assertThatThrownBy(() -> q.withAgreedPayment(Gbp.of(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("agreed payment for Q2 2015/16 (-£1.00) must not be negative");
        assertThatThrownBy(() -> q.withAgreedPayment(Gbp.parse("0.005")))
                .hasMessageContaining("agreed payment for Q2 2015/16 (0.005)");
    }

    @Test
    void anAgreedPaymentInPenceIsTheSameAsAnAmount() {
        AdmissionsQuarter q = AdmissionsQuarter.of(FinancialQuarter.parse("Q1 2015/16"), 23_320, 22_702, 23_335);
        assertThat(q.withAgreedPaymentPence(0)).isEqualTo(q.withAgreedPayment(Gbp.zero()));
        assertThat(q.withAgreedPaymentPence(35_462_000)).isEqualTo(q.withAgreedPayment(Gbp.of(354_620)));
        assertThat(q.withComment("n/a").withAgreedPaymentPence(5).commentOrNull()).isEqualTo("n/a");
        assertThatThrownBy(() -> q.withAgreedPaymentPence(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("agreed payment for Q1 2015/16 (-£0.01) must not be negative");
        assertThatThrownBy(() -> q.withAgreedPaymentPence(Long.MIN_VALUE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be negative");
    }
}
