package org.openbcf.core.hicm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** norfolk-2017-2019-progress §3.3 and GV-05 (seed 002 lines 128–139). */
class HicmSelfAssessmentTest {

    private static Map<HighImpactChange, Maturity> norfolk() {
        Map<HighImpactChange, Maturity> ratings = new EnumMap<>(HighImpactChange.class);
        for (HighImpactChange change : HighImpactChange.values()) {
            ratings.put(change, Maturity.AMBER);
        }
        // L139: most progress where iBCF was invested (Home First/D2A, Trusted assessors)
        ratings.put(HighImpactChange.HOME_FIRST_DISCHARGE_TO_ASSESS, Maturity.GREEN);
        ratings.put(HighImpactChange.TRUSTED_ASSESSORS, Maturity.GREEN);
        return ratings;
    }

    @Test
    void aSelfAssessmentRatesTheEightChangesInTheModelsOrder() {
        HicmSelfAssessment a = HicmSelfAssessment.of(norfolk());
        assertThat(a.ratings().keySet()).extracting(HighImpactChange::title).containsExactly(
                "Early discharge planning", "Systems to monitor patient flow",
                "Multi-disciplinary/multi-agency discharge teams, including the voluntary and community sector",
                "Home first/discharge to assess", "Seven-day services", "Trusted assessors", "Focus on choice",
                "Enhancing health in care homes");
        assertThat(a.count(Maturity.GREEN) + a.count(Maturity.AMBER)).isEqualTo(8);
        assertThat(a.count(Maturity.GREEN)).isEqualTo(2);
        assertThat(a.changesRated(Maturity.GREEN)).containsExactly(HighImpactChange.HOME_FIRST_DISCHARGE_TO_ASSESS,
                HighImpactChange.TRUSTED_ASSESSORS);
        assertThat(a.rating(HighImpactChange.FOCUS_ON_CHOICE)).isEqualTo(Maturity.AMBER);
        assertThat(a).hasToString("HICM 1 AMBER, 2 AMBER, 3 AMBER, 4 GREEN, 5 AMBER, 6 GREEN, 7 AMBER, 8 AMBER");
        assertThat(HighImpactChange.ENHANCING_HEALTH_IN_CARE_HOMES.number()).isEqualTo(8);
        assertThat(HicmSelfAssessment.of(norfolk())).isEqualTo(a).hasSameHashCodeAs(a);
    }

    @Test
    void aMissingChangeIsRefusedNamingIt() {
        Map<HighImpactChange, Maturity> seven = norfolk();
        seven.remove(HighImpactChange.SEVEN_DAY_SERVICES);
        assertThatThrownBy(() -> HicmSelfAssessment.of(seven)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("High Impact Change 5 (Seven-day services) has no rating");
        assertThatThrownBy(() -> HicmSelfAssessment.of(null)).hasMessage("ratings must not be null");
    }
}
