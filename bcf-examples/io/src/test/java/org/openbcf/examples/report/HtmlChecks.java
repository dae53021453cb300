package org.openbcf.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
}
