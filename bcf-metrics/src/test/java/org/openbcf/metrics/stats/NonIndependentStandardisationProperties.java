package org.openbcf.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbcf.core.Generators;
import org.quicktheories.core.Gen;

class NonIndependentStandardisationProperties {

    private static final double[] ESP = {5500, 5000, 4000, 2500, 1500, 1000};

    /** Per band (up to six): people with frequency 1..4, and the band's population. */
    private static Gen<List<EventFrequency>> rows() {
        return lists().of(lists().of(longs().between(0, 400)).ofSize(5)).ofSizeBetween(1, 6).map(bands -> {
            List<EventFrequency> rows = new ArrayList<>();
            for (int b = 0; b < bands.size(); b++) {
                long population = 5_000 + bands.get(b).get(4) * 100;
                for (int f = 1; f <= 4; f++) {
                    rows.add(new EventFrequency("band" + b, f, bands.get(b).get(f - 1), population, ESP[b]));
                }
            }
            return rows;
        });
    }

    @Test
    void theResultIsIndependentOfZeroPeopleRowsBeingPresent() {
        qt().withFixedSeed(Generators.SEED).forAll(rows(), integers().between(5, 9)).checkAssert((rows, extra) -> {
            List<EventFrequency> withoutZeros = new ArrayList<>();
            List<EventFrequency> withMoreZeros = new ArrayList<>(rows);
            for (EventFrequency row : rows) {
                if (row.people() > 0 || row.frequency() == 1) {
                    withoutZeros.add(row);   // keep one row per band so every band stays present
                }
                withMoreZeros.add(new EventFrequency(row.ageBand(), extra + row.frequency() * 10, 0,
                        row.population(), row.standardPopulation()));
            }
            StandardisedRate all = NonIndependentStandardisation.perHundredThousand(rows, ConfidenceLevel.NINETY_FIVE);
            assertThat(NonIndependentStandardisation.perHundredThousand(withoutZeros, ConfidenceLevel.NINETY_FIVE))
                    .isEqualTo(all);
            assertThat(NonIndependentStandardisation.perHundredThousand(withMoreZeros, ConfidenceLevel.NINETY_FIVE))
                    .isEqualTo(all);
        });
    }

    @Test
    void theOrderOfRowsDoesNotChangeTheRateBeyondRounding() {
        qt().withFixedSeed(Generators.SEED).forAll(rows()).checkAssert(rows -> {
            List<EventFrequency> reversed = new ArrayList<>(rows);
            Collections.reverse(reversed);
            StandardisedRate a = NonIndependentStandardisation.perHundredThousand(rows, ConfidenceLevel.NINETY_FIVE);
            StandardisedRate b = NonIndependentStandardisation.perHundredThousand(reversed, ConfidenceLevel.NINETY_FIVE);
            assertThat(a.isSuppressed()).isEqualTo(b.isSuppressed());
            a.estimate().ifPresent(e -> assertThat(b.estimate().orElseThrow().upper())
                    .isCloseTo(e.upper(), Close.to(e.upper())));
        });
    }

    @Test
    void oneEventEachIsTheIndependentDobsonRate() {
        qt().withFixedSeed(Generators.SEED).forAll(rows()).checkAssert(rows -> {
            List<EventFrequency> ones = new ArrayList<>();
            List<AgeBand> bands = new ArrayList<>();
            for (EventFrequency row : rows) {
                if (row.frequency() == 1) {
                    ones.add(row);
                    bands.add(new AgeBand(row.ageBand(), row.people(), row.population(), row.standardPopulation()));
                }
            }
            assertThat(NonIndependentStandardisation.perHundredThousand(ones, ConfidenceLevel.NINETY_NINE_POINT_EIGHT))
                    .isEqualTo(DirectStandardisation.perHundredThousand(bands, ConfidenceLevel.NINETY_NINE_POINT_EIGHT));
        });
    }
}
