/**
 * Funnel plots: control limits at 95% and 99.8% around a target for a range of denominators, and
 * each area's position relative to them, for proportions, indirectly standardised ratios and crude
 * and directly standardised rates. {@link org.openbcf.metrics.funnel.Funnel} computes, and
 * {@link org.openbcf.metrics.funnel.FunnelChart} holds the points and limit curves as plain data for
 * a chart. Sources: OHID/UKHSA Fingertips technical guidance (funnel plots) and the
 * PHEindicatormethods documentation of {@code calculate_funnel_limits}; openbcf solves the ratio and
 * rate limits, the edges of the exact Poisson test, to full double precision and uses one method for
 * limits and positions (docs/analysts.md, "Metrics as analysts publish them").
 */
package org.openbcf.metrics.funnel;
