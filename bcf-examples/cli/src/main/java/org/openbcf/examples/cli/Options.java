package org.openbcf.examples.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.openbcf.core.number.Numbers;
import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.Figure;
import org.openbcf.examples.io.Row;
import org.openbcf.metrics.stats.ConfidenceLevel;
import org.openbcf.metrics.stats.Estimate;
import org.openbcf.metrics.stats.StatisticsLimits;

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
     * An option of the one-case form, refused when it was left out while another of its options was
     * given ({@code bcf rate --population 65} without {@code --count}), e.g. {@code --count is missing:
     * the one-case form needs every one of its options (see the command's --help)}.
     *
     * @param value  the option's value, null when it was not given
     * @param option the option's name
     * @param <T>    the value's type
     * @return the value, never null
     */
    static <T> T required(T value, String option) {
        if (value == null) {
            throw new BadInputException(option + " is missing: the one-case form needs every one of its options"
                    + " (see the command's --help)");
        }
        return value;
    }

    /**
     * A decimal such as {@code 1377} or {@code 28,388.5}.
     *
     * @param text   the option's value
     * @param option the option's name, e.g. {@code --base}
     * @return the number
     */
    static BigDecimal decimal(String text, String option) {
        required(text, option);
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
        required(text, option);
        return named(() -> Numbers.parsePercent(text, option));
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
     * A count or denominator option of a statistics command ({@code --numerator}, {@code --population}),
     * from {@code min} to {@link StatisticsLimits#MAX_COUNT} (10<sup>15</sup>: person-time exceeds 10<sup>9</sup>).
     *
     * @param value  the option's value, null when it was not given
     * @param option the option's name
     * @param min    the smallest allowed value
     * @return the count
     */
    static long statistic(Long value, String option, long min) {
        required(value, option);
        return named(() -> org.openbcf.core.internal.Checks.inRange(value, min, StatisticsLimits.MAX_COUNT, option));
    }

    /**
     * A count or denominator in a CSV column of a statistics command, from {@code min} to
     * {@link StatisticsLimits#MAX_COUNT} (10<sup>15</sup>).
     *
     * @param row    the row
     * @param column the column
     * @param min    the smallest allowed value
     * @return the count
     */
    static long statistic(Row row, String column, long min) {
        return row.get(column, t -> org.openbcf.core.internal.Checks.inRange(Numbers.parseWhole(t, column), min,
                StatisticsLimits.MAX_COUNT, column));
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
        return multiplier(decimal(text, option), option);
    }

    /**
     * A multiplier option's value such as {@code 100000}, refused unless positive.
     *
     * @param value  the value, not null
     * @param option the option's name
     * @return the multiplier
     */
    static double multiplier(BigDecimal value, String option) {
        if (value.signum() <= 0) {
            throw new BadInputException(option + " (" + value.toPlainString() + ") must be positive");
        }
        return value.doubleValue();
    }

    /**
     * The confidence levels of {@code --confidence} (read by {@link Converters.Confidence}), 95% when
     * none is given, none twice.
     *
     * @param given the levels given, may be null or empty
     * @return the levels, in the order given, never empty
     */
    static List<ConfidenceLevel> confidences(List<ConfidenceLevel> given) {
        if (given == null || given.isEmpty()) {
            return List.of(ConfidenceLevel.NINETY_FIVE);
        }
        List<ConfidenceLevel> levels = new ArrayList<>();
        for (ConfidenceLevel level : given) {
            if (levels.contains(level)) {
                throw new BadInputException("--confidence: " + level + " is given twice");
            }
            levels.add(level);
        }
        return levels;
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
     * @param levels     the levels, not empty
     * @param kind       the kind of statistic (the places a table shows)
     * @param multiplier the scale
     * @param estimate   the estimate at a level
     * @return the values
     */
    static List<Object> estimateValues(List<ConfidenceLevel> levels, Published kind, double multiplier,
                                       Function<ConfidenceLevel, Estimate> estimate) {
        int places = kind.places(multiplier);
        List<Object> values = new ArrayList<>();
        for (ConfidenceLevel level : levels) {
            Estimate e = estimate.apply(level);
            if (values.isEmpty()) {
                values.add(Figure.of(e.value(), places));
            }
            values.add(Figure.of(e.lower(), places));
            values.add(Figure.of(e.upper(), places));
        }
        return values;
    }

    /**
     * The kinds of statistic, each with the decimal places a table shows it to, as Fingertips publishes
     * them: a rate or DSR and a percentage to 1 place, a ratio to 2 (1 on a scale of 100, SMR-style), a
     * fraction (a proportion or rate on a scale of 1) to 3, a mean to 2. CSV and JSON keep full precision.
     */
    enum Published {
        /** A proportion: a fraction to 3 places, a percentage (or any other scale) to 1. */
        PROPORTION,
        /** A crude or standardised rate: 1 place (3 on a scale of 1). */
        RATE,
        /** A ratio (SMR, ISR): 2 places (1 on a scale of 100). */
        RATIO,
        /** A mean: 2 places. */
        MEAN;

        /**
         * The places a table shows.
         *
         * @param multiplier the scale
         * @return the decimal places
         */
        int places(double multiplier) {
            return switch (this) {
                case PROPORTION, RATE -> multiplier == 1 ? 3 : 1;
                case RATIO -> multiplier == 1 ? 2 : 1;
                case MEAN -> 2;
            };
        }
    }

    /**
     * Refuses a command line that gives both the options of one case and a batch file.
     *
     * @param file        the batch file, or null
     * @param caseOptions whether any option of a single case was given
     * @param options     the single case's options, for the message, e.g. {@code --numerator/--denominator}
     * @param command     the command, for the message
     */
    static void oneForm(Object file, boolean caseOptions, String options, String command) {
        if (file != null && caseOptions) {
            throw new BadInputException("give either " + options + " (one case) or a FILE of cases, not both");
        }
        if (file == null && !caseOptions) {
            throw new BadInputException("give " + options + " (one case) or a FILE of cases (see 'bcf " + command
                    + " --help')");
        }
    }
}
