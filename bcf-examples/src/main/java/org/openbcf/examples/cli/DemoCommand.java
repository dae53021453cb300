package org.openbcf.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

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

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        NorfolkDemo.print(out);
        out.flush();
        return ExitCode.OK;
    }
}
