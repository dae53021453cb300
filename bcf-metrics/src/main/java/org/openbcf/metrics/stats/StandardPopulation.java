package org.openbcf.metrics.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openbcf.core.internal.Checks;

/**
 * A standard population by age band, e.g. the European Standard Population 2013 with band
 * {@code 65-69} weighing 5,500.
 *
 * <p>ESP2013 has 19 bands {@code 0-4} … {@code 85-89}, {@code 90+} summing to 100,000; the 65+ falls
 * indicator uses the six bands from {@code 65-69} (sum 19,500). Source: {@code statistics.md},
 * "European Standard Population 2013". This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class StandardPopulation {

    private static final double[] ESP2013_WEIGHTS = {
        5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500, 1000,
    };
    private static final int FIRST_65_PLUS_BAND = 13;
    private static final StandardPopulation ESP2013 = esp2013From(0, "ESP2013");
    private static final StandardPopulation ESP2013_65_PLUS = esp2013From(FIRST_65_PLUS_BAND, "ESP2013 65+");

    private final String name;
    private final Map<String, Double> weights;

    private StandardPopulation(String name, Map<String, Double> weights) {
        this.name = name;
        this.weights = Collections.unmodifiableMap(weights);
    }

    private static StandardPopulation esp2013From(int firstBand, String name) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int i = firstBand; i < ESP2013_WEIGHTS.length; i++) {
            String label = i == ESP2013_WEIGHTS.length - 1 ? (5 * i) + "+" : (5 * i) + "-" + (5 * i + 4);
            weights.put(label, ESP2013_WEIGHTS[i]);
        }
        return new StandardPopulation(name, weights);
    }

    /**
     * The European Standard Population 2013, all 19 bands from {@code 0-4} to {@code 90+}.
     *
     * @return the standard population, never null
     */
    public static StandardPopulation esp2013() {
        return ESP2013;
    }

    /**
     * The ESP2013 bands for people aged 65 and over, {@code 65-69} … {@code 90+} (sum 19,500).
     *
     * @return the standard population, never null
     */
    public static StandardPopulation esp2013AgedSixtyFiveAndOver() {
        return ESP2013_65_PLUS;
    }

    /**
     * A caller's own standard population.
     *
     * @param name    the name, e.g. {@code local 2021}, not blank
     * @param weights the weight of each band in order, each finite and positive, not empty
     * @return the standard population, never null
     */
    public static StandardPopulation of(String name, Map<String, ? extends Number> weights) {
        Checks.notBlank(name, "name");
        Checks.notNull(weights, "weights");
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("standard population '" + name + "' must have at least one age band");
        }
        Map<String, Double> copy = new LinkedHashMap<>();
        weights.forEach((band, weight) -> {
            Checks.notBlank(band, "age band");
            copy.put(band.strip(), requireWeight(band, Checks.notNull(weight, "weight of ", band).doubleValue()));
        });
        return new StandardPopulation(name.strip(), copy);
    }

    static double requireWeight(String band, double weight) {
        if (!(weight > 0.0 && Double.isFinite(weight))) {
            throw new IllegalArgumentException(
                    "standard population of age band " + band + " (" + weight + ") must be a positive number");
        }
        return weight;
    }

    /**
     * The name, e.g. {@code ESP2013}.
     *
     * @return the name, never null
     */
    public String name() {
        return name;
    }

    /**
     * The band labels in order, e.g. {@code [65-69, 70-74, 75-79, 80-84, 85-89, 90+]}.
     *
     * @return the labels, never null
     */
    public List<String> bands() {
        return List.copyOf(weights.keySet());
    }

    /**
     * The weight of a band, e.g. 5,500 for {@code 65-69} in ESP2013.
     *
     * @param band the label, not null
     * @return the weight
     * @throws IllegalArgumentException when the band is not in this standard population
     */
    public double weight(String band) {
        Checks.notNull(band, "band");
        Double weight = weights.get(band.strip());
        if (weight == null) {
            throw new IllegalArgumentException("age band '" + band + "' is not in " + name + " (bands "
                    + String.join(", ", weights.keySet()) + ")");
        }
        return weight;
    }

    /**
     * The sum of the weights, e.g. 100,000 for ESP2013.
     *
     * @return the total
     */
    public double total() {
        return weights.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /**
     * One band's observation, weighted by this standard population.
     *
     * @param band       the label, e.g. {@code 65-69}, which must be in this population
     * @param count      the events in the band, at least 0
     * @param population the band's population, at least 1
     * @return the band, never null
     */
    public AgeBand band(String band, long count, long population) {
        return new AgeBand(band, count, population, weight(band));
    }

    /**
     * The name and its bands, e.g. {@code ESP2013 65+ {65-69=5500.0, …}}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return name + " " + weights;
    }
}
