/**
 * A board's BCF year as values and its review: {@link org.openbcf.review.Board} (who and which year,
 * with the figures the board supplies), {@link org.openbcf.review.Dataset} (every part of a plan or
 * return, each optional), {@link org.openbcf.review.MetricLine}, and
 * {@link org.openbcf.review.DatasetReview}, which calls the library's rules for the year and groups
 * figures and findings in sections. Nothing here reads or writes files.
 */
package org.openbcf.review;
