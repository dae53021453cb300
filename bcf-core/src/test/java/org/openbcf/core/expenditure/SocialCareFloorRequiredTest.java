package org.openbcf.core.expenditure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.year.BcfYear;

/** The floor figure the review prints: bcf-2024-27 R-25-1 (3.9%) and norfolk-2023-25 G9 (5.66%). */
class SocialCareFloorRequiredTest {

    @Test
    void theFloorIsTheBaselineUpliftedByTheYearsFigure() {
        assertThat(AdultSocialCareFloor.required(BcfYear.parse("2025/26"), Optional.of(Gbp.of(10_000_000))))
                .contains(Gbp.of(10_390_000));
        assertThat(AdultSocialCareFloor.required(BcfYear.parse("2022/23"), Optional.of(Gbp.of(36_048_000))))
                .contains(Gbp.of(new java.math.BigDecimal("38088316.80")));
    }

    @Test
    void withoutABaselineOrASourcedUpliftThereIsNoFloor() {
        assertThat(AdultSocialCareFloor.required(BcfYear.parse("2025/26"), Optional.empty())).isEmpty();
        assertThat(AdultSocialCareFloor.required(BcfYear.parse("2026/27"), Optional.of(Gbp.of(1)))).isEmpty();
        assertThat(AdultSocialCareFloor.required(BcfYear.parse("2021/22"), Optional.of(Gbp.of(1)))).isEmpty();
        // bcf-2017-2027-by-year L233-234: 2024/25 is uplifted by 5.66% as 2023/24
        assertThat(AdultSocialCareFloor.required(BcfYear.parse("2024/25"), Optional.of(Gbp.of(36_048_000))))
                .contains(Gbp.of(new java.math.BigDecimal("38088316.80")));
    }
}
