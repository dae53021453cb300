package org.openbcf.examples.report;

import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.money.MonetaryAmount;

import org.openbcf.core.finding.Severity;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.review.DatasetReview;

/**
 * Writes reviews as one self-contained HTML page for a board paper, {@code bcf review DATASET --format html}:
 * no external script, font, style sheet or image (the style is in the page, the charts are inline
 * SVG), so the file works offline and as an e-mail attachment. For each review: whether it passes,
 * every section of the review as a table (the pooled fund by partner and by stream, the expenditure plan
 * by scheme type with a chart, the derived minimums against their floors with the difference, income and expenditure with a chart, the metrics against plan, the
 * risk heat map by band), every finding grouped by severity with its rule linked to the rule's
 * statement at the end of the page (as in {@code RULES.md}) and its location, and the figures the
 * dataset supplies. Several reviews give one page with the summary table first.
 *
 * <p>It formats only: every figure, finding and verdict comes from the {@link DatasetReview} (and the
 * library values its dataset holds, such as the risk register's heat map). Everything from the dataset
 * is escaped. Money is written {@code £1,234,567.00}, percentages to one decimal place. The page has
 * {@code lang}, one {@code h1}, headings in order, tables with captions and header cells, and a word
 * beside every colour. Its print style sheet sets A4 pages with a running header (the board and year,
 * "BCF review"; with several datasets each one's pages name it) and "Page N of M" at the foot, in CSS
 * {@code @page} margin boxes (Chromium 131 and later print them), repeats table headers on every page,
 * keeps table rows, charts and a heading with what follows it on one page.
 *
 * @since 0.1.0
 */
public final class ReviewHtml {

    /** The page's language. */
    public static final String LANG = "en-GB";

