package org.openbcf.metrics.dtoc;

/**
 * Who a delayed transfer of care is attributed to: the NHS, social care, or both (NHS England's
 * monthly DTOC collection, which ended with February 2020 data; norfolk-2017-2019-progress M4, GC-03).
 *
 * @since 0.1.0
 */
public enum Attribution {
    /** Delays attributable to the NHS. */
    NHS,
    /** Delays attributable to social care, e.g. Norfolk's 890 delayed days in February 2018. */
    SOCIAL_CARE,
    /** Delays attributable to both. */
    BOTH
}
