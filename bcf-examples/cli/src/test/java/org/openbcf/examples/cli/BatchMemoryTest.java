package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch streams in constant memory (issue 16): {@code bcf p4p} computes 200,000 four-quarter cases
 * (a 9 MB input, a 60 MB output) in a JVM whose heap is 32 MiB, far less than the input, which only
 * reading, computing and writing one case at a time allows. The output equals case-by-case runs.
 */
class BatchMemoryTest {

    private static final int CASES = 200_000;

    private static final List<String> NORFOLK = List.of("Q4 2014/15,22905,22667,", "Q1 2015/16,23320,22702,",
            "Q2 2015/16,23029,21812,", "Q3 2015/16,23835,22642,");

    @Test
    void twoHundredThousandCasesRunInA32MegabyteHeap(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("cases.csv");
        try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            out.write("case,quarter,baseline,plan,actual\n");
            for (int c = 0; c < CASES; c++) {
                for (int q = 0; q < 4; q++) {
                    out.write("c" + c + "," + NORFOLK.get(q) + (22_000 + (c * 7 + q * 13) % 3_000) + "\n");
                }
            }
        }
        File output = dir.resolve("out.csv").toFile();
        Cli.Result result = FreshJvm.run(List.of("-Xmx32m", "-Xshare:auto"), output, "p4p", "--cost-per-admission", "1490",
                input.toString());
        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);

        long lines = 0;
        String last = null;
        try (BufferedReader in = Files.newBufferedReader(output.toPath(), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines++;
                last = line;
            }
        }
        assertThat(lines).isEqualTo(1 + 4L * CASES);
        int c = CASES - 1;
        StringBuilder alone = new StringBuilder("quarter,baseline,plan,actual\n");
        for (int q = 0; q < 4; q++) {
            alone.append(NORFOLK.get(q)).append(22_000 + (c * 7 + q * 13) % 3_000).append('\n');
        }
        Cli.Result single = Cli.run("p4p", "--cost-per-admission", "1490",
                Files.writeString(dir.resolve("one.csv"), alone.toString()).toString());
        List<String> singleLines = single.out().lines().toList();
        assertThat(last).isEqualTo("c" + c + "," + singleLines.get(singleLines.size() - 1));
    }
}