    static final String STYLE = """
            :root { --ink: #1a1a1a; --rule: #9e9e9e; --head: #eceff1; }
            html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: #fff; }
            body { max-width: 64rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; line-height: 1.4; font-size: 0.95rem; }
            h1 { font-size: 1.7rem; margin: 0.5rem 0; }
            h2 { font-size: 1.35rem; border-bottom: 2px solid var(--rule); padding-bottom: 0.2rem; margin-top: 2rem; }
            h3 { font-size: 1.12rem; margin-top: 1.5rem; }
            h4 { font-size: 1rem; margin-top: 1.2rem; }
            table { border-collapse: collapse; margin: 0.6rem 0 1rem; min-width: 50%; max-width: 100%; }
            table.findings td { overflow-wrap: break-word; }
            table.findings td.message { min-width: 14rem; }
            table.findings td.figures { min-width: 10rem; }
            table.findings td.figures span.figure { white-space: nowrap; }
            a.rule, #rules tbody th code { white-space: nowrap; }
            caption { text-align: left; font-weight: 600; padding: 0.2rem 0; }
            th, td { border: 1px solid var(--rule); padding: 0.25rem 0.5rem; vertical-align: top; text-align: left; }
            thead th { background: var(--head); }
            tbody th { font-weight: normal; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            .verdict { font-size: 1.1rem; padding: 0.5rem 0.75rem; border-left: 0.4rem solid; }
            .verdict.pass { border-color: #2e7d32; background: #e8f5e9; }
            .verdict.fail { border-color: #c62828; background: #ffebee; }
            .ok { background: #e8f5e9; }
            .bad { background: #ffebee; }
            .note { background: #fffde7; }
            """ + BandColours.css() + """
            .band-none { background: #fff; }
            table.heatmap td { text-align: center; min-width: 5.5rem; }
            table.heatmap td .count { font-size: 1.2rem; font-weight: 700; display: block; }
            figure.chart { margin: 0.5rem 0 1.25rem; max-width: 48rem; }
            figure.chart svg { border: 1px solid #e0e0e0; background: #fff; }
            figure.chart text { font-size: 12px; fill: #1a1a1a; font-family: system-ui, Arial, sans-serif; }
            figure.chart rect.bar { fill: #546e7a; }
            figure.chart rect.plan { fill: #90a4ae; }
            figure.chart rect.actual { fill: #1565c0; }
            figure.chart rect.forecast { fill: #6a1b9a; }
            figcaption { font-size: 0.85rem; color: #424242; }
            nav ol { columns: 2; }
            a { color: #0d47a1; }
            .small { font-size: 0.85rem; color: #424242; }
            @media print {
              @page { size: A4; margin: 16mm 12mm 16mm 12mm;
                @top-left { font-size: 9pt; color: #424242; vertical-align: bottom; padding-bottom: 3mm; }
                @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 9pt; color: #424242;
                  vertical-align: top; padding-top: 3mm; } }
              body { max-width: none; padding: 0; font-size: 9.5pt; }
              nav { display: none; }
              h1, h2, h3, h4, caption { break-after: avoid; }
              h2 { margin-top: 1.2rem; }
              table, figure { break-inside: avoid; }
              table.long { break-inside: auto; }
              thead { display: table-header-group; }
              tr, th, td { break-inside: avoid; }
              section > p.small { break-before: avoid; }
              a { color: inherit; text-decoration: none; }
              section.board { break-before: page; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;

    /** The findings' severities, most serious first, with their group headings. */
    static final Map<Severity, String> SEVERITIES = severities();

    private ReviewHtml() {
    }

    private static Map<Severity, String> severities() {
        Map<Severity, String> groups = new LinkedHashMap<>();
        groups.put(Severity.ERROR, "Errors");
        groups.put(Severity.WARNING, "Warnings");
        groups.put(Severity.INFO, "Notes (information, not failures)");
        return groups;
    }

    /**
     * Writes one page of reviews with a title made from them: {@code Better Care Fund review: Lewisham
     * 2025/26} for one, {@code Better Care Fund review: 3 datasets} for several.
     *
     * @param reviews the reviews, not null, at least one
     * @param out     where to write, not null; not closed
     */
    public static void write(List<DatasetReview> reviews, Writer out) {
        Checks.notNull(reviews, "reviews");
        String title = reviews.size() == 1 ? "Better Care Fund review: " + reviews.get(0).dataset().board()
                : "Better Care Fund review: " + reviews.size() + " datasets";
        write(title, reviews, out);
    }

    /**
     * Writes one page of reviews: one review as the whole page, several with the summary table first
     * and then each review in turn.
     *
     * @param title   the page's title and only {@code h1}, not blank
     * @param reviews the reviews, not null, at least one
     * @param out     where to write, not null; not closed
     * @throws java.io.UncheckedIOException when the writer fails
     */
    public static void write(String title, List<DatasetReview> reviews, Writer out) {
        Checks.notBlank(title, "title");
        Checks.notNull(reviews, "reviews");
        Checks.notNull(out, "out");
        if (reviews.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one review");
        }
        new ReviewPage(new Html(out), title, List.copyOf(reviews)).write();
    }

    /**
     * Formats a value of a review line: money {@code £1,234,567.00} ({@code -£200.00} below zero), whole
     * numbers with thousands separators, a percentage (an item ending in {@code %}) to one decimal place,
     * other numbers as they are, anything else as its text.
     *
     * @param item  the line's label, not null
     * @param value the value, not null
     * @return the text, never null
     */
    static String value(String item, Object value) {
        if (value instanceof MonetaryAmount amount) {
            return Gbp.format(amount);
        }
        if (value instanceof BigDecimal number && item.endsWith("%")) {
            return percent(number);
        }
        if (value instanceof Long || value instanceof Integer) {
            return NumberFormat.getIntegerInstance(Locale.UK).format(((Number) value).longValue());
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return value.toString();
    }

    /**
     * A percentage to one decimal place, half up (display only), e.g. {@code 5.39} → {@code 5.4%}.
     *
     * @param percent the percentage, not null
     * @return the text, never null
     */
    static String percent(BigDecimal percent) {
        return percent.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }


    /** A section's id: its title in lower case, runs of other characters as one hyphen. */
    static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "section" : slug;
    }

}
