package org.openbcf.examples.cli;

import java.nio.file.Path;

import org.openbcf.examples.io.Format;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bcf demo}: prints the Norfolk report from the data embedded in the jar.
 *
 * @since 0.1.0
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Print a report of Norfolk's Better Care Fund from data embedded in the jar.",
        footerHeading = "%nExample:%n",
        footer = {"  bcf demo --charts charts", "  bcf demo --export norfolk && bcf review norfolk",
            "  bcf demo --format html -o norfolk.html"})
public final class DemoCommand extends Subcommand {

    @Option(names = "--charts", paramLabel = "<dir>", description = "Also write PNG charts into this directory.")
    Path charts;

    @Option(names = "--export", paramLabel = "<dir>",
            description = "Instead of the report, write Norfolk's datasets into this new folder (one folder per dataset), "
                    + "a worked example of the dataset format: bcf review <dir> prints the same figures.")
    Path export;

    @Option(names = "--format", paramLabel = "table|html", converter = OutputOptions.FormatConverter.class,
            description = "table (default: the text report) or html (one self-contained page of Norfolk's reviews, "
                    + "the summary first).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output: completely or not at all.")
    String output;

    @Override
    public Integer call() {
        return DemoReport.run(this);
    }
}
