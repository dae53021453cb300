package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code bcf} through {@code main} in a fresh JVM on the module's runtime class path, as a user
 * runs the jar: for what only a real process shows (start-up weight, standard output that fails).
 */
final class FreshJvm {

    private FreshJvm() {
    }

    /** The class path of target/classes and the module's runtime dependencies. */
    static String classPath() throws IOException {
        return Path.of("..", "target", "classes").toAbsolutePath().normalize() + File.pathSeparator
                + Files.readString(Path.of("..", "target", "runtime-class-path.txt")).strip();
    }

    /**
     * Runs {@code bcf} with JVM options, standard output to a file (e.g. {@code /dev/full}) or piped.
     *
     * @param jvmOptions options for {@code java}, e.g. {@code -Xlog:disable}
     * @param stdout     where standard output goes, or null to capture it
     * @param args       the command line
     * @return the outcome
     */
    static Cli.Result run(List<String> jvmOptions, File stdout, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath(), BcfCommand.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE);
        if (stdout != null) {
            builder.redirectOutput(stdout);
        }
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        String out = stdout == null ? read(process.getInputStream()) : "";
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Cli.Result(process.exitValue(), out, err.join());
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
