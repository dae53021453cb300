package org.openbcf.examples.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.ParentCommand;

/**
 * What every {@code bcf} subcommand shares: the run's {@link Streams}, from the {@code bcf} command
 * that runs it. A subcommand parses its options and calls the library; it holds no rule and no format
 * of its own.
 */
abstract class Subcommand implements Callable<Integer> {

    @ParentCommand
    BcfCommand bcf;

    /**
     * The run's streams.
     *
     * @return the streams, never null
     */
    Streams streams() {
        return bcf.streams();
    }
}
