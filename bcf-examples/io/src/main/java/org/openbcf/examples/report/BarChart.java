package org.openbcf.examples.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.openbcf.core.internal.Checks;

/**
 * A horizontal bar chart drawn as inline SVG from figures the review gives: one labelled bar per
 * figure, its value written beside it, so neither the colour nor the length alone carries a number.
 * The SVG has {@code role="img"}, a {@code <title>} and a {@code <desc>} that lists every bar as
 * text, and the figure has a caption. The bar lengths are drawing only (pixels, as doubles); the
 * figures written are the review's own. This class is immutable.
 *
 * @param title the chart's title, e.g. {@code Pooled fund (plan) by funding stream}
 * @param bars  the bars, in order, at least one
 * @since 0.1.0
 */
record BarChart(String title, List<Bar> bars) {

    private static final int WIDTH = 760;
    private static final int LABEL_WIDTH = 300;
    private static final int BAR_AREA = 300;
    private static final int ROW = 26;
    private static final int TOP = 8;

    /**
     * Checks and copies the components.
     *
     * @param title the title
     * @param bars  the bars
     */
    BarChart {
        Checks.notBlank(title, "title");
        bars = List.copyOf(Checks.notNull(bars, "bars"));
        if (bars.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one bar: " + title);
        }
    }

    /**
     * One bar.
     *
     * @param label  what it shows, e.g. {@code stream iBCF}
     * @param value  its value, for the length
     * @param text   its value as written, e.g. {@code £39,618,564.00}
     * @param series a style name for the bar, e.g. {@code plan} or {@code actual} (the label says it too)
     */
    record Bar(String label, BigDecimal value, String text, String series) {

        /**
         * Checks the components.
         *
         * @param label  the label
         * @param value  the value
         * @param text   the value as written
         * @param series the style name
         */
        Bar {
            Checks.notBlank(label, "label");
            Checks.notNull(value, "value");
            Checks.notBlank(text, "text");
            Checks.notBlank(series, "series");
        }
    }

    /**
     * The text alternative: every bar's label and value, e.g. {@code stream iBCF £39,618,564.00; ...}.
     *
     * @return the text, never null
     */
    String description() {
        return bars.stream().map(b -> b.label() + ": " + b.text()).collect(Collectors.joining("; "));
    }

    /**
     * Writes the chart as a {@code <figure>} holding the SVG and a caption.
     *
     * @param html where to write
     * @param id   a page-unique id for the chart's title and description
     */
    void write(Html html, String id) {
        double max = bars.stream().mapToDouble(b -> Math.abs(b.value().doubleValue())).max().orElse(0);
        int height = TOP * 2 + ROW * bars.size();
        html.open("figure", "class", "chart").newline();
        html.open("svg", "xmlns", "http://www.w3.org/2000/svg", "role", "img", "aria-labelledby", id + "-title " + id + "-desc",
                "viewBox", "0 0 " + WIDTH + " " + height, "width", "100%", "preserveAspectRatio", "xMinYMin meet").newline();
        html.element("title", title, "id", id + "-title").newline();
        html.element("desc", description(), "id", id + "-desc").newline();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = TOP + ROW * i;
            double length = max == 0 || bar.value().signum() <= 0 ? 0 : BAR_AREA * bar.value().doubleValue() / max;
            html.element("text", bar.label(), "x", Integer.toString(LABEL_WIDTH - 8), "y", Integer.toString(y + 17),
                    "text-anchor", "end", "class", "label").newline();
            html.open("rect", "x", Integer.toString(LABEL_WIDTH), "y", Integer.toString(y + 4),
                    "width", String.format(Locale.ROOT, "%.1f", Math.max(length, 1.0)), "height", Integer.toString(ROW - 8),
                    "class", "bar " + bar.series()).close("rect").newline();
            html.element("text", bar.text(), "x", String.format(Locale.ROOT, "%.1f", LABEL_WIDTH + Math.max(length, 1.0) + 6),
                    "y", Integer.toString(y + 17), "class", "value").newline();
        }
        html.close("svg").newline();
        html.element("figcaption", title).newline();
        html.close("figure").newline();
    }
}
