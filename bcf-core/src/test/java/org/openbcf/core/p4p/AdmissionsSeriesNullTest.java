package org.openbcf.core.p4p;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbcf.core.time.FinancialQuarter;

/** Issue 17: {@code AdmissionsSeries.of(list with a null)} names the element, not a bare NullPointerException. */
class AdmissionsSeriesNullTest {

    @Test
    void aNullQuarterIsNamedByItsPlaceInTheList() {
        List<AdmissionsQuarter> quarters = new ArrayList<>();
        quarters.add(AdmissionsQuarter.of(FinancialQuarter.parse("Q4 2014/15"), 22_905, 22_667, 23_331));
        quarters.add(null);
        assertThatThrownBy(() -> AdmissionsSeries.of(quarters)).isInstanceOf(NullPointerException.class)
                .hasMessage("quarters[1] must not be null");
    }
}
