/**
 * PNG charts drawn with XChart from figures the library computed (bars, lines, heat maps), for
 * {@code bcf demo --charts}. A chart computes nothing.
 */
package org.openbcf.examples.chart;
