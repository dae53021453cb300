package org.openbcf.examples.io;

/**
 * Output that could not be written completely: standard output closed or full ({@code > /dev/full}),
 * or an {@code --output} file that cannot be created or moved into place. The message is one line,
 * e.g. {@code cannot write standard output (No space left on device)}. The command line exits 2, as
 * for input it cannot use: the run produced nothing a caller may trust.
 *
 * @since 0.1.0
 */
public final class OutputFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message one readable line, not null
     * @param cause   the underlying error, may be null
     */
    public OutputFailedException(String message, Throwable cause) {
        super(BadInputException.oneLine(message), cause);
    }
}
