package org.openbcf.metrics.catalogue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.time.FinancialYear;
import org.openbcf.core.year.YearValue;

/**
 * The national BCF metrics of each era, e.g. the five of 2023-25 (avoidable admissions, discharge to
 * usual residence, residential admissions, reablement, falls), and of each year 2015/16 to 2026/27
 * ({@link #forYear(FinancialYear)}), with a caller-supplies marker where the sources give no definition.
 *
 * <p>Sources: {@code norfolk-2016-quarterly-return-and-plan.md} §1.8 and vocabulary (2015/16, 2016/17),
 * {@code norfolk-2017-2019-progress.md} §1.3 (M1–M4), {@code norfolk-2023-25-plan-and-year-end.md} §1.3
 * and M-SET, {@code bcf-2024-27.md} §1.3 and §1.5 (2025-26 metrics, ASCOF 2C),
 * {@code bcf-2017-2027-by-year.md} §5 (the five 2021/22 metrics, L197-206). This class is stateless and
 * thread-safe.
 *
 * @since 0.1.0
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

    /** 2017-19 DTOC as the KPI table reads it: delayed days per 100,000 aged 18+ per day, by attribution (M4, M4b). */
    private static final Metric DELAYED_TRANSFERS_RATE = new Metric("delayed-transfers-of-care",
            "Delayed Transfers of Care: delayed days per 100,000 population aged 18+ per day, attributable to the NHS, "
                    + "social care or both", Unit.RATE_PER_100_000, "18+", Direction.LOWER_IS_BETTER, Standardisation.NONE,
            "norfolk-2017-2019-progress M4, M4b, GC-06c (F002:L174, F001:L227)");
    /** From 2023-24: ASCOF 2C, formerly 2A(2) (bcf-2024-27 §1.5). */
    private static final Metric RESIDENTIAL_ADMISSIONS_2C = new Metric("residential-admissions",
            "Long-term support needs of older adults (65+) met by admission to residential and nursing care homes, "
                    + "per 100,000 population", Unit.RATE_PER_100_000, "65+", Direction.LOWER_IS_BETTER,
            Standardisation.NONE, "ASCOF 2C (formerly 2A(2)); bcf-2024-27 §1.5");
    /** 2025-26 "long-term care home admissions": ASCOF 2C (bcf-2024-27 §1.5). */
    private static final Metric CARE_HOME_ADMISSIONS_2025 = new Metric("long-term-care-home-admissions",
            "Long-term admissions to residential and nursing care homes, people aged 65+, per 100,000 population",
            Unit.RATE_PER_100_000, "65+", Direction.LOWER_IS_BETTER, Standardisation.NONE,
            "ASCOF 2C (formerly 2A(2)), (X / Y) x 100,000; bcf-2024-27 §1.5");

    private static final String BY_YEAR = "bcf-2017-2027-by-year ";
    /** 2021/22: replaces non-elective admissions (bcf-2017-2027-by-year L201, Wokingham's definition). */
    private static final Metric AVOIDABLE_ADMISSIONS_2021 = new Metric("avoidable-admissions",
            "Unplanned hospitalisation for chronic ambulatory care sensitive conditions", Unit.RATE_PER_100_000,
            "all ages", Direction.LOWER_IS_BETTER, Standardisation.INDIRECT,
            BY_YEAR + "L201 (Wokingham); unit and standardisation as NHS Outcomes Framework 2.3i");
    /** 2021/22: replaces DTOC; the 14-day / 21-day threshold was not seen (bcf-2017-2027-by-year L202, L206). */
    private static final Metric LENGTH_OF_STAY_2021 = new Metric("length-of-stay",
            "Length of stay: percentage of in-patients, resident in the area, with a long stay in hospital (the 14-day or "
                    + "21-day threshold is not in openbcf's sources: state it in the note)", Unit.PERCENTAGE,
            "in-patients resident in the area", Direction.LOWER_IS_BETTER, Standardisation.NONE,
            BY_YEAR + "L202, L206 (Wokingham, cut off; Oxfordshire: long length of stay whether or not due to delay)");
    /** 2021/22: new (bcf-2017-2027-by-year L203, Oxfordshire: "The national target is to have 95% discharged to home"). */
    private static final Metric DISCHARGE_TO_USUAL_RESIDENCE_2021 = new Metric("discharge-to-usual-residence",
            "Percentage of people discharged from hospital to their usual place of residence", Unit.PERCENTAGE,
            "not stated", Direction.HIGHER_IS_BETTER, Standardisation.NONE, BY_YEAR + "L203 (Oxfordshire)");

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
        map.put(Era.BCF_2017_19, List.of(NON_ELECTIVE_ADMISSIONS, DELAYED_TRANSFERS_RATE, RESIDENTIAL_ADMISSIONS, REABLEMENT));
        map.put(Era.BCF_2019_20, List.of());
        map.put(Era.BCF_2020_21, List.of());
        map.put(Era.BCF_2021_22, List.of(AVOIDABLE_ADMISSIONS_2021, LENGTH_OF_STAY_2021, DISCHARGE_TO_USUAL_RESIDENCE_2021,
                RESIDENTIAL_ADMISSIONS, REABLEMENT));
        map.put(Era.BCF_2022_23, late);
        map.put(Era.BCF_2023_25, List.of(AVOIDABLE_ADMISSIONS, DISCHARGE_TO_USUAL_RESIDENCE, RESIDENTIAL_ADMISSIONS_2C,
                REABLEMENT, FALLS));
        map.put(Era.BCF_2025_26, List.of(CARE_HOME_ADMISSIONS_2025));
        map.put(Era.BCF_2026_27, List.of());
        return map;
    }

    /**
     * The metrics of a year: sourced for 2015/16 to 2018/19 and 2021/22 to 2024/25 (2021/22: avoidable
     * admissions, length of stay, discharge to usual place of residence, residential admissions and
     * reablement, bcf-2017-2027-by-year L197-205); for 2025/26 the
     * three metrics (bcf-2024-27 §1.3) with long-term care home admissions defined (ASCOF 2C) and the
     * definitions of unplanned admissions and delayed discharges caller-supplied (§1.5: age bands,
     * standardisation and period not found; the DRD field the BCF uses not stated); for 2019/20 (not
     * stated), 2020/21 (no plans) and 2026/27 (not seen) the whole set is caller-supplied.
     *
     * @param year the year, not null, 2015/16 to 2026/27
     * @return the year's metrics, sourced or caller supplies, never null
     * @throws IllegalArgumentException for a year outside 2015/16 to 2026/27
     */
    public static YearValue<List<YearMetric>> forYear(FinancialYear year) {
        Era era = Era.of(year);
        switch (era) {
            case BCF_2019_20:
                return YearValue.callerSupplies("the national metrics of 2019/20 (not stated in any source seen; "
                        + "bcf-2017-2027-by-year infers the four 2017-19 metrics from a Lancashire page whose date label "
                        + "is unreliable, L142-145)");
            case BCF_2020_21:
                return YearValue.callerSupplies("the national metrics of 2020/21 (no formal plans were required, so no "
                        + "metric targets, bcf-2017-2027-by-year L163, L170)");
            case BCF_2021_22:
                return YearValue.sourced(List.of(
                        new YearMetric("avoidable-admissions", "Avoidable admissions", YearValue.sourced(
                                AVOIDABLE_ADMISSIONS_2021, AVOIDABLE_ADMISSIONS_2021.source())),
                        new YearMetric("length-of-stay", "Length of stay", YearValue.sourced(LENGTH_OF_STAY_2021,
                                LENGTH_OF_STAY_2021.source())),
                        new YearMetric("discharge-to-usual-residence", "Discharge to usual place of residence",
                                YearValue.sourced(DISCHARGE_TO_USUAL_RESIDENCE_2021, DISCHARGE_TO_USUAL_RESIDENCE_2021.source())),
                        new YearMetric("residential-admissions", "Admissions to residential and care homes",
                                YearValue.sourced(RESIDENTIAL_ADMISSIONS, BY_YEAR + "L204 (retained, Durham L198); ASCOF 2A(2)")),
                        new YearMetric("reablement", "Effectiveness of reablement",
                                YearValue.sourced(REABLEMENT, BY_YEAR + "L205 (retained, Durham L198); ASCOF 2B(1)"))),
                        BY_YEAR + "L197-205 (five: two retained and \"three new metrics\", Durham)");
            case BCF_2026_27:
                return YearValue.callerSupplies("the national metrics of 2026/27 (not seen, bcf-2024-27 §1.4)");
            case BCF_2025_26:
                return YearValue.sourced(List.of(
                        new YearMetric("unplanned-admissions", "Emergency (unplanned) hospital admissions, rate per 100,000",
                                YearValue.callerSupplies("the 2025-26 unplanned admissions definition: age bands, "
                                        + "standardisation and period not found (bcf-2024-27 §1.5)")),
                        new YearMetric("delayed-discharges", "Delayed discharges (days from discharge ready date to discharge)",
                                YearValue.callerSupplies("the 2025-26 delayed discharge definition: which DRD measure "
                                        + "(average days including or excluding 0-day delays) is not stated (bcf-2024-27 §1.5)")),
                        YearMetric.of(CARE_HOME_ADMISSIONS_2025)),
                        "bcf-2024-27 §1.3 (three metrics), R-25-5");
            default:
                return YearValue.sourced(metrics(era).stream().map(YearMetric::of).collect(java.util.stream.Collectors
                        .toUnmodifiableList()), "MetricCatalogue era " + era);
        }
    }

    /**
     * The national metrics of an era whose definitions openbcf's sources give, in the template's
     * order; empty for 2019/20, 2020/21 and 2026-27, and only long-term care home admissions for 2025-26 (see
     * {@link #forYear(FinancialYear)} for the full picture).
     *
     * @param era the era, not null
     * @return the metrics, never null
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
