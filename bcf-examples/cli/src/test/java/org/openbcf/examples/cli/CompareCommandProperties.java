package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Laws of {@code bcf compare}: on any file of intervals the comparison is the Fingertips rule written
 * out here (higher when the lower limit is above the benchmark, lower when the upper limit is below
 * it, similar otherwise), and the judgement is that comparison read with the direction.
 */
class CompareCommandProperties {

    private static final long SEED = 20240401L;

    private static String oracle(int lower, int upper, int benchmark) {
        return lower > benchmark ? "higher" : upper < benchmark ? "lower" : "similar";
    }

    private static String judge(String comparison, boolean lowerIsBetter) {
        return switch (comparison) {
            case "higher" -> lowerIsBetter ? "worse" : "better";
            case "lower" -> lowerIsBetter ? "better" : "worse";
            default -> comparison;
        };
    }

    @Test
    void theComparisonIsTheIntervalRuleAndTheJudgementFollowsTheDirection() {
        qt().withFixedSeed(SEED).withExamples(150)
                .forAll(lists().of(lists().of(integers().between(0, 40)).ofSize(3)).ofSizeBetween(1, 20),
                        integers().between(0, 1))
                .checkAssert((cases, direction) -> {
                    boolean lowerIsBetter = direction == 0;
                    StringBuilder csv = new StringBuilder("value,lower,upper,benchmark\n");
                    for (List<Integer> c : cases) {
                        int lower = Math.min(c.get(0), c.get(1));
                        int upper = Math.max(c.get(0), c.get(1));
                        csv.append(lower).append(',').append(lower).append(',').append(upper).append(',').append(c.get(2))
                                .append('\n');
                    }
                    Cli.Result result = Cli.withInput(csv.toString().getBytes(StandardCharsets.UTF_8), "compare",
                            "--direction", lowerIsBetter ? "lower-is-better" : "higher-is-better", "-");
                    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
                    List<String> lines = result.out().lines().skip(1).toList();
                    assertThat(lines).hasSize(cases.size());
                    for (int i = 0; i < cases.size(); i++) {
                        List<Integer> c = cases.get(i);
                        int lower = Math.min(c.get(0), c.get(1));
                        String comparison = oracle(lower, Math.max(c.get(0), c.get(1)), c.get(2));
                        assertThat(lines.get(i)).isEqualTo(lower + "," + c.get(2) + "," + comparison + ","
                                + judge(comparison, lowerIsBetter) + ",");
                    }
                });
    }
}
