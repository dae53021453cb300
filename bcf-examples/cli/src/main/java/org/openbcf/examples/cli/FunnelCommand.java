package org.openbcf.examples.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.openbcf.examples.io.InputFile;
import org.openbcf.metrics.funnel.Funnel;
import org.openbcf.metrics.funnel.FunnelChart;
import org.openbcf.metrics.funnel.FunnelStatistic;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bcf funnel --statistic proportion --target 92.2% areas.csv}: funnel plot control limits at
 * 95% and 99.8% around a target ({@link Funnel}) at each area's denominator, and the area's position
 * against them; with {@code --chart FILE.png} also the funnel plot (XChart, drawing
 * {@link FunnelChart}'s data).
 *
 * <p>Input {@code area,numerator,denominator} (people for a proportion, observed and expected counts
 * for a ratio, events and population for a crude rate), or for a DSR {@code area,count,value} (the
 * DSR's total count and its value on the multiplier's scale, plotted at the equivalent population;
 * fewer than 10 events is not plotted). Output
 * {@code area,numerator,denominator,value,lower_95,upper_95,lower_99_8,upper_99_8,position,note}.
 *
 * @since 0.1.0
 */
@Command(name = "funnel", mixinStandardHelpOptions = true,
        description = {"Funnel plot limits at 95%% and 99.8%% around a target, and each area's position.",
            "The limits are at each area's denominator; the position is above 99.8%%, above 95%%, within 95%%, below 95%% or below 99.8%%. --chart also draws the plot.",
            "FILE columns area,numerator,denominator (proportion: people; ratio: observed and expected; crude-rate: events and population), or for dsr area,count,value (total events and the DSR, plotted at the equivalent population count x multiplier / value; fewer than 10 events is not plotted).",
            "Output: area,numerator,denominator,value,",
            "lower_95,upper_95,lower_99_8,upper_99_8,position,note."},
        footerHeading = "%nExample:%n",
        footer = "  bcf funnel --statistic proportion --target 92.2%% --chart funnel.png areas.csv")
public final class FunnelCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV of areas, or - for standard input.")
    InputFile file;

    @Option(names = "--statistic", required = true, paramLabel = "proportion|ratio|crude-rate|dsr",
            description = "What the funnel plots.")
    FunnelStatistic statistic;

    @Option(names = "--target", paramLabel = "<target>",
            description = "The centre line: a proportion as a fraction or a percentage (0.922 or 92.2%%), a rate on "
                    + "the multiplier's scale (1933); a ratio funnel is always around 1 (the default for ratio).")
    String target;

    @Option(names = "--multiplier", paramLabel = "<scale>",
            description = "The display scale: default 1 for a proportion (100 for a percentage) and a ratio "
                    + "(100 for SMR-style figures), 100000 for a rate.")
    BigDecimal multiplier;

    @Option(names = "--chart", paramLabel = "FILE.png", description = "Also draw the funnel plot as a PNG file.")
    Path chart;

    @Option(names = "--title", paramLabel = "<title>",
            description = "The chart's title (default: the statistic, its centre line, the limits and the area type).")
    String title;

    @Option(names = "--highlight", paramLabel = "<area>",
            description = "An area to label on the chart (repeat for more); up to 20 areas are all labelled.")
    List<String> highlight;

    @Mixin
    FingertipsExport.Selection fingertips = new FingertipsExport.Selection();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
        return FunnelPlots.run(this);
    }
}
