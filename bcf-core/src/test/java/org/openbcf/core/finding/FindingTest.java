package org.openbcf.core.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.openbcf.core.money.Gbp;

/** A finding's line states every number once (issue 28), and keeps every number as data. */
class FindingTest {

    @Test
    void anAmountTheMessageStatesIsNotRepeatedButStaysInTheAmounts() {
        Finding f = Finding.of(Rule.R_POOL_4, Severity.WARNING, "board.csv row 6, column value",
                        "stated pool £45,600,000.00 differs from the contributions £45,650,000.00")
                .withAmount("stated", Gbp.of(45_600_000)).withAmount("contributions", Gbp.of(45_650_000))
                .withAmount("difference", Gbp.of(-50_000));
        assertThat(f).hasToString("WARNING R-POOL-4 board.csv row 6, column value: stated pool £45,600,000.00 differs"
                + " from the contributions £45,650,000.00 (difference -£50,000.00)");
        assertThat(f.amounts()).containsOnlyKeys("stated", "contributions", "difference");
    }

    @Test
    void aNumberIsStatedOnlyAsAWholeNumberNotAsPartOfAnother() {
        Finding inside = Finding.of(Rule.R_POOL_4, Severity.WARNING, "x", "15 rows, 2.5%, £150,000.00 and -7")
                .withFigure("five", new BigDecimal("5")).withFigure("two", new BigDecimal("2"))
                .withAmount("fifty", Gbp.of(50_000)).withFigure("seven", new BigDecimal("7"));
        assertThat(inside).hasToString("WARNING R-POOL-4 x: 15 rows, 2.5%, £150,000.00 and -7 "
                + "(fifty £50,000.00, five 5, two 2, seven 7)");
        Finding stated = Finding.of(Rule.R_POOL_4, Severity.WARNING, "x", "impact 5 is outside the scale 1-4")
                .withFigure("impact", new BigDecimal("5")).withFigure("scaleMax", new BigDecimal("4"));
        assertThat(stated).hasToString("WARNING R-POOL-4 x: impact 5 is outside the scale 1-4");
        assertThat(stated.figures()).containsOnlyKeys("impact", "scaleMax");
    }
}
