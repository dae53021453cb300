package org.openbcf.examples.report;

import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import javax.money.MonetaryAmount;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.risk.RiskBand;
import org.openbcf.core.risk.RiskHeatMap;
import org.openbcf.core.risk.RiskMatrix;
import org.openbcf.core.risk.RiskRegister;
import org.openbcf.core.year.BcfYear;
import org.openbcf.examples.dataset.DatasetFormat;
import org.openbcf.examples.dataset.ReviewReport;
import org.openbcf.review.Board;
import org.openbcf.review.DatasetReview;

/**
 * Writes reviews as one self-contained HTML page for a board paper, {@code bcf review DATASET --format html}:
 * no external script, font, style sheet or image (the style is in the page, the charts are inline
 * SVG), so the file works offline and as an e-mail attachment. For each review: whether it passes,
 * every section of the review as a table (the pooled fund by partner and by stream, the derived
 * minimums against their floors, income and expenditure with a chart, the metrics against plan, the
 * risk heat map by band), every finding grouped by severity with its rule linked to the rule's
 * statement at the end of the page (as in {@code RULES.md}) and its location, and the figures the
 * dataset supplies. Several reviews give one page with the summary table first.
 *
 * <p>It formats only: every figure, finding and verdict comes from the {@link DatasetReview} (and the
 * library values its dataset holds, such as the risk register's heat map). Everything from the dataset
 * is escaped. Money is written {@code £1,234,567.00}, percentages to one decimal place. The page has
 * {@code lang}, one {@code h1}, headings in order, tables with captions and header cells, and a word
 * beside every colour; its print style sheet sets A4 pages with a running header and page numbers,
 * repeats table headers and keeps table rows whole.
 *
 * @since 0.1.0
 */
public final class ReviewHtml {

    /** The page's language. */
    public static final String LANG = "en-GB";

