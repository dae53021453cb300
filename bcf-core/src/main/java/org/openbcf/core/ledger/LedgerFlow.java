package org.openbcf.core.ledger;

/**
 * The two parts of the BCF quarterly income and expenditure sheet (R-IE-1).
 *
 * @since 0.1.0
 */
public enum LedgerFlow {
    /** Money paid into the pooled fund. */
    INCOME("income"),
    /** Money spent from the pooled fund. */
    EXPENDITURE("expenditure");

    private final String label;

    LedgerFlow(String label) {
        this.label = label;
    }

    /**
     * The label used in findings and reports, e.g. {@code income}.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }
}
