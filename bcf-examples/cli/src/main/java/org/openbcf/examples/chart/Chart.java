package org.openbcf.examples.chart;

import java.util.Objects;

/**
 * A chart drawn by {@link Charts}, ready to be written as a PNG with {@link Charts#writePng}. It keeps
 * the drawing library's chart to itself, so no XChart type is part of openbcf's signatures.
 * Not thread-safe (the drawing library's charts are not).
 *
 * @since 0.1.0
 */
public final class Chart {

    private final org.knowm.xchart.internal.chartpart.Chart<?, ?> drawing;

    Chart(org.knowm.xchart.internal.chartpart.Chart<?, ?> drawing) {
        this.drawing = Objects.requireNonNull(drawing, "drawing");
    }

    org.knowm.xchart.internal.chartpart.Chart<?, ?> drawing() {
        return drawing;
    }

    /**
     * The chart's title, e.g. {@code Admissions}.
     *
     * @return the title, never null
     */
    @Override
    public String toString() {
        return String.valueOf(drawing.getTitle());
    }
}
