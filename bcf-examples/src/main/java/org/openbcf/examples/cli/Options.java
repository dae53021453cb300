package org.openbcf.examples.cli;

import java.math.BigDecimal;
import java.util.function.Function;

import org.openbcf.metrics.stats.ConfidenceLevel;
import org.openbcf.metrics.stats.Estimate;

/**
 * Parses the option values the metrics commands share, e.g. {@code --confidence 95%} or
 * {@code --reduction 5%}, into one readable line on bad input.
 */
final class Options {

    private Options() {
    }

    /**
     * A confidence level such as {@code 0.95} or {@code 99.8%}.
     *
     * @param text the option's value
     * @return the level
     */
    static ConfidenceLevel confidence(String text) {
        return parse(text, "--confidence", ConfidenceLevel::parse);
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
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(option + ": " + e.getMessage(), e);
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
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new BadInputException(option + ": '" + text + "' is not a number", e);
        }
    }

    /**
     * A percentage such as {@code 5%} or {@code 5}, as the number of percent.
     *
     * @param text   the option's value
     * @param option the option's name, e.g. {@code --reduction}
     * @return the percent, e.g. 5
     */
    static BigDecimal percent(String text, String option) {
        String trimmed = text.strip();
        return decimal(trimmed.endsWith("%") ? trimmed.substring(0, trimmed.length() - 1) : trimmed, option);
    }

    /**
     * A double as Java prints it at full precision, e.g. {@code 12.237003565726873}.
     *
     * @param value the number
     * @return the text
     */
    static String number(double value) {
        return Double.toString(value);
    }

    /**
     * An estimate as the CSV fields {@code value,lower,upper}, e.g. {@code 0.65,0.5525444329688797,0.7363575175690247}.
     *
     * @param estimate the estimate
     * @return the fields
     */
    static String csv(Estimate estimate) {
        return number(estimate.value()) + "," + number(estimate.lower()) + "," + number(estimate.upper());
    }
}
