/**
 * GBP money on {@code javax.money}: making, checking, summing, formatting and parsing amounts, exact
 * pence, and the currency-mismatch exception; nothing rounds unless a rule says so and passes a
 * {@code RoundingMode}.
 *
 * <p>Source: spec README, "Money" (GBP only, exact, golden figures to the penny); Joda-Money and Moneta
 * as models (STYLE.md).
 */
package org.openbcf.core.money;