    private static final String STYLE = """
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
            a.rule { white-space: nowrap; }
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
            .band-low { background: #c8e6c9; }
            .band-moderate { background: #fff59d; }
            .band-high { background: #ffcc80; }
            .band-extreme { background: #ef9a9a; }
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
                @top-left { content: "Better Care Fund review (openbcf)"; font-size: 9pt; color: #424242; }
                @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 9pt; color: #424242; } }
              body { max-width: none; padding: 0; font-size: 9.5pt; }
              nav { display: none; }
              h2, h3, h4 { break-after: avoid; }
              table, figure { break-inside: avoid; }
              table.long { break-inside: auto; }
              thead { display: table-header-group; }
              tr, th, td { break-inside: avoid; }
              a { color: inherit; text-decoration: none; }
              section.board { break-before: page; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;

    /** The findings' severities, most serious first, with their group headings. */
    private static final Map<Severity, String> SEVERITIES = severities();

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
        new Page(new Html(out), title, List.copyOf(reviews)).write();
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

    /** One page being written. */
    private static final class Page {
        private final Html html;
        private final String title;
        private final List<DatasetReview> reviews;
        private final boolean many;
        private final Set<Rule> cited = EnumSet.noneOf(Rule.class);
        private int charts;

        Page(Html html, String title, List<DatasetReview> reviews) {
            this.html = html;
            this.title = title;
            this.reviews = reviews;
            this.many = reviews.size() > 1;
        }

        void write() {
            reviews.forEach(r -> r.findings().forEach(f -> cited.add(f.rule())));
            html.raw("<!DOCTYPE html>").newline();
            html.open("html", "lang", LANG).newline();
            html.open("head").newline();
            html.raw("<meta charset=\"utf-8\">").newline();
            html.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">").newline();
            html.raw("<meta name=\"generator\" content=\"openbcf\">").newline();
            html.element("title", title).newline();
            html.open("style").raw(STYLE).close("style").newline();
            html.close("head").newline();
            html.open("body").newline();
            html.open("header").newline();
            html.element("h1", title).newline();
            if (many) {
                long passing = reviews.stream().filter(DatasetReview::passes).count();
                verdict(passing == reviews.size(), passing + " of " + reviews.size() + " datasets pass; "
                        + "a dataset passes when its review has no warning and no error (notes do not count).");
            } else {
                verdict(reviews.get(0).passes(), ReviewReport.verdict(reviews.get(0)));
            }
            html.element("p", "Made by openbcf from the dataset" + (many ? "s" : "") + " named below, with the rules of "
                    + "each one's year. Every figure and finding is the review's own; each finding links to its rule's "
                    + "statement at the end of this page (as in RULES.md).", "class", "small").newline();
            html.close("header").newline();
            contents();
            html.open("main").newline();
            if (many) {
                summary();
                for (int i = 0; i < reviews.size(); i++) {
                    DatasetReview review = reviews.get(i);
                    String prefix = "d" + (i + 1) + "-";
                    html.open("section", "class", "board", "id", prefix + "review", "aria-labelledby", prefix + "heading").newline();
                    html.element("h2", review.dataset().board().toString(), "id", prefix + "heading").newline();
                    verdict(review.passes(), ReviewReport.verdict(review));
                    review(review, prefix, 3);
                    html.close("section").newline();
                }
            } else {
                review(reviews.get(0), "", 2);
            }
            rules();
            html.close("main").newline();
            html.close("body").newline();
            html.close("html").newline();
        }

        private void verdict(boolean passes, String text) {
            html.open("p", "class", "verdict " + (passes ? "pass" : "fail"));
            html.element("strong", passes ? "Passes." : "Does not pass.").text(" " + text).close("p").newline();
        }

        private void contents() {
            html.open("nav", "aria-label", "Contents").newline();
            html.open("ol").newline();
            if (many) {
                link("summary", "Summary");
                for (int i = 0; i < reviews.size(); i++) {
                    link("d" + (i + 1) + "-review", reviews.get(i).dataset().board() + " (" + reviews.get(i).dataset().source() + ")");
                }
            } else {
                DatasetReview review = reviews.get(0);
                review.sections().forEach(s -> link(slug(s.title()), s.title()));
                link("findings", "Findings");
                link("supplied", "Figures the dataset supplies");
            }
            link("rules", "Rules cited");
            html.close("ol").newline();
            html.close("nav").newline();
        }

        private void link(String id, String text) {
            html.open("li").open("a", "href", "#" + id).text(text).close("a").close("li").newline();
        }

        private void summary() {
            html.open("section", "id", "summary", "aria-labelledby", "summary-heading").newline();
            html.element("h2", "Summary", "id", "summary-heading").newline();
            html.open("table", "class", "long").newline();
            html.element("caption", "One row per dataset: the pooled fund, the derived minimums and the findings").newline();
            header("Board and year", "Dataset", "Result", "Pooled fund", "ASC from the NHS minimum", "NHS out-of-hospital",
                    "Errors", "Warnings", "Notes");
            html.open("tbody").newline();
            for (int i = 0; i < reviews.size(); i++) {
                DatasetReview review = reviews.get(i);
                DatasetReview.Summary s = review.summary();
                html.open("tr");
                html.open("th", "scope", "row").open("a", "href", "#d" + (i + 1) + "-review").text(s.board() + " " + s.year())
                        .close("a").close("th");
                html.element("td", review.dataset().source());
                html.element("td", review.passes() ? "passes" : "does not pass", "class", review.passes() ? "ok" : "bad");
                money(s.pool());
                money(s.socialCare());
                money(s.outOfHospital());
                number(s.errors());
                number(s.warnings());
                number(s.infos());
                html.close("tr").newline();
            }
            html.close("tbody").newline();
            html.close("table").newline();
            html.close("section").newline();
        }

        private void money(Optional<MonetaryAmount> amount) {
            html.element("td", amount.map(Gbp::format).orElse("not given"), "class", "num");
        }

        private void number(long n) {
            html.element("td", value("", n), "class", "num");
        }

        private void header(String... columns) {
            html.open("thead").open("tr");
            for (String column : columns) {
                html.element("th", column, "scope", "col");
            }
            html.close("tr").close("thead").newline();
        }

        private void review(DatasetReview review, String prefix, int level) {
            for (DatasetReview.Section section : review.sections()) {
                String id = prefix + slug(section.title());
                html.open("section", "id", id, "aria-labelledby", id + "-heading").newline();
                html.element("h" + level, section.title(), "id", id + "-heading").newline();
                section(review, section, prefix, level);
                sectionFindings(section, prefix);
                html.close("section").newline();
            }
            findings(review, prefix, level);
            supplied(review, prefix, level);
        }

        private void section(DatasetReview review, DatasetReview.Section section, String prefix, int level) {
            String t = section.title();
            if (t.startsWith("Pooled fund")) {
                pool(section, prefix);
            } else if (t.startsWith("Expenditure plan")) {
                List<DatasetReview.Line> others = section.lines().stream()
                        .filter(l -> !l.item().startsWith("spend from ") && !l.item().startsWith("spend on ")).toList();
                named(section.title() + ": planned spend by source of funding", "Source of funding",
                        withPrefix(section, "spend from "), "spend from ");
                named(section.title() + ": planned spend by area of spend", "Area of spend",
                        withPrefix(section, "spend on "), "spend on ");
                figures(section.title() + ": totals and derived figures", others);
                minimums(review, section);
            } else if (t.equals("Income and expenditure (year end)")) {
                yearEnd(section, prefix);
            } else if (t.startsWith("Income and expenditure")) {
                figures(section.title() + ": figures", section.lines());
                chart(section.title() + ": annual totals", section.lines(), prefix);
            } else if (t.equals("Metrics")) {
                metrics(section);
            } else if (t.equals("Risks")) {
                figures(section.title() + ": figures", section.lines());
                review.dataset().risks().ifPresent(register -> heatMap(register, level));
            } else {
                figures(section.title() + ": figures", section.lines());
            }
        }

        /** An Item/Value table of lines. */
        private void figures(String caption, List<DatasetReview.Line> lines) {
            if (lines.isEmpty()) {
                return;
            }
            html.open("table").newline();
            html.element("caption", caption).newline();
            header("Item", "Value");
            html.open("tbody").newline();
            for (DatasetReview.Line line : lines) {
                html.open("tr");
                html.element("th", line.item(), "scope", "row");
                cell(line.item(), line.value());
                html.close("tr").newline();
            }
            html.close("tbody").newline();
            html.close("table").newline();
        }

        private void cell(String item, Object value) {
            boolean numeric = value instanceof MonetaryAmount || value instanceof Number;
            html.element("td", value(item, value), "class", numeric ? "num" : null);
        }

        private void pool(DatasetReview.Section section, String prefix) {
            List<DatasetReview.Line> partners = withPrefix(section, "partner ");
            List<DatasetReview.Line> streams = withPrefix(section, "stream ");
            List<DatasetReview.Line> totals = section.lines().stream()
                    .filter(l -> !l.item().startsWith("partner ") && !l.item().startsWith("stream ")).toList();
            named(section.title() + " by partner", "Partner", partners, "partner ");
            named(section.title() + " by funding stream", "Funding stream", streams, "stream ");
            figures(section.title() + ": totals", totals);
            List<BarChart.Bar> bars = new ArrayList<>();
            for (DatasetReview.Line line : streams) {
                if (line.value() instanceof MonetaryAmount amount) {
                    bars.add(new BarChart.Bar(line.item().substring("stream ".length()), Gbp.pounds(amount), Gbp.format(amount), "bar"));
                }
            }
            if (!bars.isEmpty()) {
                new BarChart(section.title() + " by funding stream", bars).write(html, prefix + "chart" + (++charts));
            }
        }

        private List<DatasetReview.Line> withPrefix(DatasetReview.Section section, String prefix) {
            return section.lines().stream().filter(l -> l.item().startsWith(prefix)).toList();
        }

        private void named(String caption, String column, List<DatasetReview.Line> lines, String prefix) {
            if (lines.isEmpty()) {
                return;
            }
            html.open("table").newline();
            html.element("caption", caption).newline();
            header(column, "Amount");
            html.open("tbody").newline();
            for (DatasetReview.Line line : lines) {
                html.open("tr");
                html.element("th", line.item().substring(prefix.length()), "scope", "row");
                cell(line.item(), line.value());
                html.close("tr").newline();
            }
            html.close("tbody").newline();
            html.close("table").newline();
        }

        /** The derived minimums against their floors: met, not met (with the amounts) or not checked, from the findings. */
        private void minimums(DatasetReview review, DatasetReview.Section section) {
            BcfYear year = review.dataset().board().year();
            html.open("table").newline();
            html.element("caption", "Derived minimums against their floors").newline();
            header("Minimum", "Rule", "Spend", "Floor", "Result");
            html.open("tbody").newline();
            minimum(section, year, "Adult social care from the NHS minimum", List.of(Rule.R_25_1, Rule.R_PC_2),
                    "adult social care from the NHS minimum", "adult social care floor");
            minimum(section, year, "NHS-commissioned out-of-hospital spend", List.of(Rule.R_PC_3),
                    "NHS-commissioned out-of-hospital", "out-of-hospital minimum");
            html.close("tbody").newline();
            html.close("table").newline();
        }

        private void minimum(DatasetReview.Section section, BcfYear year, String name, List<Rule> rules, String spendItem,
                             String floorItem) {
            Optional<Rule> rule = rules.stream().filter(r -> r.appliesIn(year.year())).findFirst();
            Optional<DatasetReview.Line> spend = first(section, l -> l.item().startsWith(spendItem));
            Optional<DatasetReview.Line> floor = first(section, l -> l.item().startsWith(floorItem));
            html.open("tr");
            html.element("th", name, "scope", "row");
            if (rule.isPresent()) {
                html.open("td");
                ruleLink(rule.get());
                html.close("td");
            } else {
                html.element("td", "none in " + year);
            }
            html.element("td", spend.map(l -> value(l.item(), l.value())).orElse("not given"), "class", "num");
            html.element("td", floor.map(l -> value(l.item(), l.value())).orElse("not given"), "class", "num");
            if (rule.isEmpty()) {
                html.element("td", "not a condition in " + year, "class", "note");
            } else {
                Findings found = section.findings().ofRule(rule.get());
                Optional<Finding> breach = found.stream().filter(f -> f.severity() != Severity.INFO).findFirst();
                if (breach.isPresent()) {
                    html.element("td", "not met: " + amounts(breach.get()), "class", "bad");
                } else if (!found.isEmpty()) {
                    html.element("td", found.list().get(0).message(), "class", "note");
                } else if (spend.isPresent() && floor.isPresent()) {
                    html.element("td", "met: " + value(spend.get().item(), spend.get().value()) + " against "
                            + value(floor.get().item(), floor.get().value()), "class", "ok");
                } else {
                    html.element("td", "not checked", "class", "note");
                }
            }
            html.close("tr").newline();
        }

        private Optional<DatasetReview.Line> first(DatasetReview.Section section, Predicate<DatasetReview.Line> test) {
            return section.lines().stream().filter(test).findFirst();
        }

        private void yearEnd(DatasetReview.Section section, String prefix) {
            List<String[]> pairs = new ArrayList<>();
            List<DatasetReview.Line> others = new ArrayList<>();
            List<BarChart.Bar> bars = new ArrayList<>();
            List<DatasetReview.Line> lines = section.lines();
            for (int i = 0; i < lines.size(); i++) {
                DatasetReview.Line line = lines.get(i);
                String stem = stem(line.item());
                if (stem != null && i + 1 < lines.size() && lines.get(i + 1).item().equals(stem + " actual")) {
                    DatasetReview.Line actual = lines.get(i + 1);
                    pairs.add(new String[] {stem, value(line.item(), line.value()), value(actual.item(), actual.value())});
                    if (line.item().endsWith(" planned")) {
                        bar(bars, stem + " planned", line, "plan");
                        bar(bars, stem + " actual", actual, "actual");
                    }
                    i++;
                } else {
                    others.add(line);
                }
            }
            html.open("table").newline();
            html.element("caption", section.title() + ": plan and actual").newline();
            header("Line", "Plan", "Actual");
            html.open("tbody").newline();
            for (String[] pair : pairs) {
                html.open("tr");
                html.element("th", pair[0], "scope", "row");
                html.element("td", pair[1], "class", "num");
                html.element("td", pair[2], "class", "num");
                html.close("tr").newline();
            }
            html.close("tbody").newline();
            html.close("table").newline();
            figures(section.title() + ": other figures", others);
            if (!bars.isEmpty()) {
                new BarChart(section.title() + ": planned and actual totals", bars).write(html, prefix + "chart" + (++charts));
            }
        }

        private static String stem(String item) {
            if (item.endsWith(" planned")) {
                return item.substring(0, item.length() - " planned".length());
            }
            if (item.endsWith(" plan")) {
                return item.substring(0, item.length() - " plan".length());
            }
            return null;
        }

        private void bar(List<BarChart.Bar> bars, String label, DatasetReview.Line line, String series) {
            if (line.value() instanceof MonetaryAmount amount) {
                bars.add(new BarChart.Bar(label, Gbp.pounds(amount), Gbp.format(amount), series));
            }
        }

        private void chart(String caption, List<DatasetReview.Line> lines, String prefix) {
            List<BarChart.Bar> bars = new ArrayList<>();
            for (DatasetReview.Line line : lines) {
                String item = line.item();
                String series = item.contains(" actual") ? "actual" : item.contains(" forecast") ? "forecast"
                        : item.contains(" plan") ? "plan" : "bar";
                bar(bars, item, line, series);
            }
            if (!bars.isEmpty()) {
                new BarChart(caption, bars).write(html, prefix + "chart" + (++charts));
            }
        }

        /** The metrics, one row per metric and period: the review's target, actual, variance, status and note lines. */
        private void metrics(DatasetReview.Section section) {
            List<String> parts = List.of("target", "actual", "variance", "status", "numerator", "denominator", "note");
            Map<String, Map<String, DatasetReview.Line>> rows = new LinkedHashMap<>();
            List<DatasetReview.Line> others = new ArrayList<>();
            for (DatasetReview.Line line : section.lines()) {
                int space = line.item().lastIndexOf(' ');
                String part = space < 0 ? "" : line.item().substring(space + 1);
                if (parts.contains(part)) {
                    rows.computeIfAbsent(line.item().substring(0, space), k -> new LinkedHashMap<>()).put(part, line);
                } else {
                    others.add(line);
                }
            }
            html.open("table").newline();
            html.element("caption", "Metrics: plan, actual and whether on track").newline();
            header("Metric and period", "Plan (target)", "Actual", "Variance", "Status", "Note");
            html.open("tbody").newline();
            for (Map.Entry<String, Map<String, DatasetReview.Line>> row : rows.entrySet()) {
                Map<String, DatasetReview.Line> cells = row.getValue();
                html.open("tr");
                html.element("th", row.getKey(), "scope", "row");
                for (String part : List.of("target", "actual", "variance")) {
                    DatasetReview.Line line = cells.get(part);
                    html.element("td", line == null ? "not given" : value(line.item(), line.value()), "class", "num");
                }
                DatasetReview.Line status = cells.get("status");
                String statusText = status == null ? "no actual yet" : value(status.item(), status.value());
                String lower = statusText.toLowerCase(Locale.ROOT);
                String tone = status == null ? "note" : lower.contains("not on track") || lower.startsWith("not ") ? "bad"
                        : lower.contains("on track") || lower.contains("met") ? "ok" : "note";
                html.element("td", statusText, "class", tone);
                DatasetReview.Line note = cells.get("note");
                html.element("td", note == null ? "" : value(note.item(), note.value()));
                html.close("tr").newline();
            }
            html.close("tbody").newline();
            html.close("table").newline();
            figures("Metrics: other figures", others);
        }

        /** The heat map of the register: likelihood by impact, each cell with its count and, where the matrix has bands, its band. */
        private void heatMap(RiskRegister register, int level) {
            RiskMatrix matrix = register.matrix();
            RiskHeatMap map = register.heatMap();
            boolean banded = !matrix.bands().isEmpty();
            html.element("h" + (level + 1), "Risk heat map").newline();
            html.open("table", "class", "heatmap").newline();
            html.element("caption", "Risks by likelihood (rows) and " + matrix.impact().name() + " (columns) on the "
                    + matrix.name() + " matrix: the count in each cell" + (banded ? ", coloured and named by risk band"
                    : "; this matrix has no bands")).newline();
            html.open("thead").open("tr");
            html.element("th", "Likelihood \\ " + matrix.impact().name(), "scope", "col");
            for (int i = 1; i <= matrix.impact().size(); i++) {
                html.element("th", i + " " + matrix.impact().label(i), "scope", "col");
            }
            html.close("tr").close("thead").newline();
            html.open("tbody").newline();
            for (int l = matrix.likelihood().size(); l >= 1; l--) {
                html.open("tr");
                html.element("th", l + " " + matrix.likelihood().label(l), "scope", "row");
                for (int i = 1; i <= matrix.impact().size(); i++) {
                    int score = matrix.score(l, i);
                    Optional<RiskBand> band = matrix.band(score);
                    String bandName = band.map(RiskBand::name).orElse("");
                    html.open("td", "class", band.map(b -> "band-" + cssName(b.name())).orElse("band-none"));
                    html.element("span", Integer.toString(map.count(l, i)), "class", "count").text(" ");
                    html.element("span", band.isPresent() ? bandName + " (score " + score + ")" : "score " + score);
                    html.close("td");
                }
                html.close("tr").newline();
            }
            html.close("tbody").newline();
            html.close("table").newline();
            if (map.offMatrix() > 0) {
                html.element("p", "The heat map shows " + map.total() + (map.total() == 1 ? " risk; " : " risks; ")
                        + map.offMatrix() + " more " + (map.offMatrix() == 1 ? "is" : "are") + " off the matrix (a likelihood "
                        + "or impact outside its scale): see the findings.").newline();
            }
        }

        private void sectionFindings(DatasetReview.Section section, String prefix) {
            if (section.findings().isEmpty()) {
                return;
            }
            html.open("p", "class", "small").text(counts(section.findings()) + " in this section: ")
                    .open("a", "href", "#" + prefix + "findings").text("see the findings").close("a").text(".").close("p").newline();
        }

        private static String counts(Findings findings) {
            List<String> parts = new ArrayList<>();
            int e = findings.ofSeverity(Severity.ERROR).size();
            int w = findings.ofSeverity(Severity.WARNING).size();
            int n = findings.ofSeverity(Severity.INFO).size();
            if (e > 0) {
                parts.add(e + (e == 1 ? " error" : " errors"));
            }
            if (w > 0) {
                parts.add(w + (w == 1 ? " warning" : " warnings"));
            }
            if (n > 0) {
                parts.add(n + (n == 1 ? " note" : " notes"));
            }
            return String.join(", ", parts);
        }

        private void findings(DatasetReview review, String prefix, int level) {
            String id = prefix + "findings";
            html.open("section", "id", id, "aria-labelledby", id + "-heading").newline();
            html.element("h" + level, "Findings", "id", id + "-heading").newline();
            if (review.findings().isEmpty()) {
                html.element("p", "No findings: every rule checked is met.").newline();
            }
            Map<Finding, String> sectionOf = new LinkedHashMap<>();
            for (DatasetReview.Section section : review.sections()) {
                section.findings().forEach(f -> sectionOf.putIfAbsent(f, section.title()));
            }
            for (Map.Entry<Severity, String> group : SEVERITIES.entrySet()) {
                Findings found = review.findings().ofSeverity(group.getKey());
                if (found.isEmpty()) {
                    continue;
                }
                String name = group.getValue();
                html.element("h" + (level + 1), name + " (" + found.size() + ")",
                        "id", prefix + "findings-" + group.getKey().name().toLowerCase(Locale.ROOT)).newline();
                html.open("table", "class", "long findings " + group.getKey().name().toLowerCase(Locale.ROOT)).newline();
                html.element("caption", review.dataset().board() + ": " + name.toLowerCase(Locale.ROOT)).newline();
                header("Rule", "Severity", "Section", "Location", "Finding", "Figures");
                html.open("tbody").newline();
                for (Finding f : found) {
                    html.open("tr");
                    html.open("th", "scope", "row");
                    ruleLink(f.rule());
                    html.close("th");
                    html.element("td", f.severity().name().toLowerCase(Locale.ROOT));
                    html.element("td", sectionOf.getOrDefault(f, ""));
                    html.open("td").element("code", f.where()).close("td");
                    html.element("td", f.message(), "class", "message");
                    html.element("td", amounts(f), "class", "figures");
                    html.close("tr").newline();
                }
                html.close("tbody").newline();
                html.close("table").newline();
            }
            html.close("section").newline();
        }

        private void ruleLink(Rule rule) {
            cited.add(rule);
            html.open("a", "href", "#rule-" + rule.id(), "class", "rule", "title", rule.statement()).text(rule.id()).close("a");
        }

        private static String amounts(Finding f) {
            List<String> parts = new ArrayList<>();
            f.amounts().forEach((k, v) -> parts.add(k + " " + Gbp.format(v)));
            f.figures().forEach((k, v) -> parts.add(k + " " + v.toPlainString()));
            return String.join(", ", parts);
        }

        /** The figures the dataset's board.csv supplies beyond board, year and section 75. */
        private void supplied(DatasetReview review, String prefix, int level) {
            Board b = review.dataset().board();
            Map<String, String> rows = new LinkedHashMap<>();
            b.statedPool().ifPresent(v -> rows.put("pooled_fund", Gbp.format(v)));
            b.socialCareBaseline().ifPresent(v -> rows.put("asc_from_nhs_minimum_baseline", Gbp.format(v)));
            b.statedSocialCare().ifPresent(v -> rows.put("asc_from_nhs_minimum", Gbp.format(v)));
            b.statedOutOfHospital().ifPresent(v -> rows.put("nhs_out_of_hospital", Gbp.format(v)));
            b.outOfHospitalMinimum().ifPresent(v -> rows.put("nhs_out_of_hospital_minimum", Gbp.format(v)));
            b.incomeSheetPool().ifPresent(v -> rows.put("income_pooled_fund", Gbp.format(v)));
            b.expenditureSheetPool().ifPresent(v -> rows.put("expenditure_pooled_fund", Gbp.format(v)));
            b.paymentForPerformance().ifPresent(t -> {
                rows.put("p4p_cost_per_admission", Gbp.format(t.costPerAdmission()));
                t.localShare().ifPresent(v -> rows.put("p4p_local_share", Gbp.format(v)));
            });
            b.riskMatrix().ifPresent(m -> rows.put("risk_matrix", m.name()));
            String id = prefix + "supplied";
            html.open("section", "id", id, "aria-labelledby", id + "-heading").newline();
            html.element("h" + level, "Figures the dataset supplies", "id", id + "-heading").newline();
            if (rows.isEmpty()) {
                html.element("p", "The dataset's board.csv supplies no figure beyond the board, the year and section 75.").newline();
            } else {
                html.open("table").newline();
                html.element("caption", "Figures stated or supplied in board.csv (not derived by openbcf)").newline();
                header("Field", "What it is", "Value");
                html.open("tbody").newline();
                rows.forEach((field, v) -> {
                    html.open("tr");
                    html.open("th", "scope", "row").element("code", field).close("th");
                    html.element("td", DatasetFormat.BOARD_FIELDS.getOrDefault(field, ""));
                    html.element("td", v, "class", "num");
                    html.close("tr").newline();
                });
                html.close("tbody").newline();
                html.close("table").newline();
            }
            html.close("section").newline();
        }

        private void rules() {
            html.open("section", "id", "rules", "aria-labelledby", "rules-heading").newline();
            html.element("h2", "Rules cited", "id", "rules-heading").newline();
            if (cited.isEmpty()) {
                html.element("p", "No rule is cited.").newline();
            } else {
                html.element("p", "Each rule as openbcf's rule catalogue (RULES.md) states it, with its source in the "
                        + "BCF documents.").newline();
                html.open("table", "class", "long").newline();
                html.element("caption", "The rules of the findings and minimums above").newline();
                header("Rule", "Severity", "Years", "Statement", "Source");
                html.open("tbody").newline();
                for (Rule rule : cited) {
                    html.open("tr", "id", "rule-" + rule.id());
                    html.open("th", "scope", "row").element("code", rule.id()).close("th");
                    html.element("td", rule.severity().name().toLowerCase(Locale.ROOT));
                    html.element("td", rule.years());
                    html.element("td", rule.statement());
                    html.element("td", rule.source());
                    html.close("tr").newline();
                }
                html.close("tbody").newline();
                html.close("table").newline();
            }
            html.close("section").newline();
        }
    }

    /** A section's id: its title in lower case, runs of other characters as one hyphen. */
    static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "section" : slug;
    }

    private static String cssName(String band) {
        return slug(band);
    }
}
