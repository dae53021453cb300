/**
 * Pooled funds: partners, funding streams with the years each exists (CCG and NHS minimum, DFG,
 * iBCF to 2024-25, the Local Authority Better Care Grant from 2025-26, the ASC Discharge Fund 2022-23
 * to 2024-25, additional contributions), contributions with optional line labels, the pool's
 * sub-totals, year-on-year change and spending plans.
 *
 * <p>Sources: norfolk-2016-quarterly-return-and-plan (G-13), norfolk-2023-25-plan-and-year-end
 * (F1–F14), bcf-2024-27 §1.3, §1.6, §1.7 (R-25-2 to R-25-4).
 */
package org.openbcf.core.fund;
