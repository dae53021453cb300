package org.openbcf.core.scheme;

import java.util.Locale;

import org.openbcf.core.internal.Checks;

/**
 * A metric a scheme targets, and whether the scheme names it explicitly ({@code E}) or the reader
 * inferred it from the narrative ({@code i}): {@code NEA E}, {@code DTOC i}.
 *
 * <p>Source: schemes spec 1.3, "Metrics targeted". {@link #toString()} prints the form
 * {@link #parse(String)} reads. This class is immutable and thread-safe.
 *
 * @param metric   the metric, not null
 * @param explicit true when named in the scheme's objectives, outcomes or measures
 * @since 0.1.0
 */
public record TargetedMetric(SchemeMetric metric, boolean explicit) {

    /**
     * Checks the components.
     *
     * @param metric   the metric
     * @param explicit whether named explicitly
     */
    public TargetedMetric {
        Checks.notNull(metric, "metric");
    }

    /**
     * Parses {@code NEA E} or {@code DTOC i} (a metric alone counts as explicit).
     *
     * @param text the text, not blank
     * @return the targeted metric, never null
     * @throws IllegalArgumentException for an unknown metric or marker
     */
    public static TargetedMetric parse(String text) {
        String[] parts = Checks.notBlank(text, "targeted metric").strip().split("\\s+");
        if (parts.length > 2 || (parts.length == 2 && !parts[1].equals("E") && !parts[1].equals("i"))) {
            throw new IllegalArgumentException("targeted metric '" + text.strip()
                    + "' must be a metric code and E (explicit) or i (inferred), e.g. NEA E");
        }
        SchemeMetric metric;
        try {
            metric = SchemeMetric.valueOf(parts[0].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("targeted metric '" + parts[0]
                    + "' is not one of NEA, RES, REA, DTOC, EXP, OTH", unknown);
        }
        return new TargetedMetric(metric, parts.length == 1 || parts[1].equals("E"));
    }

    /**
     * The canonical text, e.g. {@code NEA E}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return metric + (explicit ? " E" : " i");
    }
}
