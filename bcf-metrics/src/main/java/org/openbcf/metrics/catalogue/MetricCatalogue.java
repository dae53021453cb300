package org.openbcf.metrics.catalogue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openbcf.core.internal.Checks;

/**
 * The national BCF metrics of each era, e.g. the five of 2023-25 (avoidable admissions, discharge to
 * usual residence, residential admissions, reablement, falls).
 *
 * <p>Sources: {@code norfolk-2016-quarterly-return-and-plan.md} §1.8 and vocabulary (2015/16, 2016/17),
 * {@code norfolk-2017-2019-progress.md} §1.3 (M1–M4), {@code norfolk-2023-25-plan-and-year-end.md} §1.3
 * and M-SET. This class is stateless and thread-safe.
 */
public final class MetricCatalogue {

    private static final Metric NON_ELECTIVE_ADMISSIONS = new Metric("non-elective-admissions",
            "Reduction in non-elective admissions", Unit.COUNT, "all ages", Direction.LOWER_IS_BETTER,
            Standardisation.NONE, "BCF national metric; payment for performance 2015/16");
    private static final Metric DELAYED_TRANSFERS = new Metric("delayed-transfers-of-care",
            "Delayed Transfers of Care (delayed days)", Unit.COUNT, "18+ (ASCOF convention)", Direction.LOWER_IS_BETTER,
            Standardisation.NONE, "BCF national metric; NHS England monthly DTOC collection");
    private static final Metric RESIDENTIAL_ADMISSIONS = new Metric("residential-admissions",
            "Rate of permanent admissions to residential care per 100,000 population (65+)", Unit.RATE_PER_100_000,
            "65+", Direction.LOWER_IS_BETTER, Standardisation.NONE, "ASCOF 2A(2)");
    private static final Metric REABLEMENT = new Metric("reablement",
            "Proportion of older people (65 and over) who were still at home 91 days after discharge from "
                    + "hospital into reablement / rehabilitation services",
            Unit.PERCENTAGE, "65+", Direction.HIGHER_IS_BETTER, Standardisation.NONE, "ASCOF 2B(1)");
    private static final Metric AVOIDABLE_ADMISSIONS = new Metric("avoidable-admissions",
            "Unplanned hospitalisation for chronic ambulatory care sensitive conditions", Unit.RATE_PER_100_000,
            "all ages", Direction.LOWER_IS_BETTER, Standardisation.INDIRECT, "NHS Outcomes Framework 2.3i");
    private static final Metric DISCHARGE_TO_USUAL_RESIDENCE = new Metric("discharge-to-usual-residence",
            "Percentage of people who are discharged from acute hospital to their normal place of residence",
            Unit.PERCENTAGE, "all ages", Direction.HIGHER_IS_BETTER, Standardisation.NONE, "SUS, BCF metric pack");
    private static final Metric FALLS = new Metric("falls",
            "Emergency hospital admissions due to falls in people aged 65+, directly age standardised per 100,000",
            Unit.RATE_PER_100_000, "65+", Direction.LOWER_IS_BETTER, Standardisation.DIRECT, "PHOF C29 (ESP2013)");

    private static final Map<Era, List<Metric>> BY_ERA = byEra();

    private MetricCatalogue() {
    }

    private static Map<Era, List<Metric>> byEra() {
        List<Metric> early = List.of(NON_ELECTIVE_ADMISSIONS, DELAYED_TRANSFERS, RESIDENTIAL_ADMISSIONS, REABLEMENT);
        List<Metric> late = List.of(AVOIDABLE_ADMISSIONS, DISCHARGE_TO_USUAL_RESIDENCE, RESIDENTIAL_ADMISSIONS,
                REABLEMENT);
        Map<Era, List<Metric>> map = new EnumMap<>(Era.class);
        map.put(Era.BCF_2015_16, early);
        map.put(Era.BCF_2016_17, early);
        map.put(Era.BCF_2017_19, early);
        map.put(Era.BCF_2022_23, late);
        map.put(Era.BCF_2023_25, List.of(AVOIDABLE_ADMISSIONS, DISCHARGE_TO_USUAL_RESIDENCE, RESIDENTIAL_ADMISSIONS,
                REABLEMENT, FALLS));
        return map;
    }

    /**
     * The national metrics of an era, in the template's order.
     *
     * @param era the era, not null
     * @return the metrics, never null or empty
     */
    public static List<Metric> metrics(Era era) {
        return BY_ERA.get(Checks.notNull(era, "era"));
    }

    /**
     * One metric of an era by id, e.g. {@code find(BCF_2022_23, "reablement")}.
     *
     * @param era the era, not null
     * @param id  the id, not null
     * @return the metric, empty when the era has no metric with that id
     */
    public static Optional<Metric> find(Era era, String id) {
        Checks.notNull(id, "id");
        return metrics(era).stream().filter(metric -> metric.id().equals(id)).findFirst();
    }

    /**
     * One metric of an era by id.
     *
     * @param era the era, not null
     * @param id  the id, not null
     * @return the metric, never null
     * @throws IllegalArgumentException when the era has no metric with that id
     */
    public static Metric get(Era era, String id) {
        return find(era, id).orElseThrow(() -> new IllegalArgumentException(
                "metric '" + id + "' is not a " + era + " BCF metric"));
    }
}
