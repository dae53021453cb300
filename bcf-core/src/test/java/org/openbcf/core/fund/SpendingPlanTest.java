package org.openbcf.core.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openbcf.core.NorfolkFixtures.Y2015;
import static org.openbcf.core.NorfolkFixtures.spending2015;

import java.math.RoundingMode;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openbcf.core.money.Gbp;

class SpendingPlanTest {

    @Test
    void g14SpendingByCategoryTotalsSixtyTwoMillionFourHundredAndSixtyTwoThousand() {
        SpendingPlan plan = spending2015();
        assertThat(plan.total()).isEqualTo(Gbp.of(62_462_000));
        assertThat(plan.amount(SpendingCategory.ACUTE)).isEqualTo(Gbp.zero());
        assertThat(plan.sharePercent(SpendingCategory.SOCIAL_CARE, 2, RoundingMode.HALF_UP)).isEqualByComparingTo("59.39");
        assertThat(plan.sharePercent(SpendingCategory.COMMUNITY_HEALTH, 2, RoundingMode.HALF_UP)).isEqualByComparingTo("19.29");
        assertThat(plan.sharePercent(SpendingCategory.OTHER, 2, RoundingMode.HALF_UP)).isEqualByComparingTo("13.91");
        assertThat(plan.sharePercent(SpendingCategory.PRIMARY_CARE, 2, RoundingMode.HALF_UP)).isEqualByComparingTo("3.43");
        assertThat(plan.sharePercent(SpendingCategory.MENTAL_HEALTH, 2, RoundingMode.HALF_UP)).isEqualByComparingTo("3.10");
        assertThat(plan.sharePercent(SpendingCategory.CONTINUING_CARE, 2, RoundingMode.HALF_UP)).isEqualByComparingTo("0.87");
        assertThat(plan.sharePercent(SpendingCategory.ACUTE, 2, RoundingMode.HALF_UP)).isEqualByComparingTo("0.00");
    }

    @Test
    void anEmptyPlanHasZeroShares() {
        SpendingPlan empty = SpendingPlan.of(Y2015, Map.of());
        assertThat(empty.total()).isEqualTo(Gbp.zero());
        assertThat(empty.sharePercent(SpendingCategory.OTHER, 1, RoundingMode.HALF_UP)).isEqualByComparingTo("0");
    }

    @Test
    void rejectsNegativeOrFractionalAmounts() {
        assertThatThrownBy(() -> SpendingPlan.of(Y2015, Map.of(SpendingCategory.ACUTE, Gbp.of(-1))))
                .hasMessageContaining("planned 2015/16 spending on Acute (-£1.00) must not be negative");
        assertThatThrownBy(() -> SpendingPlan.of(null, Map.of())).hasMessage("year must not be null");
        assertThat(SpendingCategory.ofLabel("community health")).isEqualTo(SpendingCategory.COMMUNITY_HEALTH);
        assertThat(SpendingCategory.ofLabel("SOCIAL_CARE")).isEqualTo(SpendingCategory.SOCIAL_CARE);
        assertThatThrownBy(() -> SpendingCategory.ofLabel("Housing")).hasMessageContaining("spending category 'Housing' must be one of Acute, ");
    }
}
