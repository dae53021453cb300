package org.openbcf.core.fund;

/**
 * Where a funding stream sits in the pool arithmetic of the BCF templates: the mandatory minimum
 * ("Minimum Sub Total"), voluntary additional contributions ("Additional Sub Total"), and the ASC
 * Discharge Fund that is pooled beside the BCF from 2022-23.
 *
 * <p>Source: 2022-23 end-of-year template, rule F14 in norfolk-2023-25-plan-and-year-end.md.
 *
 * @since 0.1.0
 */
public enum StreamCategory {
    /** Mandatory funding: NHS (CCG) minimum, DFG, social care capital grant, iBCF. */
    MINIMUM,
    /** Voluntary additional pooling by a local authority or the NHS. */
    ADDITIONAL,
    /** The Adult Social Care Discharge Fund (2022-23 onwards), pooled under the same section 75. */
    DISCHARGE_FUND
}
