package org.openbcf.core.money;

/**
 * Thrown when an amount in a currency other than GBP reaches openbcf, which models the English
 * Better Care Fund and therefore works in pounds sterling only.
 *
 * <p>Example message: {@code contribution amount (EUR 5.00) must be in GBP}.
 *
 * @since 0.1.0
 */
public final class CurrencyMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the message naming the field and the amount, not null
     */
    public CurrencyMismatchException(String message) {
        super(message);
    }
}
