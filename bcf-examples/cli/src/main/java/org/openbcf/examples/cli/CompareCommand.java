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
 * A row of a FILE that cannot be compared (empty limits of a suppressed rate, only the 95% limits,
 * an empty value or benchmark) is "not compared" with a {@code note} column saying why; the run
 * goes on.
 *
 * @since 0.1.0
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare an area's value with a benchmark by its interval (Fingertips).",
            "The comparison is higher, similar, lower or not compared; with --direction, the judgement is better, similar or worse.",
            "One case from the options, or many from FILE with the columns value and either:",
            "lower,upper (output value,benchmark,comparison[,judgement]), or",
            "lower_95,upper_95,lower_99_8,upper_99_8 (output comparison_95,comparison_99_8",
            "and with --direction judgement_95,judgement_99_8); and optionally benchmark (instead of --benchmark), case, and method, note, observed and expected (ignored: the output of proportion, rate, dsr and isr pipes in). A row that cannot be compared (empty limits, only lower_95,upper_95, an empty value or benchmark) is not compared, and the last column, note, says why."},
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
    FingertipsExport.Selection fingertips = new FingertipsExport.Selection();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "A CSV of cases, or - for standard input.")
    InputFile file;

    @Override
    public Integer call() {
        fingertips.check();
        if (fingertips.fingertips) {
            if (file == null) {
                throw new BadInputException("--fingertips reads a FILE: give the export's path, or - for standard input");
            }
            return fingertips();
        }
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
            try (Results results = new Results(streams, output, columns(false, one, better, false))) {
                results.row(Options.named(() -> values(shown, common, numbers, better, null, false)));
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
            try (Results results = new Results(streams, output, columns(in.has("case"), single, better, true))) {
                for (Row row : in) {
                    List<Object> values = new ArrayList<>();
                    if (in.has("case")) {
                        values.add(row.required("case"));
                    }
                    BigDecimal shown = row.optional("value").map(t -> row.get("value", v -> Numbers.parseDecimal(v, "value")))
                            .orElse(null);
                    BigDecimal against = common != null ? common
                            : row.optional("benchmark").isEmpty() ? null : row.decimal("benchmark");
                    double[] numbers = new double[limitColumns.size()];
                    for (int i = 0; i < numbers.length; i++) {
                        String column = limitColumns.get(i);
                        numbers[i] = !in.has(column) || row.optional(column).isEmpty() ? Double.NaN
                                : row.decimal(column).doubleValue();
                    }
                    String noValue = in.has("value") && shown == null ? "no value" : null;
                    values.addAll(row.at(limitColumns.get(0), () -> values(shown, against, numbers, better, noValue, true)));
                    results.row(values);
                }
                return results.commit();
            }
        }
    }

    /**
     * A Fingertips export: each area of the picked rows against England (or {@code --benchmark}) at 95%
     * and 99.8%, with the file's own label and whether openbcf's judgement differs from it.
     */
    private int fingertips() {
        Streams streams = streams();
        FingertipsExport.Picked picked = FingertipsExport.read(file, streams.in(), fingertips);
        BigDecimal against = benchmark != null ? benchmark : picked.england() == null ? null : picked.england().value();
        if (against == null) {
            throw new BadInputException(file.name() + " has no England value for the rows picked: give --benchmark");
        }
        List<String> columns = new ArrayList<>(List.of("area_code", "area"));
        columns.addAll(columns(false, false, direction, false));
        columns.addAll(List.of("fingertips", "differs", "note"));
        try (Results results = new Results(streams, output, columns)) {
            for (FingertipsExport.Area area : picked.areas()) {
                String noValue = area.value() == null ? "no value" + (area.note().isEmpty() ? "" : " (" + area.note() + ")")
                        : null;
                List<Object> values = new ArrayList<>(List.of(area.code(), area.name()));
                List<Object> compared = area.row().at("lower ci 95.0 limit",
                        () -> values(area.value(), against, area.limits(), direction, noValue, true));
                String note = (String) compared.remove(compared.size() - 1);
                values.addAll(compared);
                String ours95 = (String) compared.get(2);
                String ours998 = (String) compared.get(3);
                String differs = differs(area.label(), ours95, direction);
                if (!differs.isEmpty() && differs(area.label(), ours998, direction).isEmpty()) {
                    note = join(note, "the file's label agrees at 99.8%: the indicator may be judged at 99.8%");
                }
                if (direction == null && isJudgement(area.label())) {
                    note = join(note, "the file says " + area.label() + ": give --direction to check its side");
                }
                values.addAll(List.of(area.label(), differs, note));
                results.row(values);
            }
            return results.commit();
        }
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "; " + b;
    }

    private static boolean isJudgement(String label) {
        String l = label.toLowerCase(java.util.Locale.ROOT);
        return l.startsWith("better") || l.startsWith("worse");
    }

    /**
     * {@code yes} when the file's label (Better, Similar, Worse, Higher, Lower, Not compared) disagrees
     * with openbcf's comparison; empty when they agree or the file gives no label. Better and worse are
     * checked for their side only with a direction, else for being significant at all.
     */
    static String differs(String label, String comparison, Direction better) {
        String l = label.strip().toLowerCase(java.util.Locale.ROOT);
        if (l.isEmpty()) {
            return "";
        }
        Comparison ours = Comparison.parse(comparison);
        String expected;
        if (l.startsWith("better") || l.startsWith("worse")) {
            if (better == null) {
                boolean significant = ours == Comparison.HIGHER || ours == Comparison.LOWER;
                return significant ? "" : "yes";
            }
            expected = ours.judge(better).label();
        } else {
            expected = ours.label();
        }
        return l.startsWith(expected) ? "" : "yes";
    }

    /** Whether the file gives one interval (lower,upper) rather than both levels. */
    private static boolean form(CsvInput in) {
        boolean one = ONE.stream().anyMatch(in::has);
        boolean two = TWO.stream().anyMatch(in::has);
        if (one && two) {
            throw new BadInputException(in.source() + " row 1: give either the columns lower,upper or "
                    + String.join(",", TWO) + ", not both");
        }
        for (String column : one ? ONE : TWO.subList(0, 2)) {
            if (!in.has(column)) {
                throw new BadInputException(in.source() + " row 1: missing column " + column + "; expected value and "
                        + "lower,upper or " + String.join(",", TWO));
            }
        }
        return one;
    }

    private static List<String> columns(boolean batch, boolean single, Direction better, boolean file) {
        List<String> columns = new ArrayList<>();
        if (batch) {
            columns.add("case");
        }
        columns.addAll(List.of("value", "benchmark"));
        columns.addAll(single ? List.of("comparison") : List.of("comparison_95", "comparison_99_8"));
        if (better != null) {
            columns.addAll(single ? List.of("judgement") : List.of("judgement_95", "judgement_99_8"));
        }
        if (file) {
            columns.add("note");
        }
        return columns;
    }

    /**
     * The row's values: each level compared when it can be, else {@code not compared}, with a note
     * saying why (no value, no benchmark, no interval at a level); the note is a column of a batch only.
     */
    private static List<Object> values(BigDecimal shown, BigDecimal benchmark, double[] limits, Direction better,
                                       String noValue, boolean batch) {
        List<Object> values = new ArrayList<>();
        values.add(shown);
        values.add(benchmark);
        List<String> notes = new ArrayList<>();
        if (noValue != null) {
            notes.add(noValue);
        }
        if (benchmark == null) {
            notes.add("no benchmark");
        }
        int levels = limits.length / 2;
        Comparison[] comparisons = new Comparison[levels];
        for (int i = 0; i < levels; i++) {
            double lower = limits[2 * i];
            double upper = limits[2 * i + 1];
            String level = levels == 1 ? "" : i == 0 ? " at 95%" : " at 99.8%";
            boolean interval = !Double.isNaN(lower) || !Double.isNaN(upper);
            if (!interval) {
                notes.add("no interval" + level);
            }
            // one limit without the other is refused by the comparison, naming both
            boolean comparable = noValue == null && benchmark != null && interval;
            comparisons[i] = comparable ? BenchmarkComparison.compare(lower, upper, benchmark.doubleValue())
                    : Comparison.NOT_COMPARED;
        }
        if (levels == 2 && comparisons[0] != Comparison.NOT_COMPARED && comparisons[1] != Comparison.NOT_COMPARED) {
            // both levels: checked together (the 99.8% interval contains the 95% one)
            BenchmarkComparison both = BenchmarkComparison.of(limits[0], limits[1], limits[2], limits[3],
                    benchmark.doubleValue());
            comparisons[0] = both.at95();
            comparisons[1] = both.at998();
        }
        for (Comparison c : comparisons) {
            values.add(c.label());
        }
        if (better != null) {
            for (Comparison c : comparisons) {
                values.add(c.judge(better).label());
            }
        }
        if (batch) {
            values.add(String.join("; ", notes));
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
