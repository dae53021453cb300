package org.openbcf.examples.check;

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

import org.openbcf.examples.cli.BcfCommand;

/**
 * Runs {@code bcf} in a fresh JVM on the module's runtime class path (target/classes and the
 * dependencies Maven lists), with JVM options such as {@code -Xmx256m}: what only a real process
 * shows, its heap limit and everything it writes to standard error, logging included.
 */
final class ChildJvm {

    private ChildJvm() {
    }

    /** What the process did. */
    record Result(int exitCode, String out, String err) {
    }

    /** Runs {@code bcf} with these JVM options and arguments, waiting at most five minutes (a hang guard, not a timing). */
    static Result run(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        String classPath = Path.of("..", "target", "classes").toAbsolutePath().normalize() + File.pathSeparator
                + Files.readString(Path.of("..", "target", "runtime-class-path.txt")).strip();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, BcfCommand.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        String out = read(process.getInputStream());
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("bcf finished").isTrue();
        return new Result(process.exitValue(), out, err.join());
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
