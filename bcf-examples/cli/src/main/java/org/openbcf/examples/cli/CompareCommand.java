package org.openbcf.examples.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.openbcf.core.number.Numbers;
import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.CsvInput;
import org.openbcf.examples.io.InputFile;
import org.openbcf.examples.io.Row;
import org.openbcf.examples.io.Schema;
import org.openbcf.metrics.catalogue.Direction;
import org.openbcf.metrics.compare.BenchmarkComparison;
import org.openbcf.metrics.compare.Comparison;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bcf compare --value 1980 --lower 1789.8 --upper 2185.0 --benchmark 1933}: an area's value
 * against a benchmark (England, the region, a comparator group) by its confidence interval, as
 * Fingertips judges it ({@link BenchmarkComparison}): higher, similar, lower or not compared, and with
 * {@code --direction} better, similar or worse.
 *
 * <p>One interval ({@code --lower/--upper}, columns {@code lower,upper}) gives {@code comparison}
 * (and {@code judgement}); the two Fingertips levels ({@code --lower-95 … --upper-99-8}, columns
 * {@code lower_95,upper_95,lower_99_8,upper_99_8}, as {@code bcf rate --confidence 95% --confidence
 * 99.8%} prints them) give {@code comparison_95,comparison_99_8} (and {@code judgement_95,judgement_99_8}).
 * Empty limits (a suppressed rate) are "not compared".
 *
 * @since 0.1.0
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare an area's value with a benchmark by its interval (Fingertips).",
            "The comparison is higher, similar, lower or not compared; with --direction, the judgement is better, similar or worse.",
            "One case from the options, or many from FILE with the columns value and either:",
            "lower,upper (output value,benchmark,comparison[,judgement]), or",
            "lower_95,upper_95,lower_99_8,upper_99_8 (output comparison_95,comparison_99_8",
            "and with --direction judgement_95,judgement_99_8); and optionally benchmark (instead of --benchmark), case, and method, note, observed and expected (ignored: the output of proportion, rate, dsr and isr pipes in). Empty limits (a suppressed rate) are not compared."},
        footerHeading = "%nExample:%n",
        footer = "  bcf compare --value 1980 --lower 1789.8 --upper 2185 --benchmark 1933")
public final class CompareCommand extends Subcommand {

    /** The columns of a batch file. */
    static final Schema SCHEMA = Schema.of("value").optional("lower", "upper", "lower_95", "upper_95", "lower_99_8",
            "upper_99_8", "benchmark", "case", "method", "note", "observed", "expected");

    private static final List<String> ONE = List.of("lower", "upper");
    private static final List<String> TWO = List.of("lower_95", "upper_95", "lower_99_8", "upper_99_8");

    @Option(names = "--value", paramLabel = "<value>", description = "The area's value, e.g. 1980 (shown, not compared).")
    BigDecimal value;

    @Option(names = "--lower", paramLabel = "<limit>", description = "The lower limit of the area's interval.")
    BigDecimal lower;

    @Option(names = "--upper", paramLabel = "<limit>", description = "The upper limit of the area's interval.")
    BigDecimal upper;

    @Option(names = "--lower-95", paramLabel = "<limit>", description = "The lower limit of the 95%% interval.")
    BigDecimal lower95;

    @Option(names = "--upper-95", paramLabel = "<limit>", description = "The upper limit of the 95%% interval.")
    BigDecimal upper95;

    @Option(names = "--lower-99-8", paramLabel = "<limit>", description = "The lower limit of the 99.8%% interval.")
    BigDecimal lower998;

    @Option(names = "--upper-99-8", paramLabel = "<limit>", description = "The upper limit of the 99.8%% interval.")
    BigDecimal upper998;

    @Option(names = "--benchmark", paramLabel = "<value>",
            description = "The benchmark value, e.g. England's 1933; a FILE may give it per row instead.")
    BigDecimal benchmark;

