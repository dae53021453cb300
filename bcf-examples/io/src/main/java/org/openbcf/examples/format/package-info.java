/**
 * The file formats of the commands and the Norfolk extracts, built on the input layer: the P4P
 * quarters ({@link org.openbcf.examples.format.P4pCsv}), risk registers
 * ({@link org.openbcf.examples.format.RiskCsv}) and the tab-separated scheme, priorities and
 * Discharge Fund extracts ({@link org.openbcf.examples.format.TabFiles}), each turning rows into
 * bcf-core values whose rules stay in bcf-core. The P4P column model
 * ({@link org.openbcf.examples.format.P4pFigure} for a quarter, {@link org.openbcf.examples.format.P4pTotal}
 * for the year, each of a {@link org.openbcf.examples.format.FigureKind}) names every P4P figure once
 * for the CSV and JSON columns, the spreadsheet check and the tables for people
 * ({@link org.openbcf.examples.format.P4pTables}).
 */
package org.openbcf.examples.format;
