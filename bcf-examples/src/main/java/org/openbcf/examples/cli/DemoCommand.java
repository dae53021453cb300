package org.openbcf.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.openbcf.examples.demo.DemoCharts;
import org.openbcf.examples.demo.NorfolkDemo;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code bcf demo}: prints the Norfolk report from the data embedded in the jar.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Print a report of Norfolk's Better Care Fund from data embedded in the jar.")
public final class DemoCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--charts", paramLabel = "<dir>", description = "also write PNG charts into this directory")
    Path charts;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        NorfolkDemo.print(out);
        if (charts != null) {
            System.setProperty("java.awt.headless", "true");
            out.println();
            out.println("Charts:");
            DemoCharts.write(charts).forEach(file -> out.println("  " + file));
        }
        out.flush();
        return ExitCode.OK;
    }
}
