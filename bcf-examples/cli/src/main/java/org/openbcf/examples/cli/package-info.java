/**
 * The {@code bcf} command line: one picocli command per calculation ({@code p4p}, {@code risk},
 * {@code dsr}, {@code isr}, {@code proportion}, {@code rate}, {@code profile}, {@code target},
 * {@code check}, {@code demo}), each parsing its options and calling the library, with the exit codes
 * of {@link org.openbcf.examples.cli.ExitCode}. Commands sit on top of every other package here and
 * hold no rule and no file format of their own. Source: issue 11, the command-line contract.
 */
package org.openbcf.examples.cli;
