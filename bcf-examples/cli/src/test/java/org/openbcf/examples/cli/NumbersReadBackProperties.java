package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openbcf.core.number.Numbers;

/**
 * Issue 24 section 3: for every command that prints statistics, every value it prints in CSV is
 * accepted by every command that reads that column ({@code compare} reads {@code value}, the limits and
 * {@code benchmark}; {@code funnel} reads {@code area,numerator,denominator}), for generated inputs across
 * the whole input range: counts and denominators from 1 to 10<sup>15</sup> (log-uniform, so tiny and
 * huge values both come), proportions near 0 and 1, multipliers from 1 to 100,000. Every numeric cell
 * is plain decimal notation that reads back as the double it was.
 */
class NumbersReadBackProperties {

    private static final long SEED = 20261207L;
    private static final List<String> MULTIPLIERS = List.of("1", "100", "1000", "100000");
    private static final Set<String> TEXT = Set.of("case", "method", "note", "area", "position");

    /** A count from 1 to 10^15, log-uniform. */
    private static long count(double exponent) {
        return Math.max(1, Math.min(1_000_000_000_000_000L, (long) Math.pow(10, exponent)));
    }

    /** A part of a whole: 0, 1, a tiny share, or near all of it. */
    private static long part(long whole, int shape, double share) {
        return switch (shape) {
            case 0 -> 0;
            case 1 -> Math.min(whole, 1);
            case 2 -> whole;
            case 3 -> Math.max(0, whole - 1);
            default -> (long) Math.floor(whole * share);
        };
    }

    private static Cli.Result run(String csv, String... args) {
        return Cli.withInput(csv.getBytes(StandardCharsets.UTF_8), args);
    }

