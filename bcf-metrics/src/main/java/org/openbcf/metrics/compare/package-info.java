/**
 * Comparison of an area's value with a benchmark (England, the region, a comparator group) the way
 * OHID Fingertips publishes it: {@link org.openbcf.metrics.compare.Comparison} (higher / similar /
 * lower, decided by the area's confidence interval, never by its point value) and
 * {@link org.openbcf.metrics.compare.Judgement} (better / similar / worse once the metric's
 * {@link org.openbcf.metrics.catalogue.Direction} is known), at 95% and at 99.8%. Source: OHID/UKHSA
 * Fingertips technical guidance, "Comparing an area with a benchmark" (the confidence-interval
 * overlap method); issue 15.
 */
package org.openbcf.metrics.compare;
