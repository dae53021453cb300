/**
 * The {@code bcf} command line: one picocli command per calculation ({@code p4p}, {@code risk},
 * {@code dsr}, {@code isr}, {@code proportion}, {@code rate}, {@code profile}, {@code target},
 * {@code check}, {@code demo}), each parsing its options and calling the library, with the exit codes
 * of {@link org.openbcf.examples.cli.ExitCode}. Commands sit on top of every other package here and
 * hold no rule and no file format of their own. Source: issue 11, the command-line contract.
 *
 * <p>A command class ({@code XxxCommand}) holds only its option declarations and one call, in
 * {@code call()}, to the package-private class that does its work, which reads the input, calls the
 * library and writes the results (e.g. {@code rate} → {@code PoissonRates}, {@code compare} →
 * {@code Comparisons}); the commands that compute cases share one loop, {@code Cases}: a row a case,
 * or a run of rows a case (issue 27; {@code CommandShapeTest}).
 */
package org.openbcf.examples.cli;
