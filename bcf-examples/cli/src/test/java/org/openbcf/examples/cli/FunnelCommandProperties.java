package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Laws of {@code bcf funnel} for proportions: the printed limits are the closed form
 * {@code p₀ ± z·√(p₀(1 − p₀)/n)} within [0, 1] × multiplier, written out here, nested, and each
 * printed position is the one those printed limits give (one method draws and labels).
 */
class FunnelCommandProperties {

    private static final long SEED = 20220401L;
    private static final double Z95 = 1.959963984540054;
    private static final double Z998 = 3.090232306167813;

    private static double limit(double p, long n, double z, boolean upper) {
        double spread = z * Math.sqrt(p * (1 - p) / n);
        return (upper ? Math.min(1, p + spread) : Math.max(0, p - spread)) * 100;
    }

    private static String position(double value, double[] l) {
        if (value > l[3]) {
            return "above 99.8%";
        }
        if (value > l[1]) {
            return "above 95%";
        }
        if (value < l[2]) {
            return "below 99.8%";
        }
        return value < l[0] ? "below 95%" : "within 95%";
    }

    @Test
    void limitsAreTheClosedFormAndPositionsFollowThePrintedLimits() {
        qt().withFixedSeed(SEED).withExamples(120)
                .forAll(integers().between(1, 999), lists().of(lists().of(integers().between(1, 5000)).ofSize(2))
                        .ofSizeBetween(1, 15))
                .checkAssert((permille, areas) -> {
                    double p = permille / 1000.0;
                    StringBuilder csv = new StringBuilder("area,numerator,denominator\n");
                    for (int i = 0; i < areas.size(); i++) {
                        int n = Math.max(areas.get(i).get(0), areas.get(i).get(1));
                        int x = Math.min(areas.get(i).get(0), areas.get(i).get(1));
                        csv.append("A").append(i).append(',').append(x).append(',').append(n).append('\n');
                    }
                    Cli.Result result = Cli.withInput(csv.toString().getBytes(StandardCharsets.UTF_8), "funnel",
                            "--statistic", "proportion", "--target", Double.toString(p), "--multiplier", "100", "-");
                    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
                    List<String> lines = result.out().lines().skip(1).toList();
                    for (int i = 0; i < areas.size(); i++) {
                        String[] cells = lines.get(i).split(",", -1);
                        long n = Math.max(areas.get(i).get(0), areas.get(i).get(1));
                        double[] printed = new double[4];
                        for (int k = 0; k < 4; k++) {
                            printed[k] = Double.parseDouble(cells[4 + k]);
                        }
                        double[] expected = {limit(p, n, Z95, false), limit(p, n, Z95, true), limit(p, n, Z998, false),
                            limit(p, n, Z998, true)};
                        for (int k = 0; k < 4; k++) {
                            assertThat(printed[k]).isCloseTo(expected[k], org.assertj.core.api.Assertions.within(1e-9));
                        }
                        assertThat(printed[2]).isLessThanOrEqualTo(printed[0]);
                        assertThat(printed[0]).isLessThanOrEqualTo(printed[1]);
                        assertThat(printed[1]).isLessThanOrEqualTo(printed[3]);
                        assertThat(cells[8]).isEqualTo(position(Double.parseDouble(cells[3]), printed));
                    }
                });
    }
}
