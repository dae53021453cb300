package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Laws of {@code bcf delays}: months whose figures add up (bed days at the bands' fewest days) give
 * exit 0 and the percentage on the ready date and average delays written out here; a month that does
 * not add up is exit 1 and a row with no measures, and so is its year to date.
 */
class DelaysCommandProperties {

    private static final long SEED = 20250401L;
    private static final int[] FEWEST_DAYS = {1, 2, 4, 7, 14, 21};
    private static final String HEADER = "month,discharges,on_ready_date,delayed_1,delayed_2_3,delayed_4_6,delayed_7_13,"
            + "delayed_14_20,delayed_21_plus,bed_days_lost\n";

    @Test
    void monthsThatAddUpGiveTheRatiosAndOneThatDoesNotGivesAFindingAndNoNumber() {
        qt().withFixedSeed(SEED).withExamples(100)
                .forAll(lists().of(lists().of(integers().between(0, 300)).ofSize(7)).ofSizeBetween(1, 12),
                        integers().between(-1, 11), integers().between(-3, 3))
                .checkAssert((months, wrongMonth, error) -> {
                    boolean wrong = wrongMonth >= 0 && wrongMonth < months.size() && error != 0;
                    StringBuilder csv = new StringBuilder(HEADER);
                    long[][] figures = new long[months.size()][3];
                    for (int i = 0; i < months.size(); i++) {
                        List<Integer> m = months.get(i);
                        long onReadyDate = m.get(0) + 4;
                        long delayed = 0;
                        long bedDays = 0;
                        for (int b = 0; b < 6; b++) {
                            delayed += m.get(b + 1);
                            bedDays += (long) FEWEST_DAYS[b] * m.get(b + 1);
                        }
                        long discharges = onReadyDate + delayed + (wrong && i == wrongMonth ? error : 0);
                        figures[i] = new long[] {discharges, onReadyDate, bedDays};
                        csv.append(YearMonth.of(2024, 4).plusMonths(i)).append(',').append(discharges).append(',')
                                .append(onReadyDate);
                        for (int b = 0; b < 6; b++) {
                            csv.append(',').append(m.get(b + 1));
                        }
                        csv.append(',').append(bedDays).append('\n');
                    }
                    Cli.Result result = Cli.withInput(csv.toString().getBytes(StandardCharsets.UTF_8), "delays", "-");
                    List<String> lines = result.out().lines().skip(1).toList();
                    assertThat(lines).hasSize(months.size() + 1);
                    if (wrong) {
                        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
                        assertThat(result.err()).contains("R-DRD-1");
                        assertThat(lines.get(wrongMonth)).endsWith(",,,,,,,,,not measured: R-DRD-1");
                        assertThat(lines.get(months.size())).startsWith("year to date,").contains(",,,,,,,,,not measured: ");
                        return;
                    }
                    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
                    for (int i = 0; i < months.size(); i++) {
                        String[] cells = lines.get(i).split(",", -1);
                        long[] f = figures[i];
                        assertThat(Double.parseDouble(cells[6])).isCloseTo(100.0 * f[1] / f[0], within(1e-12));
                        assertThat(Double.parseDouble(cells[9])).isCloseTo((double) f[2] / f[0], within(1e-12));
                        if (f[0] > f[1]) {
                            assertThat(Double.parseDouble(cells[10])).isCloseTo((double) f[2] / (f[0] - f[1]), within(1e-12));
                        } else {
                            assertThat(cells[10]).isEmpty();
                        }
                    }
                });
    }
}
