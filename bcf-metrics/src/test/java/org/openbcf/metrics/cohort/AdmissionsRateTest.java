package org.openbcf.metrics.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbcf.core.time.FinancialYear;
import org.openbcf.metrics.stats.ConfidenceLevel;
import org.openbcf.metrics.stats.Rates;

class AdmissionsRateTest {

    private static final FinancialYear Y2022 = FinancialYear.of(2022);
    private static final ConfidenceLevel C95 = ConfidenceLevel.NINETY_FIVE;
    private static final LocalDate BORN_1938 = LocalDate.of(1938, 6, 2);

    @Test
    void twelveNinetyOneIn240000Is537Point92() {
        // G10 (2023-25 pack): 1,291 ÷ 240,000 × 100,000 = 537.92 → 538, the 2022-23 outturn of G8
        List<PermanentAdmission> admissions = new ArrayList<>();
        for (int i = 0; i < 1291; i++) {
            admissions.add(new PermanentAdmission("P" + i, BORN_1938, LocalDate.of(2022, 11, 20), false));
        }
        AdmissionsRate rate = AdmissionsRate.of(admissions, Y2022, 240_000, C95);
        assertThat(rate.rate().value()).isCloseTo(537.9166666666666, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(Math.round(rate.rate().value())).isEqualTo(538);
        assertThat(rate.people()).isEqualTo(1291);
        assertThat(rate.population()).isEqualTo(240_000);
        assertThat(rate.rate()).isEqualTo(Rates.perHundredThousand(1291, 240_000, C95));
    }

    @Test
    void transfersYoungerPeopleOtherYearsAndRepeatsAreNotCounted() {
        List<PermanentAdmission> admissions = List.of(
                new PermanentAdmission("A", BORN_1938, LocalDate.of(2022, 4, 1), false),
                new PermanentAdmission("A", BORN_1938, LocalDate.of(2022, 6, 1), false),
                new PermanentAdmission("B", BORN_1938, LocalDate.of(2023, 3, 31), false),
                new PermanentAdmission("C", BORN_1938, LocalDate.of(2022, 7, 1), true),
                new PermanentAdmission("D", BORN_1938, LocalDate.of(2022, 3, 31), false),
                new PermanentAdmission("E", BORN_1938, LocalDate.of(2023, 4, 1), false),
                new PermanentAdmission("F", LocalDate.of(1957, 10, 2), LocalDate.of(2022, 10, 1), false),
                new PermanentAdmission("G", LocalDate.of(1957, 10, 1), LocalDate.of(2022, 10, 1), false));
        AdmissionsRate rate = AdmissionsRate.of(admissions, Y2022, 1000, C95);
        assertThat(rate.people()).isEqualTo(3);
        assertThat(rate.repeatAdmissions()).isEqualTo(1);
        assertThat(rate.excludedTransfers()).isEqualTo(1);
        assertThat(rate.excludedOutsideYear()).isEqualTo(2);
        assertThat(rate.excludedUnder65()).isEqualTo(1);
        assertThat(rate.rate().value()).isEqualTo(300.0);
        assertThat(new PermanentAdmission("G", LocalDate.of(1957, 10, 1), LocalDate.of(2022, 10, 1), false)
                .ageAtAdmission()).isEqualTo(65);
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> AdmissionsRate.of(List.of(), Y2022, 0, C95)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("population (0) must be at least 1");
        assertThatThrownBy(() -> new PermanentAdmission("X", LocalDate.of(2023, 1, 1), LocalDate.of(2022, 1, 1), false))
                .hasMessageContaining("person X: date of birth (2023-01-01) must not be after 2022-01-01");
        assertThatThrownBy(() -> new PermanentAdmission("X", BORN_1938, null, false))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("admissionDate");
        assertThatThrownBy(() -> AdmissionsRate.of(List.of(), null, 1, C95)).hasMessageContaining("year");
        assertThatThrownBy(() -> new AdmissionsRate(null, 0, 1, 0, 0, 0, 0)).hasMessageContaining("rate");
    }
}
