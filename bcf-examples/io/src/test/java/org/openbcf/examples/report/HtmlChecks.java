package org.openbcf.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.openbcf.core.finding.Finding;
import org.openbcf.review.DatasetReview;

/**
 * Checks of a report page parsed with jsoup, a real HTML parser: self-contained, accessible structure,
 * and every finding present with its rule. Shared with the command line's tests (bcf-io's test-jar).
 */
public final class HtmlChecks {

    /** Attributes that load or link to something. */
    private static final List<String> LINKING = List.of("src", "href", "srcset", "poster", "data", "action", "formaction",
            "xlink:href", "background", "cite", "longdesc", "manifest", "ping", "codebase", "archive", "icon");

    private HtmlChecks() {
    }

    /**
     * Parses a page.
     *
     * @param html the page
     * @return the document
     */
    public static Document parse(String html) {
        return Jsoup.parse(html);
    }

    /**
     * No external resource: no script, link, frame, object or embed element; every linking attribute is a
     * fragment ({@code #id}, resolving to an element of the page) or a {@code data:} URI; styles import
     * nothing and use no {@code url()} but {@code data:}.
     *
     * @param page the document
     */
    public static void selfContained(Document page) {
        assertThat(page.select("script, link, iframe, frame, object, embed, base, applet, audio, video, source, track"))
                .as("elements that load or run something").isEmpty();
        for (Element e : page.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().strip();
                if (LINKING.contains(name)) {
                    assertThat(value.startsWith("#") || value.startsWith("data:"))
                            .as("<%s %s=\"%s\"> is neither a #fragment nor a data: URI", e.tagName(), name, value).isTrue();
                    if (value.startsWith("#")) {
                        assertThat(page.getElementById(value.substring(1))).as("target of %s", value).isNotNull();
                    }
                }
                if (name.startsWith("on")) {
                    throw new AssertionError("event handler attribute " + name + " on <" + e.tagName() + ">");
                }
                if (name.equals("style")) {
                    styleIsLocal(value);
                }
            }
        }
        for (Element style : page.select("style")) {
            styleIsLocal(style.data());
        }
    }

    private static void styleIsLocal(String css) {
        String lower = css.toLowerCase(Locale.ROOT);
        assertThat(lower).as("style imports").doesNotContain("@import").doesNotContain("@font-face");
        int at = lower.indexOf("url(");
        while (at >= 0) {
            String rest = lower.substring(at + 4).stripLeading().replaceFirst("^[\"']", "");
            assertThat(rest).as("style url()").startsWith("data:");
            at = lower.indexOf("url(", at + 4);
        }
    }

    /**
     * The accessible structure: a language, one h1 first, headings never skipping a level, every table
     * with a caption and header cells, every chart and image with a text alternative, ids unique.
     *
     * @param page the document
     */
    public static void accessible(Document page) {
        assertThat(page.selectFirst("html").attr("lang")).as("lang").isNotBlank();
        assertThat(page.title()).as("title").isNotBlank();
        assertThat(page.select("h1")).as("h1").hasSize(1);
        Elements headings = page.select("h1, h2, h3, h4, h5, h6");
        assertThat(headings.first().tagName()).isEqualTo("h1");
        int previous = 1;
        for (Element h : headings) {
            int level = h.tagName().charAt(1) - '0';
            assertThat(level).as("heading '%s' after an h%d", h.text(), previous).isLessThanOrEqualTo(previous + 1);
            assertThat(h.text()).as("heading text").isNotBlank();
            previous = level;
        }
        for (Element table : page.select("table")) {
            Element caption = table.selectFirst("> caption");
            assertThat(caption).as("caption of a table").isNotNull();
            assertThat(caption.text()).isNotBlank();
            assertThat(table.select("th")).as("header cells of '%s'", caption.text()).isNotEmpty();
            for (Element th : table.select("thead th")) {
                assertThat(th.attr("scope")).as("scope of column header '%s'", th.text()).isEqualTo("col");
            }
        }
        for (Element svg : page.select("svg")) {
            assertThat(svg.attr("role")).isEqualTo("img");
            String alternative = svg.attr("aria-label");
            if (alternative.isBlank()) {
                StringBuilder text = new StringBuilder();
                for (String id : svg.attr("aria-labelledby").split("\\s+")) {
                    Element label = page.getElementById(id);
                    assertThat(label).as("aria-labelledby %s", id).isNotNull();
                    text.append(label.text());
                }
                alternative = text.toString();
            }
            assertThat(alternative).as("text alternative of a chart").isNotBlank();
        }
        for (Element img : page.select("img")) {
            assertThat(img.attr("alt").isBlank() && img.attr("aria-label").isBlank() && img.attr("title").isBlank())
                    .as("img without a text alternative").isFalse();
        }
        Set<String> ids = new HashSet<>();
        for (Element e : page.select("[id]")) {
            assertThat(ids.add(e.id())).as("id '%s' used twice", e.id()).isTrue();
        }
    }

    /**
     * Every finding of the review is a row with its rule linked to the rule's statement, its location
     * and its message; and every section is a heading.
     *
     * @param page   the document
     * @param scope  the element holding the review (the page, or one dataset's section)
     * @param review the review
     */
    public static void complete(Document page, Element scope, DatasetReview review) {
        Set<String> headings = new HashSet<>(scope.select("h2, h3").eachText());
        for (DatasetReview.Section section : review.sections()) {
            assertThat(headings).as("section heading").contains(section.title());
        }
        Elements rows = scope.select("table.findings tbody tr");
        assertThat(rows).as("finding rows").hasSize(review.findings().size());
        for (Finding f : review.findings()) {
            boolean found = rows.stream().anyMatch(row -> {
                Element link = row.selectFirst("a[href=#rule-" + f.ruleId() + "]");
                return link != null && link.text().equals(f.ruleId())
                        && row.select("code").eachText().contains(f.where())
                        && row.select("td").eachText().contains(f.message())
                        && row.text().contains(f.severity().name().toLowerCase(Locale.ROOT));
            });
            assertThat(found).as("a row for %s", f).isTrue();
            Element rule = page.getElementById("rule-" + f.ruleId());
            assertThat(rule).as("the statement of %s", f.ruleId()).isNotNull();
            assertThat(rule.text()).contains(f.rule().statement());
        }
    }
    /**
     * The expenditure plan by scheme type against an independent sum of the dataset's {@code expenditure.csv}
     * rows (a plain file without quoted fields): one row per type, types equal ignoring case, each amount in
     * pounds and pence and its share of the plan to one decimal place (half up), and the total.
     *
     * @param scope          the element holding the review (the page, or one dataset's section)
     * @param expenditureCsv the dataset's expenditure.csv
     * @param types          the number of types the rows have
     * @return the table
     * @throws IOException when the file cannot be read
     */
    public static Element schemeTypes(Element scope, Path expenditureCsv, int types) throws IOException {
        Map<String, BigDecimal> sums = spendByType(expenditureCsv);
        BigDecimal total = sums.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sums).as("types in %s", expenditureCsv).hasSize(types);
        Element table = scope.select("table").stream().filter(t -> t.selectFirst("caption").text().equals(
                        "Expenditure plan by scheme type: planned spend from every source of funding and its share of the plan"))
                .findFirst().orElseThrow(() -> new AssertionError("no table of the expenditure plan by scheme type"));
        assertThat(table.select("tbody tr")).hasSize(types);
        assertThat(table.select("tbody th").eachText().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList())
                .containsExactlyElementsOf(sums.keySet());
        for (Element row : table.select("tbody tr")) {
            BigDecimal sum = sums.get(row.selectFirst("th").text().toLowerCase(Locale.ROOT));
            assertThat(row.select("td").get(0).text()).isEqualTo(pounds(sum));
            assertThat(row.select("td").get(1).text())
                    .isEqualTo(sum.movePointRight(2).divide(total, 1, RoundingMode.HALF_UP).toPlainString() + "%");
        }
        assertThat(table.selectFirst("tfoot th").text()).isEqualTo("Total planned spend");
        assertThat(table.selectFirst("tfoot td").text()).isEqualTo(pounds(total));
        return table;
    }

    /**
     * The planned spend by scheme type, added up here from a dataset's {@code expenditure.csv} rows (a plain
     * file without quoted fields), independently of openbcf: each type in lower case, in alphabetical order.
     *
     * @param expenditureCsv the file
     * @return the sums in pounds by type
     * @throws IOException when the file cannot be read
     */
    public static Map<String, BigDecimal> spendByType(Path expenditureCsv) throws IOException {
        Map<String, BigDecimal> sums = new TreeMap<>();
        List<String> rows = Files.readAllLines(expenditureCsv);
        assertThat(rows.get(0)).startsWith("scheme_id,scheme_name,scheme_type,area_of_spend,commissioner,source_of_funding,amount");
        for (String line : rows.subList(1, rows.size())) {
            String[] cells = line.split(",", -1);
            sums.merge(cells[2].strip().toLowerCase(Locale.ROOT), new BigDecimal(cells[6]), BigDecimal::add);
        }
        return sums;
    }

    /**
     * Pounds as a board reads them, formatted independently of openbcf's Gbp: {@code £1,234,567.00}.
     *
     * @param amount the amount in pounds
     * @return the text
     */
    public static String pounds(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return (amount.signum() < 0 ? "-£" : "£") + format.format(amount.abs());
    }
}
