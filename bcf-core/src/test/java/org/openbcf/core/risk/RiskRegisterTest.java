package org.openbcf.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Severity;

class RiskRegisterTest {

    private static final RiskMatrix FOUR_BY_FIVE = RiskMatrix.of("4x5", RiskMatrix.fourByFour().likelihood(),
            RiskScale.of("severity", "Negligible", "Minor", "Moderate", "Major", "Catastrophic"));

    private static final List<String> IDS_BY_RANK = List.of(
            "NN2-R3", "NN2-R4", "NN2-R2", "NN2-R6",
            "NN1-R1", "NN1-R2", "NN3-R2", "NN3-R5", "NN4-R3", "NN4-R4",
            "NN2-R5",
            "NN2-R1", "NN5-R2", "NCH1-R1", "NCH2-R1", "NCH3-R1", "NCH4-R1",
            "NN3-R1", "NN3-R4", "NN4-R1", "NN5-R1",
            "NN3-R3", "NN4-R2");

    /** Schemes and risks, section 2.3: the 23 stated scores, in source order. */
    private static final List<Integer> STATED = List.of(12, 12, 9, 16, 20, 20, 10, 15, 6, 12, 4, 6, 12, 6, 4, 12,
            12, 6, 9, 9, 9, 9, 9);

    @Test
    void norfolk2016OnTheFourByFourScoresEveryRowAsLikelihoodTimesImpact() {
        RiskRegister register = RiskRegister.of(RiskMatrix.fourByFour(), NorfolkRisks2016.ROWS);

        assertThat(register.scored()).extracting(ScoredRisk::score).containsExactlyElementsOf(STATED);
        assertThat(register.scored()).allSatisfy(risk -> assertThat(risk.band()).isEmpty());
        assertThat(register.scored()).filteredOn(risk -> !risk.onMatrix()).extracting(risk -> risk.risk().id())
                .containsExactly("NN2-R3", "NN2-R4", "NN2-R5", "NN2-R6");
        assertThat(register.ranking()).extracting(risk -> risk.risk().id()).containsExactlyElementsOf(IDS_BY_RANK);
        assertThat(register.countsByBand()).isEmpty();
        assertThat(register.countsByScore()).containsExactly(entry(4, 2), entry(6, 4), entry(9, 6), entry(12, 6),
                entry(16, 1));
        assertThat(register).hasToString("risk register on 4x4: 23 risks, 4 findings");
    }

    @Test
    void norfolk2016OnTheFourByFourReportsNn2SeverityFiveRowsAsFindings() {
        Findings findings = RiskRegister.of(RiskMatrix.fourByFour(), NorfolkRisks2016.ROWS).findings();

        assertThat(findings.list()).extracting(Finding::rule).containsOnly(RiskRegister.OFF_SCALE_RULE);
        assertThat(findings.list()).extracting(Finding::where).containsExactly(
                "risks.NN2-R3.impact", "risks.NN2-R4.impact", "risks.NN2-R5.impact", "risks.NN2-R6.impact");
        assertThat(findings.list().get(0)).hasToString(
                "ERROR R-RISK-2 risks.NN2-R3.impact: impact 5 is outside the impact scale 1-4");
        assertThat(findings.ofRule(RiskRegister.STATED_SCORE_RULE).isEmpty()).isTrue();
    }

    @Test
    void norfolk2016HeatMapOnTheFourByFour() {
        RiskHeatMap map = RiskRegister.of(RiskMatrix.fourByFour(), NorfolkRisks2016.ROWS).heatMap();

        assertThat(map.total()).isEqualTo(19);
        assertThat(map.offMatrix()).isEqualTo(4);
        assertThat(map.count(3, 3)).isEqualTo(6);
        assertThat(map.count(3, 4)).isEqualTo(4);
        assertThat(map.count(2, 3)).isEqualTo(4);
        assertThat(map.matrix()).isEqualTo(RiskMatrix.fourByFour());
        assertThat(map).hasToString(String.join("\n",
                "impact \\ likelihood  1 Unlikely  2 Possible  3 Likely  4 Certain",
                "4 Major                       0           0         4          1",
                "3 Moderate                    0           4         6          2",
                "2 Minor                       0           2         0          0",
                "1 Negligible                  0           0         0          0"));
    }

