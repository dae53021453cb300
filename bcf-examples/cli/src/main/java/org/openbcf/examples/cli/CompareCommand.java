package org.openbcf.examples.cli;

import java.math.BigDecimal;

import org.openbcf.examples.io.InputFile;
import org.openbcf.metrics.catalogue.Direction;
import org.openbcf.metrics.compare.BenchmarkComparison;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bcf compare --value 1980 --lower 1789.8 --upper 2185.0 --benchmark 1933}: an area's value
 * against a benchmark (England, the region, a comparator group) by its confidence interval, as
 * Fingertips judges it ({@link BenchmarkComparison}): higher, similar, lower or not compared, and with
 * {@code --direction} better, similar or worse.
 *
 * <p>One interval ({@code --lower/--upper}, columns {@code lower,upper}) gives {@code comparison}
 * (and {@code judgement}); the two Fingertips levels ({@code --lower-95 … --upper-99-8}, columns
 * {@code lower_95,upper_95,lower_99_8,upper_99_8}, as {@code bcf rate --confidence 95% --confidence
 * 99.8%} prints them) give {@code comparison_95,comparison_99_8} (and {@code judgement_95,judgement_99_8}).
 * A row of a FILE that cannot be compared (empty limits of a suppressed rate, only the 95% limits,
 * an empty value or benchmark) is "not compared" with a {@code note} column saying why; the run
 * goes on.
 *
 * @since 0.1.0
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare an area's value with a benchmark by its interval (Fingertips).",
            "The comparison is higher, similar, lower or not compared; with --direction, the judgement is better, similar or worse.",
            "One case from the options, or many from FILE with the columns value and either:",
            "lower,upper (output value,benchmark,comparison[,judgement]), or",
            "lower_95,upper_95,lower_99_8,upper_99_8 (output comparison_95,comparison_99_8",
            "and with --direction judgement_95,judgement_99_8); and optionally benchmark (instead of --benchmark), case, and method, note, observed and expected (ignored: the output of proportion, rate, dsr and isr pipes in). A row that cannot be compared (empty limits, only lower_95,upper_95, an empty value or benchmark) is not compared, and the last column, note, says why."},
        footerHeading = "%nExample:%n",
        footer = "  bcf compare --value 1980 --lower 1789.8 --upper 2185 --benchmark 1933")
public final class CompareCommand extends Subcommand {

    @Option(names = "--value", paramLabel = "<value>", description = "The area's value, e.g. 1980 (shown, not compared).")
    BigDecimal value;

    @Option(names = "--lower", paramLabel = "<limit>", description = "The lower limit of the area's interval.")
    BigDecimal lower;

    @Option(names = "--upper", paramLabel = "<limit>", description = "The upper limit of the area's interval.")
    BigDecimal upper;

    @Option(names = "--lower-95", paramLabel = "<limit>", description = "The lower limit of the 95%% interval.")
    BigDecimal lower95;

    @Option(names = "--upper-95", paramLabel = "<limit>", description = "The upper limit of the 95%% interval.")
    BigDecimal upper95;

    @Option(names = "--lower-99-8", paramLabel = "<limit>", description = "The lower limit of the 99.8%% interval.")
    BigDecimal lower998;

    @Option(names = "--upper-99-8", paramLabel = "<limit>", description = "The upper limit of the 99.8%% interval.")
    BigDecimal upper998;

    @Option(names = "--benchmark", paramLabel = "<value>",
            description = "The benchmark value, e.g. England's 1933; a FILE may give it per row instead.")
    BigDecimal benchmark;

    @Option(names = "--direction", paramLabel = "higher-is-better|lower-is-better",
            description = "Which direction is better: adds the judgement (better, similar, worse, not compared).")
    Direction direction;

    @Mixin
    FingertipsExport.Selection fingertips = new FingertipsExport.Selection();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "A CSV of cases, or - for standard input.")
    InputFile file;

    @Override
    public Integer call() {
        return Comparisons.run(this);
    }
}
