package org.openbcf.examples.jshell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Runs {@code .jsh} scripts through the {@code jdk.jshell} API, as {@code jshell} runs them, on the
 * module's runtime class path (written by the build to {@code target/runtime-class-path.txt}) plus
 * {@code target/classes}: what an analyst has with {@code jshell --class-path bcf.jar}.
 */
final class JShellRunner {

    /** What a run printed. */
    record Output(String out, String err) {
    }

    private JShellRunner() {
    }

    static String classPath() {
        try {
            String dependencies = Files.readString(Path.of("..", "target", "runtime-class-path.txt")).strip();
            return Path.of("..", "target", "classes").toAbsolutePath().normalize() + java.io.File.pathSeparator + dependencies;
        } catch (IOException e) {
            throw new UncheckedIOException("run the tests with Maven: it writes target/runtime-class-path.txt", e);
        }
    }

    /**
     * Runs scripts one after the other in one JShell; fails on the first snippet that does not
     * compile or that throws.
     *
     * @param scripts the scripts, in order
     * @return what they printed
     */
    static Output run(List<Path> scripts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (JShell shell = JShell.builder()
                .out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .err(new PrintStream(err, true, StandardCharsets.UTF_8))
                .build()) {
            shell.addToClasspath(classPath());
            for (Path script : scripts) {
                evaluate(shell, script);
            }
        }
        return new Output(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void evaluate(JShell shell, Path script) {
        String source;
        try {
            // JShell commands (/exit, /open) are for the jshell tool, not for snippets
            source = Files.readAllLines(script).stream().filter(line -> !line.startsWith("/"))
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        while (!source.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(source);
            if (!info.completeness().isComplete()) {
                throw new AssertionError(script.getFileName() + ": incomplete snippet: " + source.strip());
            }
            for (SnippetEvent event : shell.eval(info.source())) {
                if (event.status() == Snippet.Status.REJECTED) {
                    String why = shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).collect(Collectors.joining("; "));
                    throw new AssertionError(script.getFileName() + ": does not compile: " + event.snippet().source().strip()
                            + "\n  " + why);
                }
                if (event.exception() != null) {
                    throw new AssertionError(script.getFileName() + ": throws " + event.exception() + " at: "
                            + event.snippet().source().strip(), event.exception());
                }
            }
            source = info.remaining();
        }
    }
}
