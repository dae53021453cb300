/**
 * Metric targets: reduction targets with their direction and rounding, profiled year-to-date
 * progress and its assessment (met, on track, not on track).
 *
 * <p>Source: spec README, "Targets" (Norfolk 2016/17 1,377 × 0.95; DTOC 2015/16 28,388 × 0.96).
 */
package org.openbcf.metrics.target;
