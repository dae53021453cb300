package org.openbcf.examples.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.openbcf.core.finding.Findings;

/**
 * What a {@link SheetCalculation} computed from a workbook's inputs: the reference value of every
 * output, one per cell, and the findings the library's rules reported on the same inputs (e.g.
 * R-P4P-14 from {@code PaymentForPerformance}), which the check carries into its report at the cells
 * the calculation read them from ({@link org.openbcf.review.FindingPlaces}).
 *
 * @param outputs  every output's values by name, not null
 * @param findings the rules' findings, not null
 * @param places   the cells of the figures the findings name, by the library's paths (e.g.
 *                 {@code risks.NN2-R3.impact} at {@code Risks!C6}), not null; a path without one keeps its form
 */
record Computed(Map<String, List<BigDecimal>> outputs, Findings findings, Map<String, String> places) {

    Computed {
        Objects.requireNonNull(outputs, "outputs");
        Objects.requireNonNull(findings, "findings");
        places = Map.copyOf(Objects.requireNonNull(places, "places"));
    }

    /**
     * A result whose findings keep the library's paths (a calculation whose rules name no single cell).
     *
     * @param outputs  every output's values by name
     * @param findings the rules' findings
     */
    Computed(Map<String, List<BigDecimal>> outputs, Findings findings) {
        this(outputs, findings, Map.of());
    }

    /**
     * The findings at the cells they are about.
     *
     * @return the findings, never null
     */
    Findings located() {
        return Findings.of(org.openbcf.review.FindingPlaces.locate(findings, places));
    }
}
