package org.openbcf.metrics.catalogue;

import java.util.Optional;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.time.FinancialYear;

/**
 * A period of the Better Care Fund with its own set of national metrics, e.g. {@code 2022-23}; every
 * year 2015/16 to 2026/27 is in exactly one era ({@link #of(FinancialYear)}).
 *
 * <p>Sources: 2015/16 quarterly return and 2016/17 plan ({@code norfolk-2016-quarterly-return-and-plan.md}),
 * 2017-19 progress report ({@code norfolk-2017-2019-progress.md}), 2022-23 year-end return and 2023-25
 * plan ({@code norfolk-2023-25-plan-and-year-end.md}), the 2025-26 and 2026-27 frameworks
 * ({@code bcf-2024-27.md} §1.3–1.5), 2019/20 to 2021/22 ({@code bcf-2017-2027-by-year.md} §3–§5). For
 * 2019/20 and 2020/21 the sources state no metric set: those eras' metrics are the caller's
 * ({@link MetricCatalogue#forYear(FinancialYear)}).
 *
 * @since 0.1.0
 */
public enum Era {
    /** 2015/16: the first year, with payment for performance on non-elective admissions. */
    BCF_2015_16("2015/16", 2015, 2015),
    /** 2016/17: the four national metrics of the 2016/17 plan. */
    BCF_2016_17("2016/17", 2016, 2016),
    /** 2017-19: the two-year plan with iBCF, same four national metrics, DTOC as a rate per day. */
    BCF_2017_19("2017-19", 2017, 2018),
    /** 2019/20: conditions unchanged from 2017-19; its metric set is not stated (the caller supplies it). */
    BCF_2019_20("2019/20", 2019, 2019),
    /** 2020/21: the COVID year, with no formal plans; no metric set in the sources (the caller supplies it). */
    BCF_2020_21("2020/21", 2020, 2020),
    /** 2021/22: five metrics, avoidable admissions, length of stay and discharge to usual residence new. */
    BCF_2021_22("2021/22", 2021, 2021),
    /** 2022-23: avoidable admissions and discharge to usual residence replace NEA and DTOC. */
    BCF_2022_23("2022-23", 2022, 2022),
    /** 2023-25: adds falls in people aged 65+; residential admissions become ASCOF 2C. */
    BCF_2023_25("2023-25", 2023, 2024),
    /** 2025-26: three metrics (unplanned admissions, delayed discharges, long-term care home admissions). */
    BCF_2025_26("2025-26", 2025, 2025),
    /** 2026-27: one framework document; its metrics were not seen (the caller supplies them). */
    BCF_2026_27("2026-27", 2026, 2026);

    private final String label;
    private final int firstStartYear;
    private final int lastStartYear;

    Era(String label, int firstStartYear, int lastStartYear) {
        this.label = label;
        this.firstStartYear = firstStartYear;
        this.lastStartYear = lastStartYear;
    }

    /**
     * The era of a financial year: 2024/25 is {@link #BCF_2023_25}, 2020/21 {@link #BCF_2020_21}.
     *
     * @param year the year, not null, 2015/16 to 2026/27
     * @return the era, never null
     * @throws IllegalArgumentException for a year outside 2015/16 to 2026/27, naming it and the range
     */
    public static Era of(FinancialYear year) {
        return find(year).orElseThrow(() -> new IllegalArgumentException("BCF year " + year
                + " has no metric era: eras cover 2015/16 to 2026/27"));
    }

    /**
     * The era of a financial year, if any.
     *
     * @param year the year, not null
     * @return the era, or empty outside 2015/16 to 2026/27
     */
    public static Optional<Era> find(FinancialYear year) {
        Checks.notNull(year, "year");
        for (Era era : values()) {
            if (year.startYear() >= era.firstStartYear && year.startYear() <= era.lastStartYear) {
                return Optional.of(era);
            }
        }
        return Optional.empty();
    }

    /**
     * The first year of the era, e.g. 2023/24 for {@link #BCF_2023_25}.
     *
     * @return the year, never null
     */
    public FinancialYear firstYear() {
        return FinancialYear.of(firstStartYear);
    }

    /**
     * The last year of the era, e.g. 2024/25 for {@link #BCF_2023_25}.
     *
     * @return the year, never null
     */
    public FinancialYear lastYear() {
        return FinancialYear.of(lastStartYear);
    }

    /**
     * Whether a year is in the era.
     *
     * @param year the year, not null
     * @return true when {@code firstYear() <= year <= lastYear()}
     */
    public boolean contains(FinancialYear year) {
        Checks.notNull(year, "year");
        return year.startYear() >= firstStartYear && year.startYear() <= lastStartYear;
    }

    /**
     * The label, e.g. {@code 2017-19}.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    /**
     * Parses a label such as {@code 2015/16} or {@code 2023-25}.
     *
     * @param text the label, not null
     * @return the era, never null
     * @throws IllegalArgumentException when no era has that label
     */
    public static Era parse(CharSequence text) {
        String label = Checks.notNull(text, "text").toString().strip();
        for (Era era : values()) {
            if (era.label.equals(label)) {
                return era;
            }
        }
        throw new IllegalArgumentException("BCF era '" + label
                + "' must be one of 2015/16, 2016/17, 2017-19, 2019/20, 2020/21, 2021/22, 2022-23, 2023-25, 2025-26, 2026-27");
    }

    /**
     * The label, e.g. {@code 2015/16}.
     *
     * @return the label, never null
     */
    @Override
    public String toString() {
        return label;
    }
}
