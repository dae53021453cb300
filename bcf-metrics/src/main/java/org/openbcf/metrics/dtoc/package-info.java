/**
 * Delayed transfers of care, the 2017-19 BCF metric: delayed days per month by attribution (NHS,
 * social care, both), rates per 100,000 population aged 18+ per day, and month-on-month change in raw
 * and per-day terms.
 *
 * <p>Source: norfolk-2017-2019-progress M4, M4b, GC-03 and §2.9.
 */
package org.openbcf.metrics.dtoc;
