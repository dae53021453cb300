package org.openbcf.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openbcf.examples.cli.Cli;

/** The demo's P4P table: Norfolk 2015/16, G-1 to G-9. */
class PaymentForPerformanceSectionTest {

    private final String demo = Cli.run("demo").out();

    @Test
    void showsNorfolksP4pTableAndTotals() {
        assertThat(demo).contains("Payment for performance 2015/16 (non-elective admissions)")
                .containsPattern("Q4 2014/15 +22,905 +22,667 +23,331 +238 +238 +-426 +-426 +£354,620.00 +£0.00 +£354,620.00")
                .containsPattern("Q3 2015/16 +23,835 +22,642 +23,268 +1,193 +3,266 +567 +-949 +£1,777,570.00 +£0.00")
                .contains("Target reduction:       3,266 (3.5% of the baseline 93,089)")
                .contains("Performance pot:        £4,866,340.00")
                .contains("Ring-fenced funds:      £11,428,660.00 of the local share £16,295,000.00")
                .contains("Total unreleased funds: £4,866,340.00")
                .contains("Validations: passed (no findings)");
    }
}
