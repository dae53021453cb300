/**
 * openbcf's review of a board's year: the year as values ({@link org.openbcf.review.Dataset}, assembled
 * from files by bcf-io or in code with {@link org.openbcf.review.Dataset#builder}) and
 * {@link org.openbcf.review.DatasetReview}, which applies the library's rules for that year in sections.
 * Plain Java on bcf-core and bcf-metrics: what a council system embeds, with no file format, workbook
 * reader or command line.
 */
module org.openbcf.review {
    requires transitive org.openbcf.core;
    requires transitive org.openbcf.metrics;
    // the constraint annotations on bcf-core's records are read at compile time only
    requires static jakarta.validation;

    exports org.openbcf.review;
}
