package org.openbcf.core.risk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.internal.Checks;

/**
 * A risk register: risks scored on one declared {@link RiskMatrix}. Score = likelihood × impact;
 * the band is the matrix's band of that score; risks rank by score, highest first, ties in input order.
 *
 * <p>Findings (not exceptions), as the BCF reference's "Risk scores" rule says:
 * <ul>
 *   <li>{@link #STATED_SCORE_RULE} (warning): a stated score that differs from likelihood × impact;</li>
 *   <li>{@link #OFF_SCALE_RULE} (error): a likelihood or impact level outside the register's scale,
 *       e.g. Norfolk's 2016 NN2 rows with severity 5 on the 4×4 matrix. Such a risk keeps its product
 *       as its score, but has no band and no cell on the heat map.</li>
 * </ul>
 * Example: Norfolk's 23 risk rows of 2016 on the 4×4 matrix give 4 {@link #OFF_SCALE_RULE} findings
 * and a top score of 20 (NN2-R3). This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RiskRegister {

    /** The rule id of a stated score that differs from likelihood × impact. */
    public static final Rule STATED_SCORE_RULE = Rule.R_RISK_1;

    /** The rule id of a level outside the register's scale. */
    public static final Rule OFF_SCALE_RULE = Rule.R_RISK_2;

    private static final Comparator<ScoredRisk> HIGHEST_SCORE_FIRST =
            Comparator.comparingInt(ScoredRisk::score).reversed();

    private final RiskMatrix matrix;
    private final List<ScoredRisk> scored;

    private RiskRegister(RiskMatrix matrix, List<ScoredRisk> scored) {
        this.matrix = matrix;
        this.scored = scored;
    }

    /**
     * A register of risks on a matrix, e.g. {@code of(RiskMatrix.fourByFour(), risks)}.
     *
     * @param matrix the matrix that declares the scales and bands, not null
     * @param risks  the risks in input order, not null, no null elements
     * @return the register, never null
     * @throws IllegalArgumentException when two risks share an id
     */
    public static RiskRegister of(RiskMatrix matrix, List<Risk> risks) {
        Checks.notNull(matrix, "matrix");
        Checks.notNull(risks, "risks");
        Map<String, Integer> seen = new HashMap<>();
        List<ScoredRisk> scored = new ArrayList<>(risks.size());
        for (int i = 0; i < risks.size(); i++) {
            Risk risk = Checks.notNullElement(risks.get(i), "risks", i);
            Integer earlier = seen.putIfAbsent(risk.id(), i + 1);
            if (earlier != null) {
                throw new IllegalArgumentException("risk id (" + risk.id() + ") must be unique: risks "
                        + earlier + " and " + (i + 1) + " share it");
            }
            scored.add(score(matrix, risk));
        }
        return new RiskRegister(matrix, List.copyOf(scored));
    }

    private static ScoredRisk score(RiskMatrix matrix, Risk risk) {
        List<Finding> findings = new ArrayList<>();
        boolean onMatrix = matrix.contains(risk.likelihood(), risk.impact());
        offScale(risk, "likelihood", risk.likelihood(), matrix.likelihood()).ifPresent(findings::add);
        offScale(risk, "impact", risk.impact(), matrix.impact()).ifPresent(findings::add);
        if (risk.statedScore().isPresent() && risk.statedScore().getAsInt() != risk.product()) {
            findings.add(Finding.of(STATED_SCORE_RULE, Severity.WARNING, "risks." + risk.id() + ".statedScore",
                            "stated score " + risk.statedScore().getAsInt() + " differs from likelihood x impact = "
                                    + risk.likelihood() + " x " + risk.impact() + " = " + risk.product())
                    .withFigure("statedScore", BigDecimal.valueOf(risk.statedScore().getAsInt()))
                    .withFigure("score", BigDecimal.valueOf(risk.product())));
        }
        Optional<RiskBand> band = onMatrix ? matrix.band(risk.product()) : Optional.empty();
        return new ScoredRisk(risk, onMatrix, band, Findings.of(findings));
    }

    private static Optional<Finding> offScale(Risk risk, String axis, int level, RiskScale scale) {
        if (scale.contains(level)) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(OFF_SCALE_RULE, Severity.ERROR, "risks." + risk.id() + "." + axis,
                        axis + " " + level + " is outside the " + scale.name() + " scale " + scale.range())
                .withFigure(axis, BigDecimal.valueOf(level))
                .withFigure("scaleMax", BigDecimal.valueOf(scale.size())));
    }

    /**
     * The matrix the register declares.
     *
     * @return the matrix, never null
     */
    public RiskMatrix matrix() {
        return matrix;
    }

    /**
     * The risks, scored, in input order.
     *
     * @return an unmodifiable list, never null
     */
    public List<ScoredRisk> scored() {
        return scored;
    }

    /**
     * The risks, scored, highest score first; risks with equal scores keep their input order.
     *
     * @return an unmodifiable list, never null
     */
    public List<ScoredRisk> ranking() {
        List<ScoredRisk> ranked = new ArrayList<>(scored);
        ranked.sort(HIGHEST_SCORE_FIRST);
        return Collections.unmodifiableList(ranked);
    }

    /**
     * The first {@code n} risks of the {@link #ranking()}, or all of them when there are fewer.
     *
     * @param n how many, at least 0
     * @return an unmodifiable list, never null
     */
    public List<ScoredRisk> top(int n) {
        Checks.inRange(n, 0, Integer.MAX_VALUE, "number of top risks");
        List<ScoredRisk> ranked = ranking();
        return ranked.subList(0, Math.min(n, ranked.size()));
    }

    /**
     * How many risks fall in each band, in band order, including bands with none; risks off the matrix
     * are not counted. Empty when the matrix has no bands. Example for Norfolk 2016 on 5×5:
     * {@code Low=0, Moderate=6, High=13, Extreme=4}.
     *
     * @return an unmodifiable map, never null
     */
    public Map<RiskBand, Integer> countsByBand() {
        Map<RiskBand, Integer> counts = new LinkedHashMap<>();
        matrix.bands().forEach(band -> counts.put(band, 0));
        scored.forEach(risk -> risk.band().ifPresent(band -> counts.merge(band, 1, Integer::sum)));
        return Collections.unmodifiableMap(counts);
    }

    /**
     * How many risks on the matrix have each score, lowest score first, e.g. {@code 4=2, 6=4, 9=6, 12=6, 16=1}.
     *
     * @return an unmodifiable sorted map of the scores that occur, never null
     */
    public SortedMap<Integer, Integer> countsByScore() {
        SortedMap<Integer, Integer> counts = new TreeMap<>();
        scored.stream().filter(ScoredRisk::onMatrix).forEach(risk -> counts.merge(risk.score(), 1, Integer::sum));
        return Collections.unmodifiableSortedMap(counts);
    }

    /**
     * The heat map: counts per cell, impact rows × likelihood columns.
     *
     * @return the heat map, never null
     */
    public RiskHeatMap heatMap() {
        return RiskHeatMap.of(matrix, scored.stream().map(ScoredRisk::risk).toList());
    }

    /**
     * Every finding, risk by risk in input order.
     *
     * @return the report, never null
     */
    public Findings findings() {
        return scored.stream().map(ScoredRisk::findings).reduce(Findings.none(), Findings::and);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RiskRegister that && matrix.equals(that.matrix) && scored.equals(that.scored);
    }

    @Override
    public int hashCode() {
        return Objects.hash(matrix, scored);
    }

    /**
     * A summary, e.g. {@code risk register on 4x4: 23 risks, 4 findings}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "risk register on " + matrix.name() + ": " + scored.size() + " risks, " + findings().size() + " findings";
    }
}
