package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.risk.RiskMatrix;
import org.openbcf.core.risk.RiskRegister;
import org.openbcf.core.risk.ScoredRisk;
import org.openbcf.examples.format.RiskCsv;
import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.Format;
import org.openbcf.examples.io.RecordWriter;

/**
 * {@code bcf risk} streams (issue 17: a 50 MB register took 3.5 GB): it reads, scores and writes one
 * risk at a time, and what it prints equals the whole register scored at once: the same rows in
 * input order, the same findings in the same order (each at its row and column of the input), the same
 * exit code.
 */
class RiskStreamingProperties {

    private static final long SEED = 20161201L;

    @Test
    void streamingOutputEqualsTheWholeRegisterScoredAtOnce() {
        qt().withFixedSeed(SEED).withExamples(150)
                .forAll(lists().of(lists().of(integers().between(1, 7)).ofSize(3)).ofSizeBetween(0, 40),
                        integers().between(0, 1))
                .checkAssert((rows, which) -> {
                    RiskMatrix matrix = which == 0 ? RiskMatrix.fourByFour() : RiskMatrix.preset("5x5");
                    StringBuilder csv = new StringBuilder("id,likelihood,impact,stated_score\n");
                    for (int i = 0; i < rows.size(); i++) {
                        List<Integer> r = rows.get(i);
                        // every third risk states a score, some of them wrong (R-RISK-1); levels up to 7 are off a scale (R-RISK-2)
                        String stated = i % 3 == 0 ? Integer.toString(r.get(0) * r.get(1) + (r.get(2) > 5 ? 1 : 0)) : "";
                        csv.append("R").append(i).append(',').append(r.get(0)).append(',').append(r.get(1)).append(',')
                                .append(stated).append('\n');
                    }
                    RiskRegister whole = RiskRegister.of(matrix, RiskCsv.read(new StringReader(csv.toString()), "risks.csv"));
                    StringWriter expectedOut = new StringWriter();
                    RecordWriter writer = RecordWriter.of(Format.CSV, expectedOut, RiskCsv.COLUMNS);
                    StringBuilder expectedErr = new StringBuilder();
                    for (ScoredRisk scored : whole.scored()) {
                        writer.row(RiskCsv.values(scored));
                    }
                    for (Finding finding : whole.findings()) {
                        // issue 28: at the input's row and column (risk Ri is on row i + 2), not risks.Ri.likelihood
                        String[] path = finding.where().split("\\.");
                        String column = switch (path[2]) {
                            case "statedScore" -> "stated_score";
                            default -> path[2];
                        };
                        Finding located = new Finding(finding.rule(), finding.severity(), "standard input row "
                                + (Integer.parseInt(path[1].substring(1)) + 2) + ", column " + column, finding.message(),
                                finding.amounts(), finding.figures());
                        expectedErr.append(BadInputException.oneLine(located.toString())).append('\n');
                    }
                    writer.finish();

                    Cli.Result streamed = Cli.withInput(csv.toString().getBytes(StandardCharsets.UTF_8), "risk", "--matrix",
                            matrix.name(), "-");
                    assertThat(streamed.out()).isEqualTo(expectedOut.toString());
                    assertThat(streamed.err()).isEqualTo(expectedErr.toString());
                    assertThat(streamed.exitCode()).isEqualTo(whole.findings().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS);
                });
    }
}
