package org.openbcf.core.ledger;

/**
 * The three rows of each part of the income and expenditure sheet (R-IE-1).
 *
 * @since 0.1.0
 */
public enum LedgerMeasure {
    /** The plan, pre-populated from the BCF plan. */
    PLAN("plan"),
    /** The latest forecast for each quarter. */
    FORECAST("forecast"),
    /** What happened, for the quarters reported so far. */
    ACTUAL("actual");

    private final String label;

    LedgerMeasure(String label) {
        this.label = label;
    }

    /**
     * The label used in findings and reports, e.g. {@code forecast}.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }
}
