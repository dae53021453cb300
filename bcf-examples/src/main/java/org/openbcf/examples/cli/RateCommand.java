package org.openbcf.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.openbcf.metrics.stats.Estimate;
import org.openbcf.metrics.stats.Rates;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bcf rate --count 108 --population 882569}: a rate with Byar's (10 events or more) or exact
 * Poisson limits, as one CSV line after the header {@code value,lower,upper,method}.
 */
@Command(name = "rate", mixinStandardHelpOptions = true,
        description = "A rate with Byar's or exact Poisson limits (CSV: value,lower,upper,method).")
public final class RateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--count", required = true, description = "the number of events, at least 0")
    long count;

    @Option(names = "--population", required = true, description = "the population, at least 1")
    long population;

    @Option(names = "--multiplier", defaultValue = "100000", description = "the scale (default 100000)")
    double multiplier;

    @Option(names = "--confidence", defaultValue = "0.95", description = "the level, e.g. 0.95 or 99.8% (default 0.95)")
    String confidence;

    @Override
    public Integer call() {
        Estimate estimate = Rates.rate(count, population, multiplier, Options.confidence(confidence));
        PrintWriter out = spec.commandLine().getOut();
        out.println("value,lower,upper,method");
        out.println(Options.csv(estimate) + "," + estimate.method().label());
        return ExitCode.OK;
    }
}
