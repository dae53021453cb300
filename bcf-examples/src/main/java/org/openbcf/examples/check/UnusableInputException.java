package org.openbcf.examples.check;

/**
 * A workbook or mapping file that a spreadsheet check cannot use: missing, corrupt, encrypted, too
 * large, a zip bomb, a missing sheet, text where a number belongs, or a mapping that does not fit its
 * calculation. The message is one readable line naming the file, the cell or key, and what is wrong,
 * e.g. {@code workbook q3.xlsx: 'P4P'!O8 holds text "n/a" where a number is needed (actual)}.
 *
 * <p>The {@code bcf check} command exits 2 on it.
 */
public final class UnusableInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message one readable line, not null
     */
    public UnusableInputException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message one readable line, not null
     * @param cause   the underlying error
     */
    public UnusableInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
