package org.openbcf.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * A consumer project's run-time dependencies as Maven gives them: a module's own classes and the
     * class path its build wrote to {@code target/runtime-class-path.txt}.
     */
    static List<Path> dependencies(Path target) throws IOException {
        List<Path> path = new ArrayList<>(List.of(target.resolve("classes")));
        Arrays.stream(Files.readString(target.resolve("runtime-class-path.txt")).strip().split(File.pathSeparator))
                .filter(s -> !s.isBlank()).map(Path::of).forEach(path::add);
        return List.copyOf(path);
    }

    /**
     * Compiles a one-class consumer program ({@code consumer.Main}) with {@code javac} and runs it with
     * {@code java} in a fresh JVM, on the class path or, as module {@code consumer} requiring
     * {@code requires}, on the module path; asserts that both tools print nothing on standard error and
     * exit 0, and that the program prints exactly {@code expected}.
     */
    static void compileAndRun(Path dir, String program, List<Path> dependencies, String lint, String requires,
                              boolean module, List<String> expected) throws IOException, InterruptedException {
        Path source = dir.resolve("src").resolve("consumer").resolve("Main.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, program, StandardCharsets.UTF_8);
        Path classes = dir.resolve("classes");
        String path = String.join(File.pathSeparator, dependencies.stream().map(Path::toString).toList());
        Result javac;
        Result java;
        if (module) {
            Path descriptor = Files.writeString(dir.resolve("src").resolve("module-info.java"),
                    "module consumer {\n    requires " + requires + ";\n}\n", StandardCharsets.UTF_8);
            javac = run(tool("javac"), lint + ",-requires-automatic", "--module-path", path, "-d", classes.toString(),
                    source.toString(), descriptor.toString());
            java = run(tool("java"), "--module-path", classes + File.pathSeparator + path, "--module", "consumer/consumer.Main");
        } else {
            javac = run(tool("javac"), lint, "-cp", path, "-d", classes.toString(), source.toString());
            java = run(tool("java"), "-cp", classes + File.pathSeparator + path, "consumer.Main");
        }
        assertThat(javac.err()).isEmpty();
        assertThat(javac.exitCode()).isZero();
        assertThat(java.err()).isEmpty();
        assertThat(java.out().lines()).containsExactlyElementsOf(expected);
        assertThat(java.exitCode()).isZero();
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
