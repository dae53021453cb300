/**
 * The rules of one BCF year, 2015/16 to 2026/27 ({@code BcfYear}): streams, national conditions,
 * minimum-spend rules, reporting calendar and sign-offs, each a sourced value or an explicit
 * caller-supplies marker ({@code YearValue}); and the year-specific checks of 2017-19 (iBCF purposes and
 * totals, DFG passed to districts) and 2025-26 (the 3.9% adult social care floor).
 *
 * <p>Sources: spec README, norfolk-2016-quarterly-return-and-plan, norfolk-2017-2019-progress,
 * norfolk-2023-25-plan-and-year-end, bcf-2024-27.
 */
package org.openbcf.core.year;
