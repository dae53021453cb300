package org.openbcf.core.hicm;

/**
 * The rating a self-assessment gives one High Impact Change, as the seeds list it: Norfolk's 2017-19
 * plan rated each of the eight changes "either green or amber" (seed 002 line 138; no red is used,
 * spec §3.6). The national model's finer maturity scale is not in openbcf's sources, so openbcf does
 * not invent it.
 *
 * @since 0.1.0
 */
public enum Maturity {
    /** Green: actions complete and on time. */
    GREEN,
    /** Amber: actions complete with some slippage in timescales, or still under way. */
    AMBER
}
