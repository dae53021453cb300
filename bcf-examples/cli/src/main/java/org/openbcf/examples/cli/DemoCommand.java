package org.openbcf.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openbcf.examples.demo.DemoCharts;
import org.openbcf.examples.demo.NorfolkDemo;
import org.openbcf.examples.demo.NorfolkData;
import org.openbcf.examples.dataset.DatasetTemplate;
import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.Format;
import org.openbcf.examples.io.Output;

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
        if (charts != null && Files.exists(charts) && !Files.isDirectory(charts)) {
            throw new BadInputException("--charts: " + charts + " is a file, not a directory");
        }
        if (format != null && format != Format.TABLE && format != Format.HTML) {
            throw new BadInputException("--format " + format + ": bcf demo writes table (the text report) or html");
        }
        if (export != null) {
            java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
            for (String name : NorfolkData.DATASET_NAMES) {
                NorfolkData.files(name).forEach((file, bytes) -> files.put(name + "/" + file, bytes));
            }
            DatasetTemplate.writeFiles(export, files);
            streams().out().println("Wrote " + NorfolkData.DATASET_NAMES.size() + " datasets to " + export + ": "
                    + String.join(", ", NorfolkData.DATASET_NAMES));
            return ExitCode.OK;
        }
        if (format == Format.HTML) {
            try (Output out = Output.of(output, streams().out())) {
                NorfolkDemo.html(out.writer());
                if (charts != null) {
                    DemoCharts.write(charts);
                }
                out.commit();
            }
            return ExitCode.OK;
        }
        try (Output out = Output.of(output, streams().out())) {
            PrintWriter text = new PrintWriter(out.writer());
            NorfolkDemo.print(text);
            if (charts != null) {
                text.println();
                text.println("Charts:");
                DemoCharts.write(charts).forEach(file -> text.println("  " + file));
            }
            text.flush();
            if (text.checkError()) {
                throw new UncheckedIOException(new IOException("the report could not be held for output"));
            }
            out.commit();
        }
        return ExitCode.OK;
    }
}
