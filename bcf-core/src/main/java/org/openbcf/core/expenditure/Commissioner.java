package org.openbcf.core.expenditure;

import org.openbcf.core.internal.Labels;

/**
 * Who commissions a line of the scheme-level expenditure plan: the local authority, the NHS (CCG or
 * ICB), or both jointly with an NHS share (issue 13 {@code commissioner}, with {@code nhs_share} for
 * Joint). Example: {@code Commissioner.ofLabel("joint")} is {@link #JOINT}.
 *
 * @since 0.1.0
 */
public enum Commissioner {
    /** The local authority commissions the whole line. */
    LA("LA"),
    /** The NHS (CCG, later ICB) commissions the whole line. */
    NHS("NHS"),
    /** The local authority and the NHS commission jointly; the line states the NHS share. */
    JOINT("Joint");

    private final String label;

    Commissioner(String label) {
        this.label = label;
    }

    /**
     * The commissioner whose label (or constant name) is the text, ignoring case and surrounding
     * spaces: {@code ofLabel("nhs")} is {@link #NHS}.
     *
     * @param text the label, not null
     * @return the commissioner, never null
     * @throws IllegalArgumentException naming the text and every label when nothing matches
     */
    public static Commissioner ofLabel(String text) {
        return Labels.lookup(Commissioner.class, "commissioner", text, Commissioner::label);
    }

    /**
     * The label the templates use, e.g. {@code Joint}.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }
}
