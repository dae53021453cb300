package org.openbcf.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.openbcf.core.Generators;
import org.quicktheories.core.Gen;

class RiskProperties {

    /** Scales of 1 to 12 levels. */
    private static Gen<RiskScale> scales(String name) {
        return integers().between(1, 12).map(size -> new RiskScale(name,
                IntStream.rangeClosed(1, size).mapToObj(level -> "level " + level).toList()));
    }

    private static Gen<RiskMatrix> matrices() {
        return scales("likelihood").zip(scales("impact"), (l, i) -> RiskMatrix.of("m", l, i));
    }

    /** Up to 30 risks with levels 1 to 6, ids r0, r1, ... in input order. */
    private static Gen<List<Risk>> risks() {
        Gen<int[]> levels = integers().between(1, 6).zip(integers().between(1, 6), (l, i) -> new int[] {l, i});
        return lists().of(levels).ofSizeBetween(0, 30).map(rows -> IntStream.range(0, rows.size())
                .mapToObj(n -> Risk.of("r" + n, rows.get(n)[0], rows.get(n)[1])).toList());
    }

    /** A matrix and one of its cells. */
    private record Cell(RiskMatrix matrix, int likelihood, int impact) {
    }

    private static Gen<Cell> cells() {
        return matrices().zip(integers().between(0, 1_000), integers().between(0, 1_000), (m, l, i) ->
                new Cell(m, 1 + l % m.likelihood().size(), 1 + i % m.impact().size()));
    }

    @Test
    void everyScoreOnAMatrixIsBetweenOneAndTheMaximum() {
        qt().withFixedSeed(Generators.SEED).forAll(cells()).checkAssert(c -> assertThat(c.matrix().score(c.likelihood(), c.impact()))
                .isBetween(1, c.matrix().likelihood().size() * c.matrix().impact().size())
                .isIn(c.matrix().reachableScores()));
    }

    @Test
    void scoreRisesWithLikelihood() {
        qt().withFixedSeed(Generators.SEED).forAll(cells())
                .assuming(c -> c.likelihood() < c.matrix().likelihood().size())
                .checkAssert(c -> assertThat(c.matrix().score(c.likelihood() + 1, c.impact()))
                        .isGreaterThan(c.matrix().score(c.likelihood(), c.impact())));
    }

    @Test
    void scoreRisesWithImpact() {
        qt().withFixedSeed(Generators.SEED).forAll(cells())
                .assuming(c -> c.impact() < c.matrix().impact().size())
                .checkAssert(c -> assertThat(c.matrix().score(c.likelihood(), c.impact() + 1))
                        .isGreaterThan(c.matrix().score(c.likelihood(), c.impact())));
    }

    @Test
    void everyCellOfAPresetFallsInExactlyOneBandOfTheNhsMatrix() {
        RiskMatrix nhs = RiskMatrix.nhsFiveByFive();
        qt().withFixedSeed(Generators.SEED).forAll(integers().between(1, 5), integers().between(1, 5))
                .checkAssert((l, i) -> assertThat(nhs.bands()).filteredOn(band -> band.contains(nhs.score(l, i))).hasSize(1));
        assertThat(RiskMatrix.fourByFour().bands()).isEmpty();
    }

    @Test
    void bandsCutAtRandomPointsAreAcceptedAndHoldEveryReachableScoreOnce() {
        // cut 1..max into consecutive bands at random points: no overlaps and no gaps, so always valid
        qt().withFixedSeed(Generators.SEED).forAll(matrices(), lists().of(integers().between(1, 144)).ofSizeBetween(0, 5))
                .checkAssert((m, cuts) -> {
                    List<Integer> ends = new ArrayList<>(cuts.stream().filter(c -> c < m.maxScore()).distinct().toList());
                    ends.add(m.maxScore());
                    Collections.sort(ends);
                    List<RiskBand> bands = new ArrayList<>();
                    int start = 1;
                    for (int end : ends) {
                        bands.add(RiskBand.of("b" + start, start, end));
                        start = end + 1;
                    }
                    RiskMatrix banded = RiskMatrix.of("banded", m.likelihood(), m.impact(), bands);
                    for (int score : banded.reachableScores()) {
                        assertThat(banded.bands()).filteredOn(band -> band.contains(score)).hasSize(1);
                    }
                });
    }

    @Test
    void rankingIsAStableSortByScoreHighestFirst() {
        qt().withFixedSeed(Generators.SEED).forAll(matrices(), risks()).checkAssert((m, risks) -> {
            List<ScoredRisk> ranking = RiskRegister.of(m, risks).ranking();
            assertThat(ranking).extracting(ScoredRisk::risk).containsExactlyInAnyOrderElementsOf(risks);
            for (int n = 1; n < ranking.size(); n++) {
                ScoredRisk before = ranking.get(n - 1);
                ScoredRisk after = ranking.get(n);
                assertThat(before.score()).isGreaterThanOrEqualTo(after.score());
                if (before.score() == after.score()) {
                    assertThat(risks.indexOf(before.risk())).isLessThan(risks.indexOf(after.risk()));
                }
            }
        });
    }

    @Test
    void everyRiskIsEitherInOneHeatMapCellOrOffTheMatrixWithAFinding() {
        qt().withFixedSeed(Generators.SEED).forAll(matrices(), risks()).checkAssert((m, risks) -> {
            RiskRegister register = RiskRegister.of(m, risks);
            long off = register.scored().stream().filter(risk -> !risk.onMatrix()).count();
            assertThat(register.heatMap().total() + register.heatMap().offMatrix()).isEqualTo(risks.size());
            assertThat(register.heatMap().offMatrix()).isEqualTo(off);
            assertThat(register.scored()).filteredOn(risk -> !risk.onMatrix())
                    .allSatisfy(risk -> assertThat(risk.findings().ofRule(RiskRegister.OFF_SCALE_RULE).isEmpty()).isFalse());
        });
    }
}
