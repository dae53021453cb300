package org.openbcf.metrics.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbcf.core.time.FinancialYear;
import org.openbcf.metrics.stats.ConfidenceLevel;
import org.openbcf.metrics.stats.Method;
import org.openbcf.metrics.stats.Proportions;

class ReablementOutcomeTest {

    private static final FinancialYear Y2022 = FinancialYear.of(2022);
    private static final ConfidenceLevel C95 = ConfidenceLevel.NINETY_FIVE;
    private static final LocalDate BORN_1940 = LocalDate.of(1940, 3, 1);

    private static ReablementDischarge discharge(String id, LocalDate born, LocalDate discharged, FollowUpStatus status) {
        return new ReablementDischarge(id, born, discharged, status);
    }

    @Test
    void followUpIsNinetyOneDaysAfterDischarge() {
        ReablementDischarge d = discharge("P1", BORN_1940, LocalDate.of(2022, 10, 14), FollowUpStatus.OWN_HOME);
        assertThat(d.followUpDate()).isEqualTo(LocalDate.of(2023, 1, 13));
        assertThat(d.ageAtDischarge()).isEqualTo(82);
    }

    @Test
    void deathsAndPeopleInHospitalOrCareHomesStayInTheDenominatorOnly() {
        List<ReablementDischarge> records = List.of(
                discharge("A", BORN_1940, LocalDate.of(2022, 10, 1), FollowUpStatus.OWN_HOME),
                discharge("B", BORN_1940, LocalDate.of(2022, 11, 1), FollowUpStatus.EXTRA_CARE_HOUSING),
                discharge("C", BORN_1940, LocalDate.of(2022, 12, 31), FollowUpStatus.ADULT_PLACEMENT),
                discharge("D", BORN_1940, LocalDate.of(2022, 12, 1), FollowUpStatus.DIED),
                discharge("E", BORN_1940, LocalDate.of(2022, 12, 1), FollowUpStatus.IN_HOSPITAL),
                discharge("F", BORN_1940, LocalDate.of(2022, 12, 1), FollowUpStatus.IN_CARE_HOME),
                discharge("G", BORN_1940, LocalDate.of(2022, 9, 30), FollowUpStatus.OWN_HOME),
                discharge("H", BORN_1940, LocalDate.of(2023, 1, 1), FollowUpStatus.OWN_HOME),
                discharge("I", LocalDate.of(1957, 10, 2), LocalDate.of(2022, 10, 1), FollowUpStatus.OWN_HOME),
                discharge("J", LocalDate.of(1957, 10, 1), LocalDate.of(2022, 10, 1), FollowUpStatus.OWN_HOME));
        ReablementOutcome outcome = ReablementOutcome.of(records, Y2022, C95);
        assertThat(outcome.atHome()).isEqualTo(4);
        assertThat(outcome.cohort()).isEqualTo(7);
        assertThat(outcome.died()).isEqualTo(1);
        assertThat(outcome.inHospitalOrCareHome()).isEqualTo(2);
        assertThat(outcome.excludedOutsideWindow()).isEqualTo(2);
        assertThat(outcome.excludedUnder65()).isEqualTo(1);
        assertThat(outcome.percentage()).isEqualTo(Proportions.wilson(4, 7, C95, 100));
        assertThat(outcome.percentage().method()).isEqualTo(Method.WILSON);
    }

    @Test
    void eightHundredAndSixtyFiveOfOneThousandIsEightySixPointFivePercent() {
        // G10 (2023-25 pack): 865 ÷ 1,000 = 86.5%, the 2022-23 reablement outturn of G8
        List<ReablementDischarge> records = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            records.add(discharge("P" + i, BORN_1940, LocalDate.of(2022, 11, 15),
                    i < 865 ? FollowUpStatus.OWN_HOME : FollowUpStatus.IN_CARE_HOME));
        }
        ReablementOutcome outcome = ReablementOutcome.of(records, Y2022, C95);
        assertThat(outcome.percentage().value()).isEqualTo(86.5);
        assertThat(outcome.percentage().contains(86.5)).isTrue();
    }

    @Test
    void rejectsAnEmptyCohortAndBadRecords() {
        List<ReablementDischarge> outside = List.of(
                discharge("G", BORN_1940, LocalDate.of(2022, 9, 30), FollowUpStatus.OWN_HOME));
        assertThatThrownBy(() -> ReablementOutcome.of(outside, Y2022, C95)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no discharges of people aged 65+ between 2022-10-01 and 2022-12-31 (1 records)");
        assertThatThrownBy(() -> discharge("X", LocalDate.of(2023, 1, 1), LocalDate.of(2022, 10, 1), FollowUpStatus.DIED))
                .hasMessageContaining("person X: date of birth (2023-01-01) must not be after 2022-10-01");
        assertThatThrownBy(() -> discharge(" ", BORN_1940, LocalDate.of(2022, 10, 1), FollowUpStatus.DIED))
                .hasMessageContaining("personId must not be blank");
        assertThatThrownBy(() -> discharge("X", BORN_1940, LocalDate.of(2022, 10, 1), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("followUp");
        assertThatThrownBy(() -> new ReablementOutcome(Proportions.wilson(1, 2, C95), 1, 3, 1, 0, 0, 0))
                .hasMessageContaining("cohort (3) must equal at home (1) + died (1) + in hospital or a care home (0)");
        assertThatThrownBy(() -> ReablementOutcome.of(null, Y2022, C95)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("discharges");
    }

    @Test
    void followUpStatusesSayWhoIsAtHome() {
        assertThat(FollowUpStatus.OWN_HOME.isAtHome()).isTrue();
        assertThat(FollowUpStatus.ADULT_PLACEMENT.isAtHome()).isTrue();
        assertThat(FollowUpStatus.DIED.isAtHome()).isFalse();
        assertThat(FollowUpStatus.IN_HOSPITAL.isAtHome()).isFalse();
    }
}
