package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.openbcf.core.p4p.AdmissionsSeries;
import org.openbcf.core.p4p.PaymentForPerformance;
import org.openbcf.core.p4p.PerformanceResult;
import org.openbcf.core.p4p.PerformanceTerms;
import org.openbcf.core.p4p.QuarterPayment;
import org.openbcf.core.time.FinancialQuarter;

/**
 * A million batch cases in a 256 MiB heap (issue 16): {@code bcf p4p} reads 4,000,000 rows from a pipe
 * (about 130 MB generated while the child JVM reads it, never stored) and writes 4,000,001 lines
 * (about 320 MB) to a pipe that this test reads line by line, so neither the input nor the output is
 * ever held in memory or on disk. The line count is checked, and 21 cases' four quarters (one in each
 * 50,000, and the last) against {@link PaymentForPerformance#calculate} in this JVM.
 */
class MillionCaseBatchTest {

    private static final int CASES = 1_000_000;

    /** One case in each run of this many (the k-th run's k-th case) is compared with the library. */
    private static final int SAMPLE = 50_000;

    private static final FinancialQuarter FIRST = FinancialQuarter.parse("Q4 2014/15");

    /** Norfolk's 2015/16 quarters (seed lines 1791-1895), without the actual. */
    private static final List<String> QUARTERS = List.of("Q4 2014/15,", "Q1 2015/16,", "Q2 2015/16,", "Q3 2015/16,");
    private static final long[] BASELINES = {22_905, 23_320, 23_029, 23_835};
    private static final long[] PLANS = {22_667, 22_702, 21_812, 22_642};

    /** Actuals around Norfolk's plan, some cases earning a payment and some not. */
    private static long actual(int c, int q) {
        return 21_500 + (c * 7_919L + q * 104_729L) % 4_000;
    }

    @Test
    void aMillionCasesRunInA256MegabyteHeap() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Xshare:auto", "-cp", FreshJvm.classPath(), BcfCommand.class.getName(),
                "p4p", "--cost-per-admission", "1490", "--local-share", "16295000", "-"));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
        CompletableFuture<Void> input = CompletableFuture.runAsync(() -> write(process));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        long lines = 0;
        String header = null;
        Map<Integer, List<String>> sampled = new LinkedHashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8),
                1 << 16)) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (lines == 0) {
                    header = line;
                } else {
                    int c = (int) ((lines - 1) / 4);
                    if (c % SAMPLE == c / SAMPLE || c == CASES - 1) {
                        sampled.computeIfAbsent(c, k -> new ArrayList<>()).add(line);
                    }
                }
                lines++;
            }
        }
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        input.join();
        assertThat(err.join()).isEmpty();
        assertThat(process.exitValue()).isEqualTo(ExitCode.OK);
        assertThat(lines).isEqualTo(1 + 4L * CASES);
        assertThat(header).startsWith("case,quarter,planned_reduction,");
        assertThat(sampled).hasSize(CASES / SAMPLE + 1);
        int paying = 0;
        for (Map.Entry<Integer, List<String>> entry : sampled.entrySet()) {
            paying += checkAgainstTheLibrary(entry.getKey(), entry.getValue());
        }
        assertThat(paying).as("sampled cases with a suggested payment").isBetween(1, sampled.size() - 1);
    }

    /** Compares one case's output rows with the library's figures; returns 1 when the case earns a payment. */
    private static int checkAgainstTheLibrary(int c, List<String> rows) {
        long[] actuals = new long[4];
        for (int q = 0; q < 4; q++) {
            actuals[q] = actual(c, q);
        }
        PerformanceResult expected = PaymentForPerformance.calculate(
                AdmissionsSeries.of(FIRST, BASELINES, PLANS, actuals),
                PerformanceTerms.ofPence(149_000).withLocalSharePence(1_629_500_000L));
        assertThat(rows).hasSize(4);
        long suggested = 0;
        for (int q = 0; q < 4; q++) {
            QuarterPayment quarter = expected.quarters().get(q);
            String[] cells = rows.get(q).split(",", -1);
            assertThat(cells[0]).isEqualTo("c" + c);
            assertThat(cells[1] + ",").isEqualTo(QUARTERS.get(q));
            assertThat(Long.parseLong(cells[2])).as("planned reduction of c%d", c).isEqualTo(quarter.plannedReduction());
            assertThat(Long.parseLong(cells[4])).as("actual reduction of c%d", c).isEqualTo(quarter.actualReduction());
            assertThat(new BigDecimal(cells[6])).as("maximum payment of c%d", c)
                    .isEqualTo(BigDecimal.valueOf(quarter.maximumPaymentPence(), 2));
            assertThat(new BigDecimal(cells[7])).as("suggested payment of c%d", c)
                    .isEqualTo(BigDecimal.valueOf(quarter.suggestedPaymentPence(), 2));
            assertThat(new BigDecimal(cells[8])).as("unreleased funds of c%d", c)
                    .isEqualTo(BigDecimal.valueOf(quarter.unreleasedFundsPence(), 2));
            suggested += quarter.suggestedPaymentPence();
        }
        return suggested > 0 ? 1 : 0;
    }

    private static void write(Process process) {
        try (BufferedWriter in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8),
                1 << 16)) {
            in.write("case,quarter,baseline,plan,actual\n");
            StringBuilder row = new StringBuilder(64);
            for (int c = 0; c < CASES; c++) {
                for (int q = 0; q < 4; q++) {
                    row.setLength(0);
                    row.append('c').append(c).append(',').append(QUARTERS.get(q)).append(BASELINES[q]).append(',')
                            .append(PLANS[q]).append(',').append(actual(c, q)).append('\n');
                    in.append(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
