package org.openbcf.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;

import org.openbcf.core.internal.Checks;

/**
 * The three standard streams of one {@code bcf} run: what {@code -} reads, where results and where
 * findings and errors go. Passed in, never taken from {@code System}, so a test or a host application
 * runs {@code bcf} in-process with its own streams.
 *
 * @param in  standard input, not null
 * @param out standard output, not null
 * @param err standard error, not null
 * @since 0.1.0
 */
public record Streams(InputStream in, PrintWriter out, PrintWriter err) {

    /**
     * Checks the streams.
     *
     * @param in  standard input
     * @param out standard output
     * @param err standard error
     */
    public Streams {
        Checks.notNull(in, "in");
        Checks.notNull(out, "out");
        Checks.notNull(err, "err");
    }
}
