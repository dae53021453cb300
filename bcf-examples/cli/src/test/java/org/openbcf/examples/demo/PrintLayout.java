package org.openbcf.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jsoup.nodes.Document;
import org.openbcf.examples.demo.PrintedPdf.Element;
import org.openbcf.examples.demo.PrintedPdf.Page;

/**
 * The print layout of a report of several datasets, checked on the PDF a browser printed from it
 * against the HTML page it printed (parsed with jsoup, independently of the PDF): every page is A4; its
 * top margin holds the running header, "BCF review" with the board and year of the dataset whose
 * section the page prints (on the summary's and the rules' pages, every board and year); its bottom margin
 * holds "Page N of M"; every table row of the page is printed whole on one page, and a table printed on
 * several pages repeats its header row at the top of each of them; no heading is left at the foot of a
 * page without what follows it; no chart is split.
 */
final class PrintLayout {

    /** A4 in points: 210 x 297 mm. */
    private static final float A4_WIDTH = 595.28f;
    private static final float A4_HEIGHT = 841.89f;

    private PrintLayout() {
    }

    static void check(PrintedPdf pdf, Document html) throws IOException {
        List<Page> pages = pdf.pages();
        List<Element> elements = pdf.elements();
        assertThat(pages).as("printed pages").hasSizeGreaterThanOrEqualTo(3);
        List<String> boards = html.select("section.board > h2").eachText();
        assertThat(boards).as("the datasets' sections").hasSizeGreaterThanOrEqualTo(2);

        // where each dataset's pages start: its heading's page (a board's section starts a page)
        NavigableMap<Integer, String> starts = new TreeMap<>();
        for (Element e : elements) {
            String text = e.allText().strip();
            if (heading(e) && (boards.contains(text) || text.equals("Summary") || text.equals("Rules cited"))) {
                starts.put(e.pages().iterator().next(), boards.contains(text) ? text : "");
            }
        }
        assertThat(starts.values()).as("the pages where the summary, each dataset and the rules start")
                .containsAll(boards).contains("");
        for (Page page : pages) {
            String where = "page " + page.number() + " of " + pages.size();
            assertThat(page.width()).as(where + ": width (A4)").isCloseTo(A4_WIDTH, within(1f));
            assertThat(page.height()).as(where + ": height (A4)").isCloseTo(A4_HEIGHT, within(1f));
            Map.Entry<Integer, String> start = starts.floorEntry(page.number());
            String board = start == null ? "" : start.getValue();
            assertThat(page.top()).as(where + ": the running header in the top margin").contains("BCF review")
                    .contains(board.isEmpty() ? boards : List.of(board));
            assertThat(page.bottom()).as(where + ": the page number in the bottom margin")
                    .isEqualTo("Page " + page.number() + " of " + pages.size());
        }

        List<Element> tables = elements.stream().filter(e -> e.type().equals("Table")).toList();
        List<org.jsoup.nodes.Element> htmlTables = html.select("table");
        assertThat(tables).as("tables printed").hasSameSizeAs(htmlTables);
        int longest = 0;
        for (int t = 0; t < tables.size(); t++) {
            List<Element> rows = tables.get(t).descendants().stream().filter(e -> e.type().equals("TR")).toList();
            List<org.jsoup.nodes.Element> htmlRows = htmlTables.get(t).select("tr");
            String table = "table '" + htmlTables.get(t).select("caption").text() + "'";
            assertThat(rows).as(table + ": rows printed").hasSameSizeAs(htmlRows);
            Set<Integer> bodyPages = new TreeSet<>();
            for (int r = 1; r < rows.size(); r++) {
                Element row = rows.get(r);
                assertThat(row.pages()).as(table + ", row " + r + " '" + htmlRows.get(r).text() + "': the pages it is printed on")
                        .hasSize(1);
                assertThat(PrintedPdf.letters(row.allText())).as(table + ", row " + r + ": its whole text on its page")
                        .isEqualTo(PrintedPdf.letters(htmlRows.get(r).text()));
                bodyPages.addAll(row.pages());
            }
            Element header = rows.get(0);
            assertThat(header.pages()).as(table + ": its header row is printed on every page of its rows")
                    .containsAll(bodyPages);
            for (int p : bodyPages) {
                assertThat(PrintedPdf.letters(header.text().get(p))).as(table + ": its header row on page " + p)
                        .isEqualTo(PrintedPdf.letters(htmlRows.get(0).text()));
                for (Element row : rows.subList(1, rows.size())) {
                    if (row.pages().contains(p)) {
                        assertThat(header.top().get(p)).as(table + ": its header row above its rows on page " + p)
                                .isLessThan(row.top().get(p));
                    }
                }
            }
            longest = Math.max(longest, bodyPages.size());
        }
        assertThat(longest).as("pages of the longest table (a check of cut rows needs a table printed on several pages)")
                .isGreaterThanOrEqualTo(2);

        assertThat(headingsAtAPageFoot(elements)).as("headings printed at the foot of a page, what follows them on the next")
                .isEmpty();
        for (Element e : elements) {
            if (e.type().equals("Figure")) {
                assertThat(e.pages()).as("chart '" + e.allText().strip() + "': the pages it is printed on").hasSizeLessThanOrEqualTo(1);
            }
        }
    }

    /**
     * The headings whose following content (the next element with text after the heading and what it
     * holds) starts on a later page than the heading ends: a heading left alone at a page's foot.
     */
    static List<String> headingsAtAPageFoot(List<Element> elements) {
        List<String> alone = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            Element e = elements.get(i);
            if (heading(e) && !e.pages().isEmpty()) {
                int last = new TreeSet<>(e.pages()).last();
                for (int j = i + 1 + e.descendants().size(); j < elements.size(); j++) {
                    if (!elements.get(j).pages().isEmpty()) {
                        if (elements.get(j).pages().iterator().next() != last) {
                            alone.add("'" + e.allText().strip() + "' on page " + last);
                        }
                        break;
                    }
                }
            }
        }
        return alone;
    }

    private static boolean heading(Element e) {
        return e.type().matches("H[1-6]?");
    }
}
