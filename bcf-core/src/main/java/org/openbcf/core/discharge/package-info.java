/**
 * The ASC Discharge Fund return of 2022-23 to 2024-25: schemes, scheme types, impact units and
 * the return's checks (R-DF-1 to R-DF-4).
 *
 * <p>Source: norfolk-2023-25-plan-and-year-end (DF2, DF4, DF6, G5).
 */
package org.openbcf.core.discharge;
