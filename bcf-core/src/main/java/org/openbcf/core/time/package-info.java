/**
 * Financial time: financial years ({@code 2015/16}, 1 April to 31 March) and quarters
 * ({@code Q3 2015/16}), with parsing of the templates' short forms and linear arithmetic.
 *
 * <p>Source: spec README, "Time"; ThreeTen-Extra's {@code YearQuarter} as a model.
 */
package org.openbcf.core.time;
