/**
 * Board-ready reports of a review: {@link org.openbcf.examples.report.ReviewHtml} writes reviews as one
 * self-contained HTML page (inline style sheet and SVG charts, nothing fetched), through a small
 * escaping writer, with no HTML library. It formats only: the figures and findings are
 * {@link org.openbcf.review.DatasetReview}'s.
 */
package org.openbcf.examples.report;
