/**
 * The quarterly income and expenditure sheet: plan, forecast and actual per quarter against the
 * pooled fund, its checks (R-IE-2 to R-IE-9) and the reconciliation of contributions, spending plan
 * and ledger (R-POOL-1, R-POOL-2).
 *
 * <p>Source: norfolk-2016-quarterly-return-and-plan (D-1 to D-6).
 */
package org.openbcf.core.ledger;
