package org.openbcf.examples.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.concurrent.Callable;

import org.openbcf.metrics.target.Target;
import org.openbcf.metrics.target.TargetRounding;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bcf target --base 1377 --reduction 5% --rounding half-up}: a reduction (or increase) target,
 * as one CSV line after the header {@code target,bound}, e.g. {@code 1308,maximum}.
 */
@Command(name = "target", mixinStandardHelpOptions = true,
        description = "A target from a base and a reduction or increase (CSV: target,bound).")
public final class TargetCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--base", required = true, description = "the base, e.g. 1377")
    String base;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Change change;

    @Option(names = "--rounding", defaultValue = "none",
            description = "half-up, floor, ceiling or none (default none: keep the exact value)")
    String rounding;

    /** Exactly one of the two changes. */
    static final class Change {
        @Option(names = "--reduction", description = "a reduction in percent, e.g. 5%: the target is a maximum")
        String reduction;

        @Option(names = "--increase", description = "an increase in percent, e.g. 2.5%: the target is a minimum")
        String increase;
    }

    @Override
    public Integer call() {
        BigDecimal baseValue = Options.decimal(base, "--base");
        TargetRounding mode = Options.parse(rounding, "--rounding", TargetRounding::parse);
        Target target = change.reduction != null
                ? Target.reduction(baseValue, Options.percent(change.reduction, "--reduction"), mode)
                : Target.increase(baseValue, Options.percent(change.increase, "--increase"), mode);
        PrintWriter out = spec.commandLine().getOut();
        out.println("target,bound");
        out.println(target.value().toPlainString() + "," + target.bound().label());
        return ExitCode.OK;
    }
}
