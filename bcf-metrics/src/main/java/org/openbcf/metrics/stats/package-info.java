/**
 * Rates, proportions and standardised rates with the confidence intervals public-health analysts
 * publish: Wilson and Poisson limits, direct and indirect standardisation, standard populations.
 *
 * <p>Source: statistics.md; spec README, "Rates and proportions".
 */
package org.openbcf.metrics.stats;
