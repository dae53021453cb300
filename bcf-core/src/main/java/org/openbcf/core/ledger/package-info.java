/**
 * Income and expenditure: the quarterly sheet of 2015/16 and 2016/17 (plan, forecast and actual per
 * quarter against the pooled fund, its checks R-IE-2 to R-IE-9, and the reconciliation of
 * contributions, spending plan and ledger, R-POOL-1, R-POOL-2), and the year-end tab of 2022-23
 * onwards (planned and actual income and expenditure with the "differs from plan" flag, R-IE-10 to
 * R-IE-14).
 *
 * <p>Sources: norfolk-2016-quarterly-return-and-plan (D-1 to D-6); norfolk-2023-25-plan-and-year-end
 * §1.6 (IE1 to IE5) and G3.
 */
package org.openbcf.core.ledger;
