/**
 * The spreadsheet check: a workbook's saved values at the mapped cells, streamed within size limits
 * ({@link org.openbcf.examples.check.WorkbookReader}, through {@link org.openbcf.examples.workbook.SavedWorkbook}), a mapping of its cells to a calculation
 * ({@link org.openbcf.examples.check.CheckMapping}), and a report of every computed cell against
 * openbcf's reference logic ({@link org.openbcf.examples.check.SpreadsheetCheck},
 * {@link org.openbcf.examples.check.CheckReport}). Source: issue 7, "spreadsheet conformance check".
 */
package org.openbcf.examples.check;
