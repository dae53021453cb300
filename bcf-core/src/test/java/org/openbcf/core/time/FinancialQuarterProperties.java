package org.openbcf.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.openbcf.core.Generators;

class FinancialQuarterProperties {

    @Test
    void toStringAndParseRoundTrip() {
        qt().withFixedSeed(Generators.SEED).forAll(Generators.quarters()).checkAssert(q -> {
            assertThat(FinancialQuarter.parse(q.toString())).isEqualTo(q);
            assertThat(FinancialYear.parse(q.year().toString())).isEqualTo(q.year());
        });
    }

    @Test
    void addingThenSubtractingQuartersGivesTheSameQuarter() {
        qt().withFixedSeed(Generators.SEED).forAll(Generators.quarters(), integers().between(-200, 200)).checkAssert((q, n) -> {
            FinancialQuarter moved = q.plusQuarters(n);
            assertThat(moved.plusQuarters(-n)).isEqualTo(q);
            assertThat(q.quartersUntil(moved)).isEqualTo(n.longValue());
            assertThat(Integer.signum(moved.compareTo(q))).isEqualTo(Integer.signum(n));
        });
    }

    @Test
    void fourQuartersMakeAYear() {
        qt().withFixedSeed(Generators.SEED).forAll(Generators.quarters()).checkAssert(q -> {
            assertThat(q.plusQuarters(4)).isEqualTo(q.minusYears(-1));
            assertThat(q.plusQuarters(-4)).isEqualTo(q.minusYears(1));
        });
    }

    @Test
    void aQuarterContainsExactlyItsDays() {
        qt().withFixedSeed(Generators.SEED).forAll(Generators.quarters()).checkAssert(q -> {
            assertThat(FinancialQuarter.from(q.firstDay())).isEqualTo(q);
            assertThat(FinancialQuarter.from(q.lastDay())).isEqualTo(q);
            assertThat(q.next().firstDay()).isEqualTo(q.lastDay().plusDays(1));
            assertThat(q.year().contains(q.firstDay())).isTrue();
        });
    }
}
