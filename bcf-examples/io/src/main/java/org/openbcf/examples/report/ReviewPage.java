package org.openbcf.examples.report;

import static org.openbcf.examples.report.ReviewHtml.value;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.expenditure.ExpenditurePlan;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Severity;
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
 * One HTML page of reviews being written ({@link ReviewHtml} is the entry point): the header with the
 * verdict, the contents, the summary of several datasets, each review's sections as tables and charts,
 * its findings by severity, the figures its dataset supplies, and the rules cited. It formats only. Not
 * thread-safe; used once.
 */
final class ReviewPage {
    /** What follows the board and year in the running header of a printed page. */
    private static final String HEADER = " \u00b7 BCF review";

    /** The longest list of boards and years the running header of the summary's pages holds. */
    private static final int HEADER_BOARDS = 80;

    private final Html html;
    private final String title;
    private final List<DatasetReview> reviews;
    private final boolean many;
    private final Set<Rule> cited = EnumSet.noneOf(Rule.class);
    private int charts;

    ReviewPage(Html html, String title, List<DatasetReview> reviews) {
        this.html = html;
        this.title = title;
        this.reviews = reviews;
        this.many = reviews.size() > 1;
    }

    void write() {
        reviews.forEach(r -> r.findings().forEach(f -> cited.add(f.rule())));
        html.raw("<!DOCTYPE html>").newline();
        html.open("html", "lang", ReviewHtml.LANG).newline();
        html.open("head").newline();
        html.raw("<meta charset=\"utf-8\">").newline();
        html.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">").newline();
        html.raw("<meta name=\"generator\" content=\"openbcf\">").newline();
        html.element("title", title).newline();
        html.open("style").raw(ReviewHtml.STYLE).close("style").newline();
        html.open("style", "media", "print").raw(pageHeaders()).close("style").newline();
        html.close("head").newline();
        html.open("body").newline();
        html.open("header").newline();
        html.element("h1", title).newline();
        if (many) {
            long passing = reviews.stream().filter(DatasetReview::passes).count();
            verdict(passing == reviews.size(), passing + " of " + reviews.size() + " datasets pass; "
                    + "a dataset passes when its review has no warning and no error (notes do not count).");
        } else {
            verdict(reviews.get(0).passes(), ReviewReport.counts(reviews.get(0)) + ".");
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
                verdict(review.passes(), ReviewReport.counts(review) + ".");
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

    /**
     * The running header of the printed pages, in the {@code @page} margin box the style sheet places:
     * the board and year with "BCF review"; with several datasets each one's section is a named page
     * with its own header, and the summary and the rules name every board and year (or, when that
     * would not fit on one line, say how many datasets the page holds). One dataset's board is always named.
     */
    private String pageHeaders() {
        String boards = String.join(", ", reviews.stream().map(r -> r.dataset().board().toString()).toList());
        String shared = !many || boards.length() <= HEADER_BOARDS ? boards + HEADER : reviews.size() + " datasets" + HEADER;
        StringBuilder css = new StringBuilder("@page { @top-left { content: ").append(Html.cssString(shared)).append("; } }\n");
        for (int i = 0; many && i < reviews.size(); i++) {
            String page = "d" + (i + 1) + "-review";
            css.append('#').append(page).append(" { page: ").append(page).append("; }\n@page ").append(page)
                    .append(" { @top-left { content: ").append(Html.cssString(reviews.get(i).dataset().board() + HEADER))
                    .append("; } }\n");
        }
        return css.toString();
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
            review.sections().forEach(s -> link(ReviewHtml.slug(s.title()), s.title()));
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
            String id = prefix + ReviewHtml.slug(section.title());
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
            schemeTypes(review, prefix, level);
            minimums(review, level);
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

    /** The expenditure plan by scheme type: each type's planned spend and share of the plan, with a chart. */
    private void schemeTypes(DatasetReview review, String prefix, int level) {
        html.element("h" + (level + 1), "Expenditure plan by scheme type", "id", prefix + "scheme-types").newline();
        List<DatasetReview.SchemeTypeSpend> types = review.spendBySchemeType();
        Optional<MonetaryAmount> total = review.dataset().expenditure().map(ExpenditurePlan::total);
        if (types.isEmpty()) {
            html.element("p", total.isPresent() ? "The expenditure plan has no lines."
                    : "The dataset has no scheme-level expenditure plan (expenditure.csv), so there is no spend by scheme "
                    + "type; the minimums below use the figures board.csv states.").newline();
            return;
        }
        html.open("table").newline();
        html.element("caption", "Expenditure plan by scheme type: planned spend from every source of funding and its share "
                + "of the plan").newline();
        header("Scheme type", "Planned spend", "Share of the plan");
        html.open("tbody").newline();
        List<BarChart.Bar> bars = new ArrayList<>();
        for (DatasetReview.SchemeTypeSpend type : types) {
            String share = type.percentOfPlan().map(ReviewHtml::percent).orElse("not given");
            html.open("tr");
            html.element("th", type.schemeType(), "scope", "row");
            html.element("td", Gbp.format(type.amount()), "class", "num");
            html.element("td", share, "class", "num");
            html.close("tr").newline();
            bars.add(new BarChart.Bar(type.schemeType(), Gbp.pounds(type.amount()), Gbp.format(type.amount())
                    + type.percentOfPlan().map(p -> " (" + ReviewHtml.percent(p) + ")").orElse(""), "bar"));
        }
        html.close("tbody").newline();
        if (total.isPresent()) {
            html.open("tfoot").open("tr");
            html.element("th", "Total planned spend", "scope", "row");
            html.element("td", Gbp.format(total.get()), "class", "num");
            html.element("td", "");
            html.close("tr").close("tfoot").newline();
        }
        html.close("table").newline();
        new BarChart("Expenditure plan by scheme type", bars).write(html, prefix + "chart" + (++charts));
    }

    /** The derived minimums against their floors as the review found them: met, not met, not checked, not a condition. */
    private void minimums(DatasetReview review, int level) {
        List<DatasetReview.Minimum> minimums = review.minimums();
        if (minimums.isEmpty()) {
            return;
        }
        BcfYear year = review.dataset().board().year();
        html.element("h" + (level + 1), "Derived minimums against their floors").newline();
        html.open("table").newline();
        html.element("caption", "Derived minimums against their floors").newline();
        header("Minimum", "Rule", "Spend", "Floor", "Difference", "Result");
        html.open("tbody").newline();
        for (DatasetReview.Minimum m : minimums) {
            html.open("tr");
            html.element("th", m.name(), "scope", "row");
            if (m.rule().isPresent()) {
                html.open("td");
                ruleLink(m.rule().get());
                html.close("td");
            } else {
                html.element("td", "none in " + year);
            }
            money(m.amount());
            money(m.floor());
            money(m.difference());
            String word = m.status().label();
            String result = m.note().isEmpty() ? word : m.note().startsWith(word) ? m.note() : word + ": " + m.note();
            html.element("td", result, "class", switch (m.status()) {
                case MET -> "ok";
                case NOT_MET -> "bad";
                case NOT_CHECKED, NOT_A_CONDITION -> "note";
            });
            html.close("tr").newline();
        }
        html.close("tbody").newline();
        html.close("table").newline();
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
                html.open("td", "class", band.map(b -> "band-" + ReviewHtml.slug(b.name())).orElse("band-none"));
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
        for (Map.Entry<Severity, String> group : ReviewHtml.SEVERITIES.entrySet()) {
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
                html.open("td", "class", "figures");
                List<String> parts = amounts(f);
                for (int i = 0; i < parts.size(); i++) {
                    // one figure is never cut, e.g. after the minus of -£2,000.00; the cell breaks between figures
                    html.text(i == 0 ? "" : ", ").element("span", parts.get(i), "class", "figure");
                }
                html.close("td");
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

    private static List<String> amounts(Finding f) {
        List<String> parts = new ArrayList<>();
        f.amounts().forEach((k, v) -> parts.add(k + " " + Gbp.format(v)));
        f.figures().forEach((k, v) -> parts.add(k + " " + v.toPlainString()));
        return parts;
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
