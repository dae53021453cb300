package org.openbcf.core.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbcf.core.fund.SpendingCategory;
import org.openbcf.core.money.Gbp;

class SchemeBuilderTest {

    @Test
    void everyPartChainsIntoTheScheme() {
        Scheme s = Scheme.builder(SchemeRef.of("NN", 3), "Targeted Support to Promote Independence")
                .printedRef("NN3").objective("Promote independence")
                .line(InvestmentLine.of("Self-care information", LineAmount.parse("£1,500")))
                .statedTotal(Gbp.of(1_500))
                .efficiency(new Efficiency("110 admissions at £1,700", LineAmount.parse("£187,000")))
                .metric(TargetedMetric.parse("NEA E")).milestone(new Milestone("Dashboard", "Feb 2016"))
                .risk("NN3-R1").fundingSource(FundingSource.B).spendingCategory(SpendingCategory.COMMUNITY_HEALTH)
                .build();
        assertThat(s.name()).isEqualTo("Targeted Support to Promote Independence");
        assertThat(s.objective()).isEqualTo("Promote independence");
        assertThat(s.efficiencyTotal()).isEqualTo(Gbp.of(187_000));
        assertThat(s.metrics()).hasSize(1);
        assertThat(s.milestones()).hasSize(1);
        assertThat(s.risks()).containsExactly("NN3-R1");
        assertThat(s.fundingSource()).contains(FundingSource.B);
        assertThat(s.spendingCategory()).contains(SpendingCategory.COMMUNITY_HEALTH);
        assertThat(s.check().isEmpty()).isTrue();
        Scheme other = Scheme.builder(SchemeRef.of("NN", 3), "Other").build();
        assertThat(s).isNotEqualTo(other);
        assertThat(s.hashCode()).isNotEqualTo(other.hashCode());
        SchemeBuilder builder = Scheme.builder(SchemeRef.of("NN", 3), "Targeted Support to Promote Independence").printedRef("NN3")
                .objective("Promote independence").line(s.investmentLines().get(0)).efficiency(s.efficiencies().get(0))
                .metric(s.metrics().get(0)).milestone(s.milestones().get(0)).risk("NN3-R1").fundingSource(FundingSource.B)
                .spendingCategory(SpendingCategory.COMMUNITY_HEALTH);
        Scheme noTotal = builder.build();
        assertThat(noTotal).isNotEqualTo(s);
        assertThat(s).isNotEqualTo(noTotal);
        assertThat(builder.statedTotal(Gbp.of(new BigDecimal("1500.00"))).build()).isEqualTo(s);
    }

    @Test
    void hashCodesSeparateDifferentValues() {
        assertThat(LineAmount.parse("1").hashCode()).isNotEqualTo(LineAmount.parse("2").hashCode());
        PriorityTable a = PriorityTable.of(List.of(new PriorityLine("a", Gbp.of(1), BigDecimal.ONE)));
        PriorityTable b = PriorityTable.of(List.of(new PriorityLine("b", Gbp.of(2), BigDecimal.TEN)));
        assertThat(a.hashCode()).isNotEqualTo(b.hashCode());
        assertThat(a).isNotEqualTo(b).isNotEqualTo("a");
        SchemeRegister one = SchemeRegister.of(List.of(Scheme.builder(SchemeRef.of("NN", 1), "A").build()));
        SchemeRegister two = SchemeRegister.of(List.of(Scheme.builder(SchemeRef.of("NN", 2), "B").build()));
        assertThat(one).isNotEqualTo(two).isNotEqualTo("NN1");
        assertThat(one.hashCode()).isNotEqualTo(two.hashCode());
    }

    @Test
    void nullElementsAreNamed() {
        assertThatThrownBy(() -> PriorityTable.of(Arrays.asList(new PriorityLine("a", Gbp.of(1), BigDecimal.ONE), null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("lines[1]");
        assertThatThrownBy(() -> SchemeRegister.of(Arrays.asList((Scheme) null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("schemes[0]");
    }

    @Test
    void schemeRowWithFundingSourceButNoCategoryReads() {
        Scheme s = SchemeTable.builder().record(java.util.List.of("scheme", "NN1", "NN1", "A", "H")).build().schemes().get(0);
        assertThat(s.fundingSource()).contains(FundingSource.H);
        assertThat(s.spendingCategory()).isEmpty();
    }
}
