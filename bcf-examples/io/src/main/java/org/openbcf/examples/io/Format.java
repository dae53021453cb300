package org.openbcf.examples.io;

import java.util.Locale;

/**
 * How a command prints its results: {@code csv} (the contract for machines, the default),
 * {@code table} (aligned columns for people), {@code json} (an object with {@code rows} and
 * {@code findings}, field names as the CSV header's) or {@code html} (a self-contained page for people:
 * only {@code bcf review} and {@code bcf demo} write it) or {@code xlsx} (a workbook: only {@code bcf review}
 * writes it); {@link RecordWriter} refuses these two.
 *
 * @since 0.1.0
 */
public enum Format {
    /** Comma-separated values with a header row, lines ending in LF. */
    CSV,
    /** An aligned plain-text table with a rule under the header. */
    TABLE,
    /** One JSON object: {@code {"rows":[{...}],"findings":[{...}]}}. */
    JSON,
    /** One self-contained HTML page ({@code bcf review} and {@code bcf demo} only). */
    HTML,
    /** One workbook, a sheet per section and the findings ({@code bcf review -o FILE.xlsx} only). */
    XLSX;

    /**
     * Parses {@code csv}, {@code table}, {@code json}, {@code html} or {@code xlsx}, ignoring case.
     *
     * @param text the text, not null
     * @return the format, never null
     * @throws IllegalArgumentException naming the value and the formats
     */
    public static Format parse(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT);
        for (Format format : values()) {
            if (format.name().equals(name)) {
                return format;
            }
        }
        throw new IllegalArgumentException("format '" + text + "' must be one of csv, table, json, html, xlsx");
    }

    /**
     * The name as typed: {@code csv}, {@code table}, {@code json}, {@code html} or {@code xlsx}.
     *
     * @return the name, never null
     */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
