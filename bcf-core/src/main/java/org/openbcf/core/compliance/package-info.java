/**
 * Plan compliance with the national conditions on money: mandatory streams pooled under
 * section 75, the NHS minimum split, the NHS contribution to adult social care maintained, and the
 * NHS-commissioned out-of-hospital minimum, in one {@code PlanCompliance} call.
 *
 * <p>Source: norfolk-2023-25-plan-and-year-end, 2022-23 conditions 1–3 (V-NC2, V-NC3) and pool rules
 * F2–F8.
 */
package org.openbcf.core.compliance;
