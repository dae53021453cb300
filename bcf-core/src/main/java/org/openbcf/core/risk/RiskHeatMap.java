package org.openbcf.core.risk;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.openbcf.core.internal.Checks;

/**
 * How many risks fall in each cell of a risk matrix, printed as text with impact rows (highest
 * first, as the 2016 template prints its matrix) and likelihood columns.
 *
 * <p>Example for Norfolk's 2016 risks on the 4×4 matrix: 6 risks at likelihood 3, impact 3.
 * Risks whose levels are off the matrix are not in any cell; {@link #offMatrix()} counts them. This
 * class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RiskHeatMap {

    private final RiskMatrix matrix;
    private final int[][] counts;
    private final int offMatrix;

    private RiskHeatMap(RiskMatrix matrix, int[][] counts, int offMatrix) {
        this.matrix = matrix;
        this.counts = counts;
        this.offMatrix = offMatrix;
    }

    /**
     * The heat map of some risks on a matrix.
     *
     * @param matrix the matrix, not null
     * @param risks  the risks, not null, no null elements
     * @return the heat map, never null
     */
    public static RiskHeatMap of(RiskMatrix matrix, Collection<Risk> risks) {
        Checks.notNull(matrix, "matrix");
        Checks.notNull(risks, "risks");
        int[][] counts = new int[matrix.impact().size()][matrix.likelihood().size()];
        int off = 0;
        for (Risk risk : risks) {
            Checks.notNull(risk, "risk");
            if (matrix.contains(risk.likelihood(), risk.impact())) {
                counts[risk.impact() - 1][risk.likelihood() - 1]++;
            } else {
                off++;
            }
        }
        return new RiskHeatMap(matrix, counts, off);
    }

    /**
     * The matrix the map is drawn on.
     *
     * @return the matrix, never null
     */
    public RiskMatrix matrix() {
        return matrix;
    }

    /**
     * The number of risks in one cell.
     *
     * @param likelihood the likelihood level, on the matrix's scale
     * @param impact     the impact level, on the matrix's scale
     * @return the count, at least 0
     * @throws IllegalArgumentException when a level is off its scale
     */
    public int count(int likelihood, int impact) {
        return counts[matrix.impact().require(impact) - 1][matrix.likelihood().require(likelihood) - 1];
    }

    /**
     * The number of risks on the matrix (in some cell).
     *
     * @return the total, at least 0
     */
    public int total() {
        return Arrays.stream(counts).flatMapToInt(Arrays::stream).sum();
    }

    /**
     * The number of risks whose levels are off the matrix and so in no cell.
     *
     * @return the count, at least 0
     */
    public int offMatrix() {
        return offMatrix;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RiskHeatMap that && matrix.equals(that.matrix)
                && Arrays.deepEquals(counts, that.counts) && offMatrix == that.offMatrix;
    }

    @Override
    public int hashCode() {
        return Objects.hash(matrix, Arrays.deepHashCode(counts), offMatrix);
    }

    /**
     * The map as text: a header row naming the likelihood levels, then one row per impact level,
     * highest first, each cell the count right-aligned under its column, e.g.
     * <pre>
     * impact \ likelihood  1 Unlikely  2 Possible  3 Likely  4 Certain
     * 4 Major                       0           0         4          1
     * </pre>
     *
     * @return the lines, separated by {@code \n}, without a trailing newline; never null
     */
    @Override
    public String toString() {
        RiskScale likelihood = matrix.likelihood();
        RiskScale impact = matrix.impact();
        String corner = impact.name() + " \\ " + likelihood.name();
        int first = corner.length();
        for (int i = 1; i <= impact.size(); i++) {
            first = Math.max(first, (i + " " + impact.label(i)).length());
        }
        StringBuilder text = new StringBuilder(pad(corner, first, false));
        List<String> headers = likelihood.labels();
        for (int l = 1; l <= likelihood.size(); l++) {
            text.append("  ").append(l).append(' ').append(headers.get(l - 1));
        }
        for (int i = impact.size(); i >= 1; i--) {
            text.append('\n').append(pad(i + " " + impact.label(i), first, false));
            for (int l = 1; l <= likelihood.size(); l++) {
                String header = l + " " + headers.get(l - 1);
                text.append("  ").append(pad(Integer.toString(counts[i - 1][l - 1]), header.length(), true));
            }
        }
        return text.toString();
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(Math.max(0, width - text.length()));
        return right ? spaces + text : text + spaces;
    }
}
