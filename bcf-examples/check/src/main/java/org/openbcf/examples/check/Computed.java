package org.openbcf.examples.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.openbcf.core.finding.Findings;

/**
 * What a {@link SheetCalculation} computed from a workbook's inputs: the reference value of every
 * output, one per cell, and the findings the library's rules reported on the same inputs (e.g.
 * R-P4P-14 from {@code PaymentForPerformance}), which the check carries into its report.
 *
 * @param outputs  every output's values by name, not null
 * @param findings the rules' findings, not null
 */
record Computed(Map<String, List<BigDecimal>> outputs, Findings findings) {

    Computed {
        Objects.requireNonNull(outputs, "outputs");
        Objects.requireNonNull(findings, "findings");
    }
}
