package org.openbcf.examples.demo;

import java.io.PrintWriter;

/**
 * One section of the Norfolk demo report. Each section computes its figures with the library from
 * the embedded data; nothing in a section is a hard-coded result.
 *
 * @since 0.1.0
 */
public interface DemoSection {

    /**
     * The section's heading, e.g. {@code Pooled fund contributions}.
     *
     * @return the heading, never null
     */
    String title();

    /**
     * Prints the section's body.
     *
     * @param out where to print, not null
     */
    void print(PrintWriter out);
}
