package org.openbcf.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbcf.core.risk.Risk;

class RiskSectionTest {

    @Test
    void theEmbeddedDataHoldsAll23RowsWithTheirTexts() {
        List<Risk> risks = RiskSection.risks2016();
        assertThat(risks).hasSize(23);
        assertThat(risks).allSatisfy(risk -> {
            assertThat(risk.description()).isNotBlank();
            assertThat(risk.mitigation()).isNotBlank();
            assertThat(risk.schemeRef()).isPresent();
            assertThat(risk.statedScore()).hasValue(risk.product());
        });
        assertThat(risks.get(4)).satisfies(risk -> {
            assertThat(risk.id()).isEqualTo("NN2-R3");
            assertThat(risk.schemeRef()).hasValue("NN2");
            assertThat(risk.mitigation()).isEqualTo("Steering Group");
        });
        assertThat(risks.stream().map(risk -> risk.schemeRef().orElseThrow()).distinct())
                .containsExactly("NN1", "NN2", "NN3", "NN4", "NN5", "NCH1", "NCH2", "NCH3", "NCH4");
    }

    @Test
    void theSectionShowsTopRisksHeatMapFindingsAndBandCounts() {
        StringWriter text = new StringWriter();
        new RiskSection().print(new PrintWriter(text, true));
        String out = text.toString().replace("\r\n", "\n");

        assertThat(out).contains("23 risks in 9 schemes, scored on the 4x4 matrix");
        assertThat(out).contains("  20  NN2-R3   County-wide projects may inhibit progress and traction"
                + " (mitigation: Steering Group) [off the 4x4 matrix]");
        assertThat(out).contains("  16  NN2-R2   Failure to understand project roles and responsibilities");
        assertThat(out).contains("Heat map on the 4x4 matrix (19 risks on it, 4 off it):");
        assertThat(out).contains("  3 Moderate                    0           4         6          2");
        assertThat(out).contains("Findings (4):");
        assertThat(out).contains("Low 1-3: 0, Moderate 4-6: 6, High 8-12: 13, Extreme 15-25: 4.");
        assertThat(new RiskSection().title()).isEqualTo("Risks in the 2016 schemes");
    }
}
