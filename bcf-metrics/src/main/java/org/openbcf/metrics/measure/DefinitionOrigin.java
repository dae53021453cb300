package org.openbcf.metrics.measure;

/**
 * Where a measure's definition came from, e.g. {@link #CALLER} for unplanned admissions 65+ in
 * 2025-26, whose age bands, standardisation and period openbcf's sources do not give.
 *
 * <p>Source: engineering rule "where the sources are silent, never guess a national figure: the
 * result records that the figure came from the caller"; {@code bcf-2024-27.md} §1.5.
 *
 * @since 0.1.0
 */
public enum DefinitionOrigin {
    /** A definition openbcf ships from a published source (e.g. ASCOF 2C). */
    PUBLISHED("published"),
    /** A definition the caller supplied. */
    CALLER("supplied by the caller");

    private final String label;

    DefinitionOrigin(String label) {
        this.label = label;
    }

    /**
     * The label, e.g. {@code supplied by the caller}.
     *
     * @return the label, never null
     */
    @Override
    public String toString() {
        return label;
    }
}
