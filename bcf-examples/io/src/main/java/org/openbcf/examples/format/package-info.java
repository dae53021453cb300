/**
 * The file formats of the commands and the Norfolk extracts, built on the input layer: the P4P
 * quarters ({@link org.openbcf.examples.format.P4pCsv}), risk registers
 * ({@link org.openbcf.examples.format.RiskCsv}) and the tab-separated scheme, priorities and
 * Discharge Fund extracts ({@link org.openbcf.examples.format.TabFiles}), each turning rows into
 * bcf-core values whose rules stay in bcf-core.
 */
package org.openbcf.examples.format;
