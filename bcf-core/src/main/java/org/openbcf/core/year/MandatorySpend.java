package org.openbcf.core.year;

/**
 * A kind of service the NHS minimum contribution must fund in a year, e.g. {@link #REABLEMENT} in
 * 2022-23: "requirements to deliver: reablement services; support of unpaid carers …; out of hospital
 * services" (norfolk-2023-25 F6, L1780-1783). {@link BcfYear#nhsMinimumMustFund()} gives each year's set.
 *
 * @since 0.1.0
 */
public enum MandatorySpend {
    /** Reablement services, e.g. a scheme of type "Reablement in a Person's Own Home". */
    REABLEMENT("reablement"),
    /** Support for unpaid carers under the Care Act 2014, carers' breaks included, e.g. "Carers Services". */
    CARERS("support for unpaid carers"),
    /** Out-of-hospital services: every area of spend but acute. */
    OUT_OF_HOSPITAL("out-of-hospital services");

    private final String label;

    MandatorySpend(String label) {
        this.label = label;
    }

    /**
     * The label used in findings, e.g. {@code reablement}.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }
}
