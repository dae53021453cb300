/**
 * Scheme-level expenditure plans and the figures the templates derive from them: a plan's lines
 * (scheme, scheme type, area of spend, commissioner with the NHS share of a joint line, source of
 * funding, amount), spend by source and by area, the adult social care spend from the NHS minimum,
 * the NHS-commissioned out-of-hospital spend and the reablement and carers' spend from the NHS minimum;
 * their checks against the pooled fund, stated figures and the year's requirements (R-EXP-1 to R-EXP-4),
 * and the year's floors on them ({@code AdultSocialCareFloor}: R-25-1, R-PC-2, R-PC-3).
 *
 * <p>Sources: issue 13 (the dataset's {@code expenditure.csv}); the templates' Expenditure tab, 2017-19
 * onwards (bcf-2024-27 §2); norfolk-2023-25-plan-and-year-end F6, V-NC2, V-NC3; bcf-2024-27 §1.7 R-25-1.
 * Where the spec gives a condition but not the template's formula, the derivation is openbcf's reading
 * and says so.
 */
package org.openbcf.core.expenditure;
