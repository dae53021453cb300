package org.openbcf.examples.check;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openbcf.metrics.stats.ConfidenceLevel;
import org.openbcf.metrics.stats.Estimate;

/**
 * What the statistic kinds ({@code rate}, {@code proportion}, {@code dsr}) share: their parameters
 * (the confidence level and the multiplier) and their computed cells (the value and its lower and
 * upper limits), from an {@link Estimate} of bcf-metrics.
 */
final class StatisticCells {

    private StatisticCells() {
    }

    /**
     * The two parameters every statistic takes.
     *
     * @param multiplier what the multiplier is, for people, e.g. "100000 for a rate per 100,000"
     * @return the confidence level and the multiplier
     */
    static List<Field> parameters(String multiplier) {
        return List.of(
                Field.parameter("confidence", "the confidence level of the limits, e.g. 95% or 0.998"),
                Field.parameter("multiplier", "the scale of the value and its limits, e.g. " + multiplier));
    }

    /**
     * The three computed cells every statistic has.
     *
     * @param value what the value is, for people, e.g. "count ÷ population × the multiplier"
     * @return the value, lower and upper
     */
    static List<Field> outputs(String value) {
        return List.of(
                Field.number("value", 1, value),
                Field.number("lower", 1, "the lower confidence limit, on the same scale"),
                Field.number("upper", 1, "the upper confidence limit, on the same scale"));
    }

    /**
     * The confidence level the mapping gives.
     *
     * @param inputs the inputs
     * @return the level
     * @throws IllegalArgumentException naming the parameter when it is not a level in (0, 1)
     */
    static ConfidenceLevel confidence(CheckInputs inputs) {
        try {
            return ConfidenceLevel.parse(inputs.parameter("confidence"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parameter.confidence: " + e.getMessage(), e);
        }
    }

    /**
     * The multiplier the mapping gives, a positive number.
     *
     * @param inputs the inputs
     * @return the multiplier
     * @throws IllegalArgumentException naming the parameter and its value when it is not a positive number
     */
    static double multiplier(CheckInputs inputs) {
        String text = inputs.parameter("multiplier").strip().replace(",", "");
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() > 0 && value.compareTo(BigDecimal.valueOf(1_000_000_000L)) <= 0) {
                return value.doubleValue();
            }
        } catch (NumberFormatException e) {
            // refused below, with the value
        }
        throw new IllegalArgumentException("parameter.multiplier ('" + inputs.parameter("multiplier")
                + "') must be a positive number up to 1000000000, e.g. 100000");
    }

    /**
     * The computed cells of an estimate.
     *
     * @param estimate the estimate
     * @return value, lower and upper, each the double's shortest decimal
     */
    static Map<String, List<BigDecimal>> outputs(Estimate estimate) {
        Map<String, List<BigDecimal>> outputs = new LinkedHashMap<>();
        outputs.put("value", List.of(BigDecimal.valueOf(estimate.value())));
        outputs.put("lower", List.of(BigDecimal.valueOf(estimate.lower())));
        outputs.put("upper", List.of(BigDecimal.valueOf(estimate.upper())));
        return outputs;
    }
}
