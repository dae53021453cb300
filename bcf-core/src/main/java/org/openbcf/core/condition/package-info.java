/**
 * National conditions: each year's checkable condition set, the questions' wording, the answers
 * allowed and what a No needs, and the check of a board's answers.
 *
 * <p>Sources: 2015/16 quarterly template sheet 3 (R-NC-1 to R-NC-6), 2016/17 plan section C,
 * 2022-23 end-of-year template (V-NC1) and the 2023-25 planning update; 2025-26 wording is in
 * {@code org.openbcf.core.year.BcfYear}.
 */
package org.openbcf.core.condition;
