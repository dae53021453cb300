package org.openbcf.examples.cli;

/**
 * The exit codes of every {@code bcf} command. They are a contract: test suites in other languages
 * branch on them.
 *
 * @since 0.1.0
 */
public final class ExitCode {
    /** The command ran and found nothing to report. */
    public static final int OK = 0;
    /** The command ran and reported findings (on standard error). */
    public static final int FINDINGS = 1;
    /** The input could not be used; one line on standard error says why. */
    public static final int BAD_INPUT = 2;
    /** openbcf itself failed; one line on standard error says how. Please report it. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCode() {
    }
}
