/**
 * A streaming reader of the values an {@code .xlsx} workbook saved
 * ({@link org.openbcf.examples.workbook.SavedWorkbook}, one sheet at a time, one row at a time, as
 * {@link org.openbcf.examples.workbook.SavedCell}s), within whole-workbook limits
 * ({@link org.openbcf.examples.workbook.WorkbookLimits}): used by the spreadsheet check and the
 * dataset reader. Built on Apache POI's event API, never its in-memory workbook. Sources: issue 16
 * ("a streaming workbook reader for saved values") and issue 17 ("whole-workbook limits"); ECMA-376
 * Part 1, §18.3 (worksheets).
 */
package org.openbcf.examples.workbook;
