package org.openbcf.core.risk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.openbcf.core.internal.Checks;

/**
 * A risk matrix: a likelihood scale × an impact scale, where a risk's score is likelihood × impact,
 * with optional named bands over score ranges, e.g. the NHS 5×5 matrix with bands Low 1-3,
 * Moderate 4-6, High 8-12, Extreme 15-25.
 *
 * <p>When a matrix has bands, every reachable score (every product of a likelihood level and an
 * impact level) lies in exactly one band, and no two bands share a score; a matrix that breaks this is
 * rejected at construction. Scores that no cell can produce (7, 13, 14 on the 5×5 matrix) may fall
 * between bands. Source: BCF reference, "Risk scores". This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RiskMatrix {

    private static final RiskMatrix FOUR_BY_FOUR = of("4x4",
            RiskScale.of("likelihood", "Unlikely", "Possible", "Likely", "Certain"),
            RiskScale.of("impact", "Negligible", "Minor", "Moderate", "Major"));

    private static final RiskMatrix NHS_FIVE_BY_FIVE = of("5x5",
            RiskScale.of("likelihood", "Rare", "Unlikely", "Possible", "Likely", "Almost certain"),
            RiskScale.of("consequence", "Negligible", "Minor", "Moderate", "Major", "Catastrophic"),
            List.of(RiskBand.of("Low", 1, 3), RiskBand.of("Moderate", 4, 6),
                    RiskBand.of("High", 8, 12), RiskBand.of("Extreme", 15, 25)));

    private final String name;
    private final RiskScale likelihood;
    private final RiskScale impact;
    private final List<RiskBand> bands;
    private final SortedSet<Integer> reachableScores;

    private RiskMatrix(String name, RiskScale likelihood, RiskScale impact, List<RiskBand> bands,
                       SortedSet<Integer> reachableScores) {
        this.name = name;
        this.likelihood = likelihood;
        this.impact = impact;
        this.bands = bands;
        this.reachableScores = reachableScores;
    }

    /**
     * A matrix without bands, e.g. the 2016 scheme template's 4×4.
     *
     * @param name       a short name, e.g. {@code 4x4}; not blank
     * @param likelihood the likelihood scale (columns), not null
     * @param impact     the impact scale (rows), not null
     * @return the matrix, never null
     */
    public static RiskMatrix of(String name, RiskScale likelihood, RiskScale impact) {
        return of(name, likelihood, impact, List.of());
    }

    /**
     * A matrix with bands, e.g. the NHS 5×5.
     *
     * @param name       a short name, e.g. {@code 5x5}; not blank
     * @param likelihood the likelihood scale (columns), not null
     * @param impact     the impact scale (rows), not null
     * @param bands      the bands in any order, not null; empty for none
     * @return the matrix, never null
     * @throws IllegalArgumentException when two bands share a score, or a reachable score is in no band
     */
    public static RiskMatrix of(String name, RiskScale likelihood, RiskScale impact, List<RiskBand> bands) {
        String checkedName = Checks.notBlank(name, "matrix name").strip();
        Checks.notNull(likelihood, "likelihood");
        Checks.notNull(impact, "impact");
        Checks.notNull(bands, "bands");
        List<RiskBand> sorted = new ArrayList<>(bands.size());
        for (int i = 0; i < bands.size(); i++) {
            sorted.add(Checks.notNullElement(bands.get(i), "bands", i));
        }
        sorted.sort(Comparator.comparingInt(RiskBand::min));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new IllegalArgumentException("bands of matrix " + checkedName + " must not overlap: "
                        + sorted.get(i - 1) + " and " + sorted.get(i) + " share score " + sorted.get(i).min());
            }
        }
        SortedSet<Integer> reachable = new TreeSet<>();
        for (int l = 1; l <= likelihood.size(); l++) {
            for (int i = 1; i <= impact.size(); i++) {
                reachable.add(l * i);
            }
        }
        if (!sorted.isEmpty()) {
            for (int score : reachable) {
                if (sorted.stream().noneMatch(band -> band.contains(score))) {
                    throw new IllegalArgumentException("bands of matrix " + checkedName
                            + " must cover every reachable score: score " + score + " is in no band of " + sorted);
                }
            }
        }
        return new RiskMatrix(checkedName, likelihood, impact, List.copyOf(sorted),
                Collections.unmodifiableSortedSet(reachable));
    }

    /**
     * The 4×4 matrix of Norfolk's 2016 scheme template (likelihood 1 Unlikely … 4 Certain; impact
     * 1 Negligible … 4 Major; no bands). Source: scheme NN5, seed lines 7229–7240.
     *
     * @return the matrix, never null
     */
    public static RiskMatrix fourByFour() {
        return FOUR_BY_FOUR;
    }

    /**
     * The NHS 5×5 matrix (NPSA 2008): likelihood Rare … Almost certain; consequence Negligible …
     * Catastrophic; bands Low 1-3, Moderate 4-6, High 8-12, Extreme 15-25.
     *
     * @return the matrix, never null
     */
    public static RiskMatrix nhsFiveByFive() {
        return NHS_FIVE_BY_FIVE;
    }

    /**
     * A preset by its name: {@code 4x4} ({@link #fourByFour()}) or {@code 5x5} ({@link #nhsFiveByFive()}).
     *
     * @param name the preset's name, not null; case and surrounding spaces are ignored
     * @return the matrix, never null
     * @throws IllegalArgumentException when no preset has that name
     */
    public static RiskMatrix preset(String name) {
        Checks.notNull(name, "name");
        return switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "4x4" -> FOUR_BY_FOUR;
            case "5x5" -> NHS_FIVE_BY_FIVE;
            default -> throw new IllegalArgumentException("risk matrix '" + name + "' must be 4x4 or 5x5");
        };
    }

    /**
     * The short name, e.g. {@code 5x5}.
     *
     * @return the name, never null
     */
    public String name() {
        return name;
    }

    /**
     * The likelihood scale (the matrix's columns).
     *
     * @return the scale, never null
     */
    public RiskScale likelihood() {
        return likelihood;
    }

    /**
     * The impact scale (the matrix's rows), called consequence or severity in some templates.
     *
     * @return the scale, never null
     */
    public RiskScale impact() {
        return impact;
    }

    /**
     * The bands, lowest scores first; empty when the matrix has none.
     *
     * @return an unmodifiable list, never null
     */
    public List<RiskBand> bands() {
        return bands;
    }

    /**
     * Every score a cell of the matrix can hold, e.g. {@code [1, 2, 3, 4, 6, 8, 9, 12, 16]} for 4×4.
     *
     * @return an unmodifiable sorted set, never null
     */
    public SortedSet<Integer> reachableScores() {
        return reachableScores;
    }

    /**
     * The highest score: top likelihood × top impact, e.g. 16 for 4×4.
     *
     * @return the score
     */
    public int maxScore() {
        return likelihood.size() * impact.size();
    }

    /**
     * Whether both levels are on the matrix's scales.
     *
     * @param likelihoodLevel the likelihood level
     * @param impactLevel     the impact level
     * @return true when the cell exists
     */
    public boolean contains(int likelihoodLevel, int impactLevel) {
        return likelihood.contains(likelihoodLevel) && impact.contains(impactLevel);
    }

    /**
     * The score of a cell: likelihood × impact, e.g. 12 for likelihood 3, impact 4.
     *
     * @param likelihoodLevel the likelihood level, on the likelihood scale
     * @param impactLevel     the impact level, on the impact scale
     * @return the score, between 1 and {@link #maxScore()}
     * @throws IllegalArgumentException when a level is off its scale, e.g. {@code impact (5) must be between 1 and 4}
     */
    public int score(int likelihoodLevel, int impactLevel) {
        return likelihood.require(likelihoodLevel) * impact.require(impactLevel);
    }

    /**
     * The band that holds a score; empty when the matrix has no bands or the score is between bands.
     *
     * @param score the score
     * @return the band, never null
     */
    public Optional<RiskBand> band(int score) {
        return bands.stream().filter(band -> band.contains(score)).findFirst();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RiskMatrix that && name.equals(that.name) && likelihood.equals(that.likelihood)
                && impact.equals(that.impact) && bands.equals(that.bands);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, likelihood, impact, bands);
    }

    /**
     * A description, e.g. {@code 5x5 (likelihood 1-5 x consequence 1-5; bands Low 1-3, Moderate 4-6, ...)}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return name + " (" + likelihood.name() + " " + likelihood.range() + " x " + impact.name() + " "
                + impact.range() + (bands.isEmpty() ? "; no bands" : "; bands "
                + bands.stream().map(RiskBand::toString).collect(Collectors.joining(", "))) + ")";
    }
}
