package org.openbcf.metrics.catalogue;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.year.YearValue;

/**
 * One national metric of a BCF year, with its definition where the sources give it, e.g. 2025-26
 * {@code delayed-discharges} "Delayed discharges" whose exact definition the caller supplies
 * (bcf-2024-27 §1.3, §1.5), or {@code long-term-care-home-admissions}, ASCOF 2C, sourced.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id         a short stable identifier, e.g. {@code unplanned-admissions}, not blank
 * @param name       the metric's name as the year's sources write it, not blank
 * @param definition the definition (unit, population, direction, standardisation), sourced or
 *                   {@link YearValue#callerSupplies(String) caller supplies}, not null
 *
 * @since 0.1.0
 */
public record YearMetric(String id, String name, YearValue<Metric> definition) {

    /**
     * Checks the components.
     *
     * @param id         the id
     * @param name       the name
     * @param definition the definition
     */
    public YearMetric {
        Checks.notBlank(id, "id");
        Checks.notBlank(name, "name");
        Checks.notNull(definition, "definition");
    }

    /**
     * A metric whose definition is in openbcf's sources.
     *
     * @param metric the metric, not null
     * @return the year metric, never null
     */
    public static YearMetric of(Metric metric) {
        Checks.notNull(metric, "metric");
        return new YearMetric(metric.id(), metric.name(), YearValue.sourced(metric, metric.source()));
    }

    /**
     * Readable text, e.g. {@code delayed-discharges (Delayed discharges): caller supplies: ...}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return id + " (" + name + "): " + (definition.isSourced() ? definition.source() : definition.toString());
    }
}
