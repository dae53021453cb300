package org.openbcf.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.openbcf.metrics.stats.Estimate;
import org.openbcf.metrics.stats.Proportions;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bcf proportion --numerator 65 --denominator 100}: a proportion with its Wilson interval, as
 * one CSV line after the header {@code value,lower,upper}.
 */
@Command(name = "proportion", mixinStandardHelpOptions = true,
        description = "A proportion with its Wilson score interval (CSV: value,lower,upper).")
public final class ProportionCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--numerator", required = true, description = "the count with the outcome, 0..denominator")
    long numerator;

    @Option(names = "--denominator", required = true, description = "the count of the group, at least 1")
    long denominator;

    @Option(names = "--confidence", defaultValue = "0.95", description = "the level, e.g. 0.95 or 99.8% (default 0.95)")
    String confidence;

    @Option(names = "--multiplier", defaultValue = "1", description = "1 for a fraction, 100 for a percentage (default 1)")
    double multiplier;

    @Override
    public Integer call() {
        Estimate estimate = Proportions.wilson(numerator, denominator, Options.confidence(confidence), multiplier);
        PrintWriter out = spec.commandLine().getOut();
        out.println("value,lower,upper");
        out.println(Options.csv(estimate));
        return ExitCode.OK;
    }
}
