/**
 * Risk registers: risk scales, risk matrices (the 2016 scheme template's 4×4 and the NHS 5×5 with
 * bands), risks, scores (likelihood × impact), bands, rankings, heat maps and findings.
 *
 * <p>Source: BCF reference, "Risk scores"; Norfolk's 2016 scheme templates (risk tables of NN1–NN5
 * and NCH1–NCH4); NPSA 2008 risk matrix for risk managers.
 */
package org.openbcf.core.risk;
