package org.openbcf.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.Row;

/** The worked-example files embedded in the jar, read through the io layer into openbcf rows. */
class NorfolkDataTest {

    @Test
    void theMetricTargetsG16AreReadWithTheirLineNumbers() {
        List<Row> targets = NorfolkData.read("metric-targets-2016-17.csv", NorfolkData.METRIC_TARGETS);
        // three comment lines, the header on line 4, residential admissions 1,377 less 5% on line 5 (G-16)
        assertThat(targets.get(0).number()).isEqualTo(5);
        assertThat(targets.get(0).text("metric")).isEqualTo("residential-admissions");
        assertThat(targets.get(0).text("base")).isEqualTo("1377");
        assertThat(targets.get(0).text("reduction_percent")).isEqualTo("5");
        assertThat(targets.get(0).text("fixed_minimum")).isEmpty();
    }

    @Test
    void theFunnelAreasAndRiskDetailsFitTheirSchemas() {
        assertThat(NorfolkData.read("illustrative-funnel-areas.csv", NorfolkData.FUNNEL_AREAS).get(0).text("area"))
                .isEqualTo("Area A");
        assertThat(NorfolkData.read("risks-2016-details.csv", NorfolkData.RISK_DETAILS))
                .anyMatch(r -> r.text("id").equals("NN2-R1") && r.text("mitigation").equals("Refocus on Crisis Response, quick wins"));
    }

    @Test
    void aFileReadWithAnotherFilesSchemaIsRefused() {
        assertThatThrownBy(() -> NorfolkData.read("illustrative-funnel-areas.csv", NorfolkData.RISK_DETAILS))
                .isInstanceOf(BadInputException.class).hasMessageContaining("illustrative-funnel-areas.csv");
    }

    @Test
    void aMissingFileIsOpenbcfsOwnFault() {
        assertThatThrownBy(() -> NorfolkData.read("no-such-file.csv", NorfolkData.FUNNEL_AREAS))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-file.csv");
    }
}
