/**
 * Schemes: the 2016/17 scheme templates (investment lines, efficiencies, milestones, metrics,
 * risks), scheme registers with roll-ups by area and funding source, priority tables and their checks
 * (R-SCH-1 to R-SCH-6, R-PRI-1, R-PRI-2).
 *
 * <p>Sources: norfolk-2016-schemes-and-risks; norfolk-2023-25-plan-and-year-end F12.
 */
package org.openbcf.core.scheme;
