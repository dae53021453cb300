/**
 * Working-day profiles: holiday calendars (the shipped England and Wales list 2010–2030 and the
 * same holidays computed by rule for any span from 2010), working days per month, and largest-remainder
 * integer profiles that sum to the annual figure.
 *
 * <p>Source: spec README, "Profiling by working days" (G-22); GOV.UK bank holidays; Banking and
 * Financial Dealings Act 1971.
 */
package org.openbcf.metrics.profile;