    /**
     * Every cell of a numeric column is plain decimal notation that reads back as the same number; the
     * one number grammar (at most 40 characters) reads every cell of the columns that a command reads.
     */
    private static void plainNumbers(String csv, Set<String> read) {
        List<String> lines = csv.lines().toList();
        String[] header = lines.get(0).split(",", -1);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            for (int i = 0; i < cells.length; i++) {
                if (TEXT.contains(header[i]) || cells[i].isEmpty()) {
                    continue;
                }
                assertThat(cells[i]).as(header[i] + " in " + line).matches("-?[0-9]+(\\.[0-9]*[1-9])?");
                assertThat(new BigDecimal(cells[i]).toPlainString()).isEqualTo(cells[i]);
                if (read.contains(header[i])) {
                    assertThat(Numbers.parseDecimal(cells[i], header[i]).toPlainString()).isEqualTo(cells[i]);
                }
            }
        }
    }

    private static void comparable(String csv) {
        plainNumbers(csv, Set.of(csv.lines().findFirst().orElseThrow().split(",")));
        Cli.Result compared = run(csv, "compare", "--benchmark", "0.5", "-");
        assertThat(compared.exitCode()).as(compared.err() + "\n" + csv).isEqualTo(ExitCode.OK);
        assertThat(compared.out().lines().count()).isEqualTo(csv.lines().count());
    }

    @Test
    void proportionsAndRatesPrintWhatCompareReads() {
        qt().withFixedSeed(SEED).withExamples(150)
                .forAll(lists().of(doubles().between(0, 15)).ofSizeBetween(1, 6), integers().between(0, 9),
                        doubles().between(0, 1), integers().between(0, MULTIPLIERS.size() - 1))
                .checkAssert((exponents, shapeAndLevels, share, m) -> {
                    int shape = shapeAndLevels % 5;
                    int levels = shapeAndLevels / 5;
                    StringBuilder proportions = new StringBuilder("case,numerator,denominator\n");
                    StringBuilder rates = new StringBuilder("case,count,population\n");
                    int i = 0;
                    for (double exponent : exponents) {
                        long whole = count(exponent);
                        long part = part(whole, shape, share);
                        proportions.append('c').append(i).append(',').append(part).append(',').append(whole).append('\n');
                        rates.append('c').append(i++).append(',').append(part).append(',').append(whole).append('\n');
                    }
                    List<String> common = new ArrayList<>(List.of("--multiplier", MULTIPLIERS.get(m)));
                    if (levels == 1) {
                        common.addAll(List.of("--confidence", "95%", "--confidence", "99.8%"));
                    }
                    for (String command : List.of("proportion", "rate")) {
                        List<String> args = new ArrayList<>(List.of(command));
                        args.addAll(common);
                        args.add("-");
                        Cli.Result result = run((command.equals("rate") ? rates : proportions).toString(),
                                args.toArray(String[]::new));
                        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
                        comparable(result.out());
                    }
                });
    }

    @Test
    void standardisedRatesPrintWhatCompareReads() {
        qt().withFixedSeed(SEED).withExamples(100)
                .forAll(doubles().between(0, 14), doubles().between(0, 14), integers().between(0, 5 * MULTIPLIERS.size() - 1),
                        doubles().between(0, 1))
                .checkAssert((young, old, shapeAndMultiplier, share) -> {
                    int shape = shapeAndMultiplier % 5;
                    int m = shapeAndMultiplier / 5;
                    long youngPopulation = count(young);
                    long oldPopulation = count(old);
                    String dsr = "age_band,count,population\n65-69," + part(youngPopulation, shape, share) + ","
                            + youngPopulation + "\n90+," + part(oldPopulation, shape, share) + "," + oldPopulation + "\n";
                    Cli.Result rate = run(dsr, "dsr", "--multiplier", MULTIPLIERS.get(m), "-");
                    assertThat(rate.exitCode()).as(rate.err()).isEqualTo(ExitCode.OK);
                    comparable(rate.out());
                    String isr = "age_band,count,population,reference_rate\n65-69," + part(youngPopulation, shape, share)
                            + "," + youngPopulation + "," + share + "\n90+," + part(oldPopulation, shape, share) + ","
                            + oldPopulation + ",0.5\n";
                    Cli.Result ratio = run(isr, "isr", "--multiplier", MULTIPLIERS.get(m), "-");
                    if (ratio.exitCode() == ExitCode.OK) {
                        comparable(ratio.out());
                    } else {
                        // an expected count of 0 has no ratio: refused with its reason, never a number
                        assertThat(ratio.exitCode()).as(ratio.err()).isEqualTo(ExitCode.BAD_INPUT);
                    }
                });
    }

    @Test
    void theFunnelPrintsWhatTheFunnelReads() {
        qt().withFixedSeed(SEED).withExamples(60).withShrinkCycles(20)
                .forAll(lists().of(doubles().between(0, 15)).ofSizeBetween(1, 6), integers().between(1, 4),
                        doubles().between(0, 1))
                .checkAssert((exponents, shape, share) -> {
                    StringBuilder csv = new StringBuilder("area,numerator,denominator\n");
                    int i = 0;
                    for (double exponent : exponents) {
                        long whole = count(exponent);
                        csv.append('a').append(i++).append(',').append(part(whole, shape, share)).append(',').append(whole)
                                .append('\n');
                    }
                    for (String statistic : List.of("proportion", "crude-rate")) {
                        Cli.Result first = run(csv.toString(), "funnel", "--statistic", statistic, "--target", "0.5", "-");
                        assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCode.OK);
                        plainNumbers(first.out(), Set.of("numerator", "denominator", "value"));
                        StringBuilder back = new StringBuilder("area,numerator,denominator\n");
                        first.out().lines().skip(1).forEach(line -> {
                            String[] cells = line.split(",", -1);
                            back.append(cells[0]).append(',').append(cells[1]).append(',').append(cells[2]).append('\n');
                        });
                        Cli.Result again = run(back.toString(), "funnel", "--statistic", statistic, "--target", "0.5", "-");
                        assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCode.OK);
                        assertThat(again.out()).isEqualTo(first.out());
                    }
                });
    }
}
