/**
 * The 2015/16 payment-for-performance rule: admissions series over the P4P year Q4 2014/15 to
 * Q3 2015/16, terms, suggested payments, unreleased funds, findings and scenarios.
 *
 * <p>Source: spec README, "Payment for performance"; norfolk-2016-quarterly-return-and-plan G-1 to
 * G-10, R-P4P-14, R-P4P-15.
 */
package org.openbcf.core.p4p;