    @Test
    void norfolk2016OnAFiveLevelImpactScaleIsAcceptedWithNn2Scores20_20_10_15() {
        RiskRegister register = RiskRegister.of(FOUR_BY_FIVE, NorfolkRisks2016.ROWS);

        assertThat(register.findings().isEmpty()).isTrue();
        assertThat(register.scored()).allSatisfy(risk -> assertThat(risk.onMatrix()).isTrue());
        assertThat(register.scored()).filteredOn(risk -> risk.risk().impact() == 5).extracting(ScoredRisk::score)
                .containsExactly(20, 20, 10, 15);
        assertThat(register.heatMap().offMatrix()).isZero();
        assertThat(register.heatMap().count(4, 5)).isEqualTo(2);
        assertThat(register.ranking()).extracting(risk -> risk.risk().id()).containsExactlyElementsOf(IDS_BY_RANK);
    }

    @Test
    void norfolk2016OnTheNhsFiveByFiveCountsPerBand() {
        RiskRegister register = RiskRegister.of(RiskMatrix.nhsFiveByFive(), NorfolkRisks2016.ROWS);

        assertThat(register.countsByBand()).containsExactly(
                entry(RiskBand.of("Low", 1, 3), 0), entry(RiskBand.of("Moderate", 4, 6), 6),
                entry(RiskBand.of("High", 8, 12), 13), entry(RiskBand.of("Extreme", 15, 25), 4));
        assertThat(register.top(3)).extracting(ScoredRisk::bandName).containsExactly("Extreme", "Extreme", "Extreme");
        assertThat(register.scored().get(6).bandName()).isEqualTo("High");
    }

    @Test
    void aStatedScoreThatDiffersFromTheProductIsAWarning() {
        Risk risk = Risk.of("X1", 3, 3).withStatedScore(12);
        ScoredRisk scored = RiskRegister.of(RiskMatrix.fourByFour(), List.of(risk)).scored().get(0);

        assertThat(scored.score()).isEqualTo(9);
        assertThat(scored.onMatrix()).isTrue();
        assertThat(scored.findings().list()).containsExactly(Finding.of(RiskRegister.STATED_SCORE_RULE,
                        Severity.WARNING, "risks.X1.statedScore", "stated score 12 differs from likelihood x impact = 3 x 3 = 9")
                .withFigure("statedScore", BigDecimal.valueOf(12)).withFigure("score", BigDecimal.valueOf(9)));
    }

    @Test
    void aMatchingStatedScoreIsNoFinding() {
        Risk risk = Risk.of("X1", 3, 4).withStatedScore(12);
        assertThat(RiskRegister.of(RiskMatrix.fourByFour(), List.of(risk)).findings().isEmpty()).isTrue();
    }

    @Test
    void aLikelihoodAboveTheScaleIsAnErrorAndEveryFindingOfARiskIsReported() {
        Risk risk = Risk.of("X1", 5, 4).withStatedScore(16);
        ScoredRisk scored = RiskRegister.of(RiskMatrix.fourByFour(), List.of(risk)).scored().get(0);

        assertThat(scored.onMatrix()).isFalse();
        assertThat(scored.findings().list()).extracting(Finding::toString).containsExactly(
                "ERROR R-RISK-2 risks.X1.likelihood: likelihood 5 is outside the likelihood scale 1-4",
                "WARNING R-RISK-1 risks.X1.statedScore: stated score 16 differs from likelihood x impact = 5 x 4 = 20");
    }

    @Test
    void aRiskOffTheMatrixHasNoBandEvenWhenItsProductIsInABand() {
        RiskMatrix threeByThree = RiskMatrix.of("3x3", RiskScale.of("likelihood", "Low", "Medium", "High"),
                RiskScale.of("impact", "Low", "Medium", "High"), List.of(RiskBand.of("All", 1, 9)));
        RiskRegister register = RiskRegister.of(threeByThree, List.of(Risk.of("A", 1, 4), Risk.of("B", 1, 3)));

        assertThat(register.scored()).extracting(ScoredRisk::bandName).containsExactly("", "All");
        assertThat(register.countsByBand()).containsExactly(entry(RiskBand.of("All", 1, 9), 1));
        assertThat(register.countsByScore()).containsExactly(entry(3, 1));
    }

