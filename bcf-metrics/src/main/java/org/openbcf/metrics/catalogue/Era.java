package org.openbcf.metrics.catalogue;

import org.openbcf.core.internal.Checks;

/**
 * A period of the Better Care Fund with its own set of national metrics, e.g. {@code 2022-23}.
 *
 * <p>Sources: 2015/16 quarterly return and 2016/17 plan ({@code norfolk-2016-quarterly-return-and-plan.md}),
 * 2017-19 progress report ({@code norfolk-2017-2019-progress.md}), 2022-23 year-end return and 2023-25
 * plan ({@code norfolk-2023-25-plan-and-year-end.md}).
 */
public enum Era {
    /** 2015/16: the first year, with payment for performance on non-elective admissions. */
    BCF_2015_16("2015/16"),
    /** 2016/17: the four national metrics of the 2016/17 plan. */
    BCF_2016_17("2016/17"),
    /** 2017-19: the two-year plan with iBCF, same four national metrics. */
    BCF_2017_19("2017-19"),
    /** 2022-23: avoidable admissions and discharge to usual residence replace NEA and DTOC. */
    BCF_2022_23("2022-23"),
    /** 2023-25: adds falls in people aged 65+. */
    BCF_2023_25("2023-25");

    private final String label;

    Era(String label) {
        this.label = label;
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
        throw new IllegalArgumentException(
                "BCF era '" + label + "' must be one of 2015/16, 2016/17, 2017-19, 2022-23, 2023-25");
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
