package org.openbcf.core.scheme;

/**
 * The national BCF metrics (and "other") a scheme says it targets, coded as in the schemes spec's
 * register: NEA, RES, REA, DTOC, EXP, OTH.
 *
 * <p>Source: Norfolk 2016/17 plan, section E and F; schemes spec 1.3.
 *
 * @since 0.1.0
 */
public enum SchemeMetric {
    /** Non-elective (emergency, avoidable) admissions. */
    NEA,
    /** Permanent admissions to residential and nursing care. */
    RES,
    /** Older people still at home 91 days after reablement. */
    REA,
    /** Delayed transfers of care. */
    DTOC,
    /** Patient or service-user experience. */
    EXP,
    /** Other local measures. */
    OTH
}
