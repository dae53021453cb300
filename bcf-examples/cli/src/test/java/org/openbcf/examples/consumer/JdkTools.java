package org.openbcf.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The JDK's {@code javac} and {@code java} run as a consumer project would run them, with what they print. */
final class JdkTools {

    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    /** What a tool printed and how it exited. */
    record Result(int exitCode, String out, String err) {
    }

    private JdkTools() {
    }

    /** The path of one of the running JDK's tools, e.g. {@code javac}. */
    static String tool(String name) {
        return JAVA_HOME.resolve("bin").resolve(name).toString();
    }

    /** Runs a command with no input and waits for it (at most two minutes). */
    static Result run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        String out = read(process.getInputStream());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
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
