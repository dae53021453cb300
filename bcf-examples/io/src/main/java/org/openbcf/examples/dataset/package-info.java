/**
 * The BCF dataset: one board's plan or return for one year as a folder of CSV files or one
 * {@code .xlsx} workbook ({@link org.openbcf.examples.dataset.DatasetFormat}), its reader
 * ({@link org.openbcf.examples.dataset.DatasetReader}) into bcf-review's values, the review's text and record formats
 * ({@link org.openbcf.examples.dataset.ReviewReport}) and the empty template a board fills in
 * ({@link org.openbcf.examples.dataset.DatasetTemplate}). The rules stay in bcf-core and bcf-metrics:
 * this package reads values into the library's types and calls its checks. Sources: the templates'
 * layouts as the specs in {@code shared/spec/} record them.
 */
package org.openbcf.examples.dataset;

