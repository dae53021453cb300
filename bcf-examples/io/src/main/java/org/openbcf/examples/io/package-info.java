/**
 * The one input and output layer of the command line and the dataset reader: files by path or
 * {@code -} in strict UTF-8 ({@link org.openbcf.examples.io.InputFile}), CSV by column name
 * ({@link org.openbcf.examples.io.CsvInput}, {@link org.openbcf.examples.io.Row},
 * {@link org.openbcf.examples.io.Schema}), batches by case ({@link org.openbcf.examples.io.CaseGroups}),
 * tab-separated extracts ({@link org.openbcf.examples.io.TextRows}), and results as CSV, tables or
 * JSON ({@link org.openbcf.examples.io.RecordWriter}) written completely or not at all
 * ({@link org.openbcf.examples.io.Output}). Problems are one-line
 * {@link org.openbcf.examples.io.BadInputException}s naming file, row and column. Source: issue 11.
 */
package org.openbcf.examples.io;
