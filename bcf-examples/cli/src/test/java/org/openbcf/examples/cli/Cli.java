package org.openbcf.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs {@code bcf} in-process for tests and captures what it prints.
 */
public final class Cli {

    private Cli() {
    }

    /**
     * The outcome of one run.
     *
     * @param exitCode the exit code
     * @param out      what went to standard output
     * @param err      what went to standard error
     */
    public record Result(int exitCode, String out, String err) {
    }

    /**
     * Runs {@code bcf} with the arguments and an empty standard input.
     *
     * @param args the command line
     * @return the outcome
     */
    public static Result run(String... args) {
        return run(InputStream.nullInputStream(), args);
    }

    /**
     * Runs {@code bcf} with the arguments, reading {@code -} from the bytes given.
     *
     * @param stdin what standard input holds
     * @param args  the command line
     * @return the outcome
     */
    public static Result withInput(byte[] stdin, String... args) {
        return run(new ByteArrayInputStream(stdin), args);
    }

    private static Result run(InputStream stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BcfCommand.execute(stdin, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }
}
