package org.openbcf.core.p4p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openbcf.core.money.Gbp;

class PerformanceTermsTest {

    @Test
    void holdsNorfolksCostAndLocalShare() {
        assertThat(Gbp.formatPlain(Norfolk.TERMS.costPerAdmission())).isEqualTo("1490.00");
        assertThat(Norfolk.TERMS.localShare().map(Gbp::formatPlain)).contains("16295000.00");
        assertThat(Norfolk.TERMS).hasToString("cost per admission £1,490.00, local share £16,295,000.00");
        assertThat(PerformanceTerms.of(Gbp.of(1490))).hasToString("cost per admission £1,490.00");
        assertThat(PerformanceTerms.of(Gbp.of(1490)).localShare()).isEmpty();
    }

    @Test
    void derivesTermsWithAnotherCostOrShare() {
        PerformanceTerms dearer = Norfolk.TERMS.withCostPerAdmission(Gbp.of(1600));
        assertThat(Gbp.formatPlain(dearer.costPerAdmission())).isEqualTo("1600.00");
        assertThat(dearer.localShare()).isEqualTo(Norfolk.TERMS.localShare());
        assertThat(Norfolk.TERMS.withLocalShare(Gbp.zero()).localShare().map(Gbp::formatPlain)).contains("0.00");
    }

    @Test
    void equalityComparesCostAndShare() {
        PerformanceTerms same = PerformanceTerms.of(Gbp.parse("1490.00"), Gbp.of(16_295_000));
        assertThat(same).isEqualTo(Norfolk.TERMS).hasSameHashCodeAs(Norfolk.TERMS);
        assertThat(PerformanceTerms.of(Gbp.of(1490))).isNotEqualTo(Norfolk.TERMS);
        assertThat(Norfolk.TERMS.withCostPerAdmission(Gbp.of(1491))).isNotEqualTo(Norfolk.TERMS);
        assertThat(Norfolk.TERMS).isNotEqualTo("1490");
    }

    @Test
    void theCostMustBePositiveWholePenniesUpToAMillionPounds() {
        assertThatThrownBy(() -> PerformanceTerms.of(Gbp.zero())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cost per admission (£0.00) must be more than £0.00");
        assertThatThrownBy(() -> PerformanceTerms.of(Gbp.of(-1490))).hasMessageContaining("cost per admission (-£1,490.00)");
        assertThatThrownBy(() -> PerformanceTerms.of(Gbp.parse("1000000.01")))
                .hasMessageContaining("cost per admission (£1,000,000.01) must be more than £0.00 and at most £1,000,000.00");
        assertThatThrownBy(() -> PerformanceTerms.of(Gbp.parse("1490.001")))
                .hasMessageContaining("cost per admission (1490.001) must be whole pennies");
        assertThat(PerformanceTerms.of(Gbp.of(1_000_000)).costPerAdmission()).isNotNull();
        assertThat(PerformanceTerms.of(Gbp.ofPence(1)).costPerAdmission()).isEqualTo(Gbp.ofPence(1));
    }

    @Test
    void theLocalShareMustNotBeNegative() {
        assertThatThrownBy(() -> Norfolk.TERMS.withLocalShare(Gbp.of(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("local share (-£1.00) must not be negative");
        assertThatThrownBy(() -> PerformanceTerms.of(Gbp.of(1), null)).hasMessageContaining("local share");
        assertThatThrownBy(() -> PerformanceTerms.of(null)).hasMessageContaining("cost per admission");
    }

    @Test
    void inPenceTheLimitsAndMessagesAreTheSame() {
        assertThat(PerformanceTerms.ofPence(149_000)).isEqualTo(PerformanceTerms.of(Gbp.of(1490)));
        assertThat(PerformanceTerms.ofPence(100_000_000)).isEqualTo(PerformanceTerms.of(Gbp.of(1_000_000)));
        assertThat(PerformanceTerms.ofPence(1).withLocalSharePence(0)).isEqualTo(PerformanceTerms.of(Gbp.ofPence(1), Gbp.zero()));
        assertThatThrownBy(() -> PerformanceTerms.ofPence(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cost per admission (£0.00) must be more than £0.00 and at most £1,000,000.00");
        assertThatThrownBy(() -> PerformanceTerms.ofPence(100_000_001)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cost per admission (£1,000,000.01) must be more than £0.00 and at most £1,000,000.00");
        assertThatThrownBy(() -> PerformanceTerms.ofPence(1).withLocalSharePence(-100))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("local share (-£1.00) must not be negative");
    }
}