    @Option(names = "--direction", paramLabel = "higher-is-better|lower-is-better",
            description = "Which direction is better: adds the judgement (better, similar, worse, not compared).")
    Direction direction;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "A CSV of cases, or - for standard input.")
    InputFile file;

    @Override
    public Integer call() {
        boolean one = lower != null || upper != null;
        boolean two = lower95 != null || upper95 != null || lower998 != null || upper998 != null;
        Options.oneForm(file, value != null || one || two, "--value with --lower/--upper or --lower-95 … --upper-99-8",
                "compare");
        Direction better = direction;
        BigDecimal common = benchmark;
        Streams streams = streams();
        if (file == null) {
            if (one == two) {
                throw new BadInputException("give either --lower and --upper (one interval) or --lower-95, --upper-95, "
                        + "--lower-99-8 and --upper-99-8 (both levels), not " + (one ? "both" : "neither"));
            }
            if (common == null) {
                throw new BadInputException("give --benchmark, the value to compare with, e.g. --benchmark 1933");
            }
            List<BigDecimal> limits = one ? List.of(text(lower, "--lower"), text(upper, "--upper"))
                    : List.of(text(lower95, "--lower-95"), text(upper95, "--upper-95"), text(lower998, "--lower-99-8"),
                    text(upper998, "--upper-99-8"));
            double[] numbers = limits.stream().mapToDouble(BigDecimal::doubleValue).toArray();
            BigDecimal shown = value;
            try (Results results = new Results(streams, output, columns(false, one, better))) {
                results.row(Options.named(() -> values(shown, common, numbers, better)));
                return results.commit();
            }
        }
        try (CsvInput in = CsvInput.open(file, streams.in(), SCHEMA)) {
            boolean single = form(in);
            if (in.has("benchmark") && common != null) {
                throw new BadInputException(in.source() + " has a benchmark column and --benchmark is given: use one");
            }
            if (!in.has("benchmark") && common == null) {
                throw new BadInputException("give --benchmark, or a benchmark column in " + in.source());
            }
            List<String> limitColumns = single ? ONE : TWO;
            try (Results results = new Results(streams, output, columns(in.has("case"), single, better))) {
                for (Row row : in) {
                    List<Object> values = new ArrayList<>();
                    if (in.has("case")) {
                        values.add(row.required("case"));
                    }
                    BigDecimal shown = row.optional("value").map(t -> row.get("value", v -> Numbers.parseDecimal(v, "value")))
                            .orElse(null);
                    BigDecimal against = common != null ? common : row.decimal("benchmark");
                    double[] numbers = new double[limitColumns.size()];
                    for (int i = 0; i < numbers.length; i++) {
                        String column = limitColumns.get(i);
                        numbers[i] = row.optional(column).isEmpty() ? Double.NaN : row.decimal(column).doubleValue();
                    }
                    values.addAll(row.at(limitColumns.get(0), () -> values(shown, against, numbers, better)));
                    results.row(values);
                }
                return results.commit();
            }
        }
    }

    /** Whether the file gives one interval (lower,upper) rather than both levels. */
    private static boolean form(CsvInput in) {
        boolean one = ONE.stream().anyMatch(in::has);
        boolean two = TWO.stream().anyMatch(in::has);
        if (one && two) {
            throw new BadInputException(in.source() + " row 1: give either the columns lower,upper or "
                    + String.join(",", TWO) + ", not both");
        }
        for (String column : one ? ONE : TWO) {
            if (!in.has(column)) {
                throw new BadInputException(in.source() + " row 1: missing column " + column + "; expected value and "
                        + "lower,upper or " + String.join(",", TWO));
            }
        }
        return one;
    }

    private static List<String> columns(boolean batch, boolean single, Direction better) {
        List<String> columns = new ArrayList<>();
        if (batch) {
            columns.add("case");
        }
        columns.addAll(List.of("value", "benchmark"));
        columns.addAll(single ? List.of("comparison") : List.of("comparison_95", "comparison_99_8"));
        if (better != null) {
            columns.addAll(single ? List.of("judgement") : List.of("judgement_95", "judgement_99_8"));
        }
        return columns;
    }

    private static List<Object> values(BigDecimal shown, BigDecimal benchmark, double[] limits, Direction better) {
        double against = benchmark.doubleValue();
        List<Object> values = new ArrayList<>();
        values.add(shown);
        values.add(benchmark);
        if (limits.length == 2) {
            Comparison c = BenchmarkComparison.compare(limits[0], limits[1], against);
            values.add(c.label());
            if (better != null) {
                values.add(c.judge(better).label());
            }
            return values;
        }
        BenchmarkComparison c = BenchmarkComparison.of(limits[0], limits[1], limits[2], limits[3], against);
        values.add(c.at95().label());
        values.add(c.at998().label());
        if (better != null) {
            values.add(c.judgementAt95(better).label());
            values.add(c.judgementAt998(better).label());
        }
        return values;
    }

    private static BigDecimal text(BigDecimal option, String name) {
        if (option == null) {
            throw new BadInputException("give " + name + " too: an interval needs both its limits");
        }
        return option;
    }
}
