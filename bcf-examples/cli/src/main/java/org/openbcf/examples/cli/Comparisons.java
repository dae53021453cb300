package org.openbcf.examples.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.CsvInput;
import org.openbcf.examples.io.Schema;
import org.openbcf.metrics.catalogue.Direction;
import org.openbcf.metrics.compare.BenchmarkComparison;
import org.openbcf.metrics.compare.Comparison;

/**
 * {@code bcf compare}: an area's value against a benchmark by its confidence interval, as Fingertips
 * judges it, computed by {@link BenchmarkComparison#compare(double, double, double)} at one level or
 * {@link BenchmarkComparison#of(double, double, double, double, double)} at 95% and 99.8% together,
 * and judged better, similar or worse by {@link Comparison#judge(Direction)}: for the one case of the
 * options, a row a case of a file ({@link Cases}), or the areas of a Fingertips export
 * ({@link FingertipsExport}), each against England unless {@code --benchmark} is given.
 */
final class Comparisons {

    /** The columns of a batch file. */
    static final Schema SCHEMA = Schema.of("value").optional("lower", "upper", "lower_95", "upper_95", "lower_99_8",
            "upper_99_8", "benchmark", "case", "method", "note", "observed", "expected");

    private static final List<String> ONE = List.of("lower", "upper");
    private static final List<String> TWO = List.of("lower_95", "upper_95", "lower_99_8", "upper_99_8");

    private Comparisons() {
    }

    /**
     * Runs {@code bcf compare}.
     *
     * @param command the command's options
     * @return the exit code
     */
    static int run(CompareCommand command) {
        command.fingertips.check();
        if (command.fingertips.fingertips) {
            if (command.file == null) {
                throw new BadInputException("--fingertips reads a FILE: give the export's path, or - for standard input");
            }
            return fingertips(command);
        }
        boolean one = command.lower != null || command.upper != null;
        boolean two = command.lower95 != null || command.upper95 != null || command.lower998 != null
                || command.upper998 != null;
        Options.oneForm(command.file, command.value != null || one || two,
                "--value with --lower/--upper or --lower-95 … --upper-99-8", "compare");
        Direction better = command.direction;
        BigDecimal common = command.benchmark;
        Streams streams = command.streams();
        if (command.file == null) {
            if (one == two) {
                throw new BadInputException("give either --lower and --upper (one interval) or --lower-95, --upper-95, "
                        + "--lower-99-8 and --upper-99-8 (both levels), not " + (one ? "both" : "neither"));
            }
            if (common == null) {
                throw new BadInputException("give --benchmark, the value to compare with, e.g. --benchmark 1933");
            }
            List<BigDecimal> limits = one ? List.of(text(command.lower, "--lower"), text(command.upper, "--upper"))
                    : List.of(text(command.lower95, "--lower-95"), text(command.upper95, "--upper-95"),
                    text(command.lower998, "--lower-99-8"), text(command.upper998, "--upper-99-8"));
            double[] numbers = limits.stream().mapToDouble(BigDecimal::doubleValue).toArray();
            BigDecimal shown = command.value;
            return Cases.one(streams, command.output, columns(one, better, false),
                    () -> List.of(values(shown, common, numbers, better, null, false)));
        }
        return Cases.rows(streams, command.output, command.file, SCHEMA, in -> {
            boolean single = form(in);
            if (in.has("benchmark") && common != null) {
                throw new BadInputException(in.source() + " has a benchmark column and --benchmark is given: use one");
            }
            if (!in.has("benchmark") && common == null) {
                throw new BadInputException("give --benchmark, or a benchmark column in " + in.source());
            }
            List<String> limitColumns = single ? ONE : TWO;
            boolean hasValue = in.has("value");
            boolean[] given = new boolean[limitColumns.size()];
            for (int i = 0; i < given.length; i++) {
                given[i] = in.has(limitColumns.get(i));
            }
            return Cases.Batch.ofRow(columns(single, better, true), limitColumns.get(0), row -> {
                BigDecimal shown = row.optional("value").map(t -> row.decimal("value"))
                        .orElse(null);
                BigDecimal against = common != null ? common
                        : row.optional("benchmark").isEmpty() ? null : row.decimal("benchmark");
                double[] numbers = new double[limitColumns.size()];
                for (int i = 0; i < numbers.length; i++) {
                    String column = limitColumns.get(i);
                    numbers[i] = !given[i] || row.optional(column).isEmpty() ? Double.NaN
                            : row.decimal(column).doubleValue();
                }
                String noValue = hasValue && shown == null ? "no value" : null;
                return () -> values(shown, against, numbers, better, noValue, true);
            });
        });
    }

    /**
     * A Fingertips export: each area of the picked rows against England (or {@code --benchmark}) at 95%
     * and 99.8%, with the file's own label and whether openbcf's judgement differs from it.
     */
    private static int fingertips(CompareCommand command) {
        Streams streams = command.streams();
        Direction direction = command.direction;
        FingertipsExport.Picked picked = FingertipsExport.read(command.file, streams.in(), command.fingertips);
        BigDecimal against = command.benchmark != null ? command.benchmark
                : picked.england() == null ? null : picked.england().value();
        if (against == null) {
            throw new BadInputException(command.file.name() + " has no England value for the rows picked: give --benchmark");
        }
        List<String> columns = new ArrayList<>(List.of("area_code", "area"));
        columns.addAll(columns(false, direction, false));
        columns.addAll(List.of("fingertips", "differs", "note"));
        try (Results results = new Results(streams, command.output, columns)) {
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
        String l = label.toLowerCase(Locale.ROOT);
        return l.startsWith("better") || l.startsWith("worse");
    }

    /**
     * {@code yes} when the file's label (Better, Similar, Worse, Higher, Lower, Not compared) disagrees
     * with openbcf's comparison; empty when they agree or the file gives no label. Better and worse are
     * checked for their side only with a direction, else for being significant at all.
     */
    static String differs(String label, String comparison, Direction better) {
        String l = label.strip().toLowerCase(Locale.ROOT);
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

    /** The output columns after {@code case}. */
    private static List<String> columns(boolean single, Direction better, boolean file) {
        List<String> columns = new ArrayList<>(List.of("value", "benchmark"));
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
