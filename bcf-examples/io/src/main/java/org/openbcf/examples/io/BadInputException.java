package org.openbcf.examples.io;

/**
 * Input that openbcf cannot use: the message is one readable line naming where (file, row and
 * column, or option) and what is wrong, e.g.
 * {@code p4p.csv row 4, column baseline: baseline for Q2 2015/16 (-5) must be between 0 and 100,000,000}.
 *
 * <p>This is the only exception the command line reports as bad input (exit 2): any other exception
 * that escapes a command, {@code IllegalArgumentException} included, is a bug in openbcf (exit 3). The
 * readers of this package turn a library's refusal of a value into this exception, with the place.
 *
 * @since 0.1.0
 */
public class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message one readable line, not null
     */
    public BadInputException(String message) {
        super(bounded(oneLine(message)));
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message one readable line, not null
     * @param cause   the underlying error
     */
    public BadInputException(String message, Throwable cause) {
        super(bounded(oneLine(message)), cause);
    }

    /**
     * The text on one line: line breaks and other control characters become spaces, so a message
     * that quotes an input never splits over two lines of standard error.
     *
     * @param text the text, may be null
     * @return the text on one line; null stays null
     */
    public static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                if (out == null) {
                    out = new StringBuilder(text.substring(0, i));
                }
                out.append(' ');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** The longest message kept whole: a longer one (a value of a megabyte quoted whole) is cut. */
    public static final int MAX_MESSAGE = 2000;

    private static String bounded(String message) {
        if (message == null || message.length() <= MAX_MESSAGE) {
            return message;
        }
        return message.substring(0, MAX_MESSAGE) + "… (cut: the message was " + message.length() + " characters)";
    }
}
