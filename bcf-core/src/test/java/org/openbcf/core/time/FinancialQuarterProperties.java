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

    @Test
    void equalsHashCodeAndCompareToAgree() {
        qt().withFixedSeed(Generators.SEED).forAll(Generators.quarters(), Generators.quarters()).checkAssert((a, b) -> {
            assertThat(a.equals(b)).isEqualTo(a.compareTo(b) == 0)
                    .isEqualTo(a.year().equals(b.year()) && a.quarter() == b.quarter());
            assertThat(a.year().equals(b.year())).isEqualTo(a.year().compareTo(b.year()) == 0);
            assertThat(a.equals(FinancialQuarter.of(b.year().startYear(), b.quarter()))).isEqualTo(a.equals(b));
            if (a.equals(b)) {
                assertThat(a.hashCode()).isEqualTo(b.hashCode());
                assertThat(a.year().hashCode()).isEqualTo(b.year().hashCode());
            }
            FinancialQuarter copy = FinancialQuarter.of(a.year().startYear(), a.quarter());
            assertThat(copy).isEqualTo(a).hasSameHashCodeAs(a);
            assertThat(copy.year()).isEqualTo(a.year()).hasSameHashCodeAs(a.year());
            assertThat(a.plusQuarters(1)).isNotEqualTo(a).isNotEqualTo(null).isNotEqualTo(a.toString());
            assertThat(a.year()).isNotEqualTo(a.year().plusYears(1)).isNotEqualTo(null);
        });
    }
}
