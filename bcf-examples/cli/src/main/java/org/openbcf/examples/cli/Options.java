package org.openbcf.examples.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.openbcf.core.number.Numbers;
import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.Row;
import org.openbcf.metrics.stats.ConfidenceLevel;
import org.openbcf.metrics.stats.Estimate;

/**
 * Reads option values in the one number grammar ({@link Numbers}) and shapes interval estimates into
 * columns, for every command: {@code --base 1,377} is 1377, {@code --base 1,5} is refused, and one or
 * more {@code --confidence} levels print side by side.
 */
final class Options {

    /** The largest count or population a statistics command reads (the templates' own limit). */
    static final long MAX_COUNT = 1_000_000_000L;

    private Options() {
    }

    /**
     * An option's value parsed by a library factory, whose message, prefixed with the option, is the
     * one readable line on bad input, e.g. {@code --year: financial year '2016' …}.
     *
     * @param text   the option's value
     * @param option the option's name
     * @param parser the factory, e.g. {@code FinancialYear::parse}
     * @param <T>    the value's type
     * @return the value
     */
    static <T> T parse(String text, String option, Function<String, T> parser) {
        given(text, option);
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(option + ": " + e.getMessage(), e);
        }
    }

    /**
     * Refuses an option of the one-case form that was left out while another of its options was given
     * ({@code bcf rate --population 65} without {@code --count}), e.g. {@code --count is missing: the
     * one-case form needs every one of its options (see the command's --help)}.
     *
     * @param text   the option's value, null when it was not given
     * @param option the option's name
     */
    private static void given(String text, String option) {
        if (text == null) {
            throw new BadInputException(option + " is missing: the one-case form needs every one of its options"
                    + " (see the command's --help)");
        }
    }

    /**
     * A decimal such as {@code 1377} or {@code 28,388.5}.
     *
     * @param text   the option's value
     * @param option the option's name, e.g. {@code --base}
     * @return the number
     */
    static BigDecimal decimal(String text, String option) {
        given(text, option);
        return named(() -> Numbers.parseDecimal(text, option));
    }

    /**
     * A percentage such as {@code 5%} or {@code 5}, as the number of percent.
     *
     * @param text   the option's value
     * @param option the option's name, e.g. {@code --reduction}
     * @return the percent, e.g. 5
     */
    static BigDecimal percent(String text, String option) {
        given(text, option);
        return named(() -> Numbers.parsePercent(text, option));
    }

    /**
     * A count such as {@code 882,569}, from 0 (or 1) to {@link #MAX_COUNT}.
     *
     * @param text   the option's value
     * @param option the option's name
     * @param min    the smallest allowed value
     * @return the count
     */
    static long count(String text, String option, long min) {
        given(text, option);
        return named(() -> inRange(Numbers.parseWhole(text, option), min, option));
    }

    /**
     * A count in a CSV column, from {@code min} to {@link #MAX_COUNT}.
     *
     * @param row    the row
     * @param column the column
     * @param min    the smallest allowed value
     * @return the count
     */
    static long count(Row row, String column, long min) {
        return row.get(column, t -> inRange(Numbers.parseWhole(t, column), min, column));
    }

    /**
     * A value computed by the library, whose message already names what is wrong: a refusal is bad input
     * with that message.
     *
     * @param value computes the value
     * @param <T>   the value's type
     * @return the value
     */
    static <T> T named(java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    private static long inRange(long value, long min, String field) {
        return org.openbcf.core.internal.Checks.inRange(value, min, MAX_COUNT, field);
    }

    /**
     * A multiplier such as {@code 100000}: a positive number.
     *
     * @param text   the value
     * @param option the option's or column's name
     * @return the multiplier
     */
    static double multiplier(String text, String option) {
        BigDecimal value = decimal(text, option);
        if (value.signum() <= 0) {
            throw new BadInputException(option + " (" + value.toPlainString() + ") must be positive");
        }
        return value.doubleValue();
    }

    /**
     * The confidence levels of {@code --confidence}, 95% when none is given; each such as {@code 0.95}
     * or {@code 99.8%}, none twice.
     *
     * @param texts the values, may be null or empty
     * @return the levels, in the order given, never empty
     */
    static List<ConfidenceLevel> confidences(List<String> texts) {
        if (texts == null || texts.isEmpty()) {
            return List.of(ConfidenceLevel.NINETY_FIVE);
        }
        List<ConfidenceLevel> levels = new ArrayList<>();
        for (String text : texts) {
            ConfidenceLevel level = confidence(text);
            if (levels.contains(level)) {
                throw new BadInputException("--confidence: " + level + " is given twice");
            }
            levels.add(level);
        }
        return levels;
    }

    /**
     * One confidence level such as {@code 0.95} or {@code 99.8%}.
     *
     * @param text the value
     * @return the level
     */
    static ConfidenceLevel confidence(String text) {
        BigDecimal number = text.strip().endsWith("%") ? percent(text, "--confidence").movePointLeft(2)
                : decimal(text, "--confidence");
        return parse(text, "--confidence", t -> ConfidenceLevel.of(number.doubleValue()));
    }

    /**
     * The columns of an estimate: {@code value,lower,upper} at one level, or {@code value} then
     * {@code lower_95,upper_95,lower_99_8,upper_99_8} at several.
     *
     * @param levels the levels, not empty
     * @return the column names
     */
    static List<String> estimateColumns(List<ConfidenceLevel> levels) {
        List<String> columns = new ArrayList<>(List.of("value"));
        if (levels.size() == 1) {
            columns.addAll(List.of("lower", "upper"));
            return columns;
        }
        for (ConfidenceLevel level : levels) {
            String suffix = BigDecimal.valueOf(level.value()).movePointRight(2).stripTrailingZeros().toPlainString()
                    .replace('.', '_');
            columns.add("lower_" + suffix);
            columns.add("upper_" + suffix);
        }
        return columns;
    }

    /**
     * The values of an estimate at each level, in the order of {@link #estimateColumns(List)}.
     *
     * @param levels   the levels, not empty
     * @param estimate the estimate at a level
     * @return the values
     */
    static List<Object> estimateValues(List<ConfidenceLevel> levels, Function<ConfidenceLevel, Estimate> estimate) {
        List<Object> values = new ArrayList<>();
        for (ConfidenceLevel level : levels) {
            Estimate e = estimate.apply(level);
            if (values.isEmpty()) {
                values.add(e.value());
            }
            values.add(e.lower());
            values.add(e.upper());
        }
        return values;
    }

    /**
     * Refuses a command line that gives both the options of one case and a batch file.
     *
     * @param file        the batch file, or null
     * @param caseOptions whether any option of a single case was given
     * @param options     the single case's options, for the message, e.g. {@code --numerator/--denominator}
     * @param command     the command, for the message
     */
    static void oneForm(String file, boolean caseOptions, String options, String command) {
        if (file != null && caseOptions) {
            throw new BadInputException("give either " + options + " (one case) or a FILE of cases, not both");
        }
        if (file == null && !caseOptions) {
            throw new BadInputException("give " + options + " (one case) or a FILE of cases (see 'bcf " + command
                    + " --help')");
        }
    }
}