    @Test
    void tiesRankInInputOrder() {
        RiskRegister register = RiskRegister.of(RiskMatrix.fourByFour(), List.of(
                Risk.of("a", 1, 2), Risk.of("b", 2, 1), Risk.of("c", 4, 4), Risk.of("d", 1, 1), Risk.of("e", 2, 1)));

        assertThat(register.ranking()).extracting(risk -> risk.risk().id()).containsExactly("c", "a", "b", "e", "d");
        assertThat(register.top(2)).extracting(risk -> risk.risk().id()).containsExactly("c", "a");
        assertThat(register.top(0)).isEmpty();
        assertThat(register.top(9)).hasSize(5);
        assertThat(register.scored()).extracting(risk -> risk.risk().id()).containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    void anEmptyRegisterHasNothingToReport() {
        RiskRegister register = RiskRegister.of(RiskMatrix.nhsFiveByFive(), List.of());

        assertThat(register.findings()).isEqualTo(Findings.none());
        assertThat(register.ranking()).isEmpty();
        assertThat(register.countsByBand().values()).containsExactly(0, 0, 0, 0);
        assertThat(register.heatMap().total()).isZero();
        assertThat(register.matrix()).isSameAs(RiskMatrix.nhsFiveByFive());
    }

    @Test
    void registersAreEqualWhenMatrixAndRisksAre() {
        RiskRegister one = RiskRegister.of(RiskMatrix.fourByFour(), NorfolkRisks2016.ROWS);
        RiskRegister same = RiskRegister.of(RiskMatrix.fourByFour(), List.copyOf(NorfolkRisks2016.ROWS));

        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(one).isNotEqualTo(RiskRegister.of(FOUR_BY_FIVE, NorfolkRisks2016.ROWS));
        assertThat(one).isNotEqualTo(RiskRegister.of(RiskMatrix.fourByFour(), NorfolkRisks2016.ROWS.subList(0, 3)));
        assertThat(one).isNotEqualTo("register");
        assertThat(one.hashCode()).isNotEqualTo(RiskRegister.of(FOUR_BY_FIVE, NorfolkRisks2016.ROWS).hashCode())
                .isNotEqualTo(RiskRegister.of(RiskMatrix.fourByFour(), NorfolkRisks2016.ROWS.subList(0, 3)).hashCode());
    }

    @Test
    void duplicateIdsAreRejected() {
        List<Risk> risks = List.of(Risk.of("NN1-R1", 1, 1), Risk.of("NN1-R2", 1, 1), Risk.of("NN1-R1", 2, 2));

        assertThatThrownBy(() -> RiskRegister.of(RiskMatrix.fourByFour(), risks))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("risk id (NN1-R1) must be unique: risks 1 and 3 share it");
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> RiskRegister.of(null, List.of())).hasMessageContaining("matrix");
        assertThatThrownBy(() -> RiskRegister.of(RiskMatrix.fourByFour(), null)).hasMessageContaining("risks");
        assertThatThrownBy(() -> RiskRegister.of(RiskMatrix.fourByFour(), java.util.Arrays.asList((Risk) null)))
                .hasMessageContaining("risks[0]");
        RiskRegister register = RiskRegister.of(RiskMatrix.fourByFour(), List.of());
        assertThatThrownBy(() -> register.top(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("number of top risks (-1)");
    }

    @Test
    void aScoredRiskBandMustHoldItsScore() {
        Risk risk = Risk.of("X", 2, 2);
        assertThatThrownBy(() -> new ScoredRisk(risk, true, java.util.Optional.of(RiskBand.of("High", 8, 12)),
                Findings.none())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("High 8-12").hasMessageContaining("X").hasMessageContaining("4");
        assertThat(new ScoredRisk(risk, true, java.util.Optional.empty(), Findings.none()).bandName()).isEmpty();
        assertThat(new ScoredRisk(risk, true, java.util.Optional.of(RiskBand.of("Moderate", 4, 6)), Findings.none())
                .bandName()).isEqualTo("Moderate");
    }
}
