package org.openbcf.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openbcf.examples.demo.DemoCharts;
import org.openbcf.examples.demo.NorfolkDemo;
import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.Output;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bcf demo}: prints the Norfolk report from the data embedded in the jar.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Print a report of Norfolk's Better Care Fund from data embedded in the jar.",
        footerHeading = "%nExample:%n",
        footer = "  bcf demo --charts charts")
public final class DemoCommand extends Subcommand {

    @Option(names = "--charts", paramLabel = "<dir>", description = "Also write PNG charts into this directory.")
    Path charts;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output: completely or not at all.")
    String output;

    @Override
    public Integer call() {
        if (charts != null && Files.exists(charts) && !Files.isDirectory(charts)) {
            throw new BadInputException("--charts: " + charts + " is a file, not a directory");
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
