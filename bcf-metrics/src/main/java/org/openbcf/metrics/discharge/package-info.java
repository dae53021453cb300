/**
 * Discharge delays measured from the discharge ready date (DRD), the BCF discharge metric from
 * 2024-25: from the monthly counts a board gets (total discharges, discharged on the ready date,
 * delayed by 1, 2-3, 4-6, 7-13, 14-20 and 21+ days, bed days lost), the proportion discharged on the
 * ready date with its Wilson interval and the average delay per discharge (including zero-day delays)
 * and per delayed discharge (excluding them), monthly and year to date. A month whose figures do not
 * add up is a finding ({@code R-DRD-1}, {@code R-DRD-2}), not a number. Sources: NHS England
 * "Discharge Ready Date" monthly statistics ({@code bcf-2024-27.md} §1.5); {@code statistics.md}
 * for the Wilson interval.
 */
package org.openbcf.metrics.discharge;
