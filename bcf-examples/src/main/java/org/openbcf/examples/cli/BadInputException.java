package org.openbcf.examples.cli;

/**
 * Input that a command cannot use: the message is one readable line naming where (file, row,
 * column) and what is wrong. The command exits with {@link ExitCode#BAD_INPUT}.
 */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message one readable line, not null
     */
    public BadInputException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message one readable line, not null
     * @param cause   the underlying error
     */
    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
