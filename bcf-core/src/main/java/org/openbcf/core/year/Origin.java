package org.openbcf.core.year;

/**
 * Where a value of a year's rules comes from: the sources openbcf implements, or the caller.
 *
 * <p>Example: the 2025-26 adult social care floor of 3.9% is {@link #SOURCED} (bcf-2024-27 §1.7
 * R-25-1); the 2026-27 NHS minimum uplift is {@link #CALLER_SUPPLIES} until the caller gives it, then
 * {@link #CALLER}.
 *
 * @since 0.1.0
 */
public enum Origin {
    /** The value is in openbcf's sources, cited by {@link YearValue#source()}. */
    SOURCED,
    /** The sources are silent: the caller must supply the value ({@link YearValue#supply(Object)}). */
    CALLER_SUPPLIES,
    /** The caller supplied the value; openbcf did not. */
    CALLER
}
