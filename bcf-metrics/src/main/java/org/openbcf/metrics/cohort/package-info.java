/**
 * Cohort metrics computed from person-level records: permanent admissions rates by age band and
 * reablement outcomes 91 days after discharge.
 *
 * <p>Source: norfolk-2017-2019-progress M2, M3; statistics.md (ASCOF definitions).
 */
package org.openbcf.metrics.cohort;
