/**
 * The spreadsheet check: a workbook's saved values at the mapped cells, streamed within size limits
 * ({@link org.openbcf.examples.check.WorkbookReader}, through {@link org.openbcf.examples.workbook.SavedWorkbook}), a mapping of its cells to a calculation
 * ({@link org.openbcf.examples.check.CheckMapping}), and a report of every computed cell against
 * openbcf's reference logic ({@link org.openbcf.examples.check.SpreadsheetCheck},
 * {@link org.openbcf.examples.check.CheckReport}). Each calculation a mapping can name is one
 * package-private kind that only calls bcf-core or bcf-metrics (p4p, income and expenditure, risk, the
 * pool, the expenditure plan, priorities, the Discharge Fund tab, targets, profiles, national
 * conditions, rates, proportions and standardised rates). Sources: issue 7, "spreadsheet conformance
 * check"; issue 14, "every calculation".
 */
package org.openbcf.examples.check;
