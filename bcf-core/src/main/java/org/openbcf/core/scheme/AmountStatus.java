package org.openbcf.core.scheme;

/**
 * How sure a scheme's printed amount is. Norfolk's 2016/17 scheme templates print exact figures,
 * estimates ("Potentially, £101,157"), placeholders ("?", "£TBC", "To be confirmed") and "no cost
 * implications" (schemes spec, data-quality issue 13).
 *
 * @since 0.1.0
 */
public enum AmountStatus {
    /** An exact figure, e.g. {@code £610,676}. */
    EXACT,
    /** An estimate with a figure, e.g. {@code Potentially, £101,157 - cost pa of ...}. */
    ESTIMATE,
    /** Stated as costing nothing, e.g. {@code no cost implications}: £0. */
    NIL,
    /** No figure yet, e.g. {@code ?}, {@code £TBC}, {@code To be confirmed}: unpriced. */
    TO_BE_CONFIRMED;

    /**
     * Whether the status carries a figure (exact, estimate or nil).
     *
     * @return false only for {@link #TO_BE_CONFIRMED}
     */
    public boolean isPriced() {
        return this != TO_BE_CONFIRMED;
    }
}
