package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code target/bcf} (made at package by {@code src/launcher/make-archive.sh}) runs
 * the same program as {@code java -jar target/bcf.jar}: same standard output, standard error and
 * exit code, with the class-data archive when the JDK that made it runs, and silently without it on
 * any other JDK or when the files have moved. Runs after package (execution "launcher-test").
 */
class LauncherTest {

    private static final Path TARGET = Path.of("..", "target").toAbsolutePath().normalize();
    private static final Path TRAINING = Path.of("src", "launcher", "training").toAbsolutePath();
    private static final Path THIS_JDK = Path.of(System.getProperty("java.home"));

    @TempDir
    Path dir;

    private static List<List<String>> commandLines() {
        String p4p = Path.of("src", "main", "resources", "norfolk-data", "datasets", "norfolk-2015-16", "p4p.csv").toAbsolutePath().toString();
        return List.of(
                List.of("demo"),
                List.of("p4p", "--cost-per-admission", "1490", "--local-share", "16295000", p4p),
                List.of("p4p", "--cost-per-admission", "1490", "--format", "table", p4p),
                List.of("p4p", "--cost-per-admission", "1490", TRAINING.resolve("absent.csv").toString()),
                List.of("rate", "--count", "108", "--population", "882,56"),
                List.of("--version"));
    }

    /** Runs a command with JAVA_HOME set to the JDK given and the extra environment. */
    private static Cli.Result run(List<String> command, Path javaHome, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        String out = read(process.getInputStream());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Cli.Result(process.exitValue(), out, err.join());
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> launcher(Path launcher, List<String> args) {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(args);
        return command;
    }

    private static Cli.Result plainJar(Path javaHome, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaHome.resolve("bin").resolve("java").toString(),
                "-jar", TARGET.resolve("bcf.jar").toString()));
        command.addAll(args);
        return run(command, javaHome, Map.of());
    }

    /** The other JDKs installed beside this one (e.g. JDK 25 beside JDK 17), to check the fallback. */
    private static List<Path> otherJdks() throws IOException {
        try (Stream<Path> siblings = Files.list(THIS_JDK.toRealPath().getParent())) {
            return siblings.filter(home -> Files.isExecutable(home.resolve("bin").resolve("java"))
                            && Files.isRegularFile(home.resolve("release")))
                    .filter(home -> !sameFile(home, THIS_JDK))
                    .sorted()
                    .toList();
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return a.toRealPath().equals(b.toRealPath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Which classes came from the class-data archive, from a run logging class loading to a file. */
    private static long archivedOpenbcfClasses(Path launcher, Path javaHome, Path log, List<String> args)
            throws IOException, InterruptedException {
        Cli.Result result = run(launcher(launcher, args), javaHome,
                Map.of("JDK_JAVA_OPTIONS", "-Xlog:class+load=info:file=" + log));
        assertThat(result.err()).contains("JDK_JAVA_OPTIONS");
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(l -> l.contains(" org.openbcf.") && l.contains("shared objects file")).count();
        }
    }

    @Test
    void theBuildMadeAnExecutableLauncherAnArchiveAndTheJdkItWasMadeBy() throws IOException {
        Path launcher = TARGET.resolve("bcf");
        assertThat(launcher).isExecutable();
        assertThat(Files.readString(launcher)).startsWith("#!/bin/sh\n").doesNotContain("@CLASS_PATH@");
        // a full archive and a short commands' one, of the kind this JDK makes
        List<String> archives = Runtime.version().feature() >= 24 ? List.of("bcf.aot", "bcf-short.aot")
                : List.of("bcf.jsa", "bcf-short.jsa");
        assertThat(Stream.of("bcf.jsa", "bcf-short.jsa", "bcf.aot", "bcf-short.aot")
                .filter(name -> Files.isRegularFile(TARGET.resolve(name)))).containsExactlyElementsOf(archives);
        String release = Files.readString(THIS_JDK.resolve("release"));
        // a line of this JDK's release file's fields, then a line of its home
        List<String> made = Files.readAllLines(TARGET.resolve("bcf-archive.jdk"));
        assertThat(made).hasSize(2);
        assertThat(made.get(0)).startsWith("IMPLEMENTOR=").contains("JAVA_RUNTIME_VERSION=");
        for (String field : made.get(0).strip().split(" ")) {
            assertThat(release).contains(field);
        }
        assertThat(Path.of(made.get(1))).isEqualTo(THIS_JDK.toRealPath());
    }

    @Test
    void theLauncherPrintsAndExitsAsThePlainJarDoes() throws IOException, InterruptedException {
        for (List<String> args : commandLines()) {
            Cli.Result plain = plainJar(THIS_JDK, args);
            Cli.Result launched = run(launcher(TARGET.resolve("bcf"), args), THIS_JDK, Map.of());
            assertThat(launched).as("bcf %s", args).isEqualTo(plain);
        }
        assertThat(plainJar(THIS_JDK, commandLines().get(3)).exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(plainJar(THIS_JDK, commandLines().get(4)).exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void theLauncherStartsFromTheArchiveOnTheJdkThatMadeIt() throws IOException, InterruptedException {
        List<String> args = commandLines().get(1);
        assertThat(archivedOpenbcfClasses(TARGET.resolve("bcf"), THIS_JDK, dir.resolve("this.log"), args))
                .isGreaterThan(20);
    }

    @Test
    void demoCheckReviewAndInitStartFromTheFullArchiveAndTheOtherCommandsFromTheShortOne()
            throws IOException, InterruptedException {
        String kind = Runtime.version().feature() >= 24 ? ".aot" : ".jsa";
        Map<List<String>, String> expected = new LinkedHashMap<>();
        expected.put(commandLines().get(0), "bcf" + kind);
        for (List<String> args : commandLines().subList(1, commandLines().size())) {
            expected.put(args, "bcf-short" + kind);
        }
        for (Map.Entry<List<String>, String> e : expected.entrySet()) {
            assertThat(archiveOpened(e.getKey())).as("bcf %s", e.getKey()).isEqualTo(TARGET.resolve(e.getValue()).toString());
        }
    }

    @Test
    void theShortCommandsArchiveHoldsPicocliButNotItsHelp() throws IOException, InterruptedException {
        // every command line goes to picocli (one parser, issue 27), so the short archive, mapped (or on
        // JDK 24+ loaded) by every short command at start-up, holds what parsing uses; help, which a
        // script does not run, is not trained: its text table comes from picocli's jar
        Path run = dir.resolve("run.log");
        Cli.Result p4p = run(launcher(TARGET.resolve("bcf"), commandLines().get(1)), THIS_JDK,
                Map.of("JDK_JAVA_OPTIONS", "-Xlog:class+load=info:file=" + run));
        assertThat(p4p.exitCode()).isZero();
        try (Stream<String> lines = Files.lines(run)) {
            List<String> picocli = lines.filter(l -> l.contains(" picocli.CommandLine ")).toList();
            // on every JDK: JDK 24 and later leave a Java 5 class file (picocli's jar) out of an AOT
            // cache, so the launcher's picocli is compiled from its sources as Java 17 class files
            assertThat(picocli).hasSize(1).allMatch(l -> l.contains("shared objects file"));
        }
        Path log = dir.resolve("help.log");
        Cli.Result help = run(launcher(TARGET.resolve("bcf"), List.of("p4p", "--help")), THIS_JDK,
                Map.of("JDK_JAVA_OPTIONS", "-Xlog:class+load=info:file=" + log));
        assertThat(help.exitCode()).isZero();
        try (Stream<String> lines = Files.lines(log)) {
            List<String> table = lines.filter(l -> l.contains(" picocli.CommandLine$Help$TextTable ")).toList();
            assertThat(table).hasSize(1).allMatch(l -> !l.contains("shared objects file"));
        }
    }

    @Test
    void theLaunchersPicocliIsPicocliCompiledAsJava17ClassFiles() throws IOException, URISyntaxException {
        // make-archive.sh compiles picocli's published sources jar: the same named classes as picocli's
        // jar (the one on this test's class path, and in bcf.jar; each javac numbers anonymous classes
        // its own way), each a Java 17 class file (major 61), which a JDK 17 archive holds verified and
        // a JDK 24+ AOT cache holds at all
        Path published = Path.of(picocli.CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path compiled = TARGET.resolve("lib").resolve(published.getFileName().toString().replace(".jar", "-java17.jar"));
        try (Stream<Path> lib = Files.list(TARGET.resolve("lib"))) {
            assertThat(lib.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("picocli")))
                    .containsExactly(compiled.getFileName().toString());
        }
        try (JarFile ours = new JarFile(compiled.toFile());
             JarFile theirs = new JarFile(published.toFile())) {
            List<String> classes = ours.stream().map(JarEntry::getName).filter(n -> n.endsWith(".class")).toList();
            Predicate<String> named = n -> n.endsWith(".class") && !n.startsWith("META-INF/") && !n.matches(".*\\$[0-9].*");
            assertThat(classes.stream().filter(named).sorted().toList()).hasSizeGreaterThan(100)
                    .isEqualTo(theirs.stream().map(JarEntry::getName).filter(named).sorted().toList());
            for (String name : classes) {
                try (InputStream in = ours.getInputStream(ours.getEntry(name))) {
                    byte[] header = in.readNBytes(8);
                    assertThat(((header[6] & 0xff) << 8) | (header[7] & 0xff)).as(name).isEqualTo(61);
                }
            }
        }
        assertThat(Files.readString(TARGET.resolve("bcf"))).contains("lib/" + compiled.getFileName())
                .doesNotContain("lib/" + published.getFileName());
    }

    /** The archive the JVM opened for a run of the launcher, from its cds (and aot) log written to a file. */
    private String archiveOpened(List<String> args) throws IOException, InterruptedException {
        Path log = dir.resolve("archive.log");
        Files.deleteIfExists(log);
        String tags = Runtime.version().feature() >= 24 ? "cds=info,aot=info" : "cds=info";
        run(launcher(TARGET.resolve("bcf"), args), THIS_JDK, Map.of("JDK_JAVA_OPTIONS", "-Xlog:" + tags + ":file=" + log));
        Matcher opened = Pattern.compile("Opened (?:archive|AOT cache) (\\S+?)\\.?$", Pattern.MULTILINE)
                .matcher(Files.readString(log));
        return opened.find() ? opened.group(1) : "none";
    }

    @Test
    void onAnotherJdkTheLauncherRunsWithoutTheArchiveSilently() throws IOException, InterruptedException {
        List<Path> others = otherJdks();
        for (Path other : others) {
            assertThat(archivedOpenbcfClasses(TARGET.resolve("bcf"), other, dir.resolve("other.log"), commandLines().get(1)))
                    .as("openbcf classes from the archive on %s", other).isZero();
            for (List<String> args : commandLines()) {
                Cli.Result plain = plainJar(other, args);
                Cli.Result launched = run(launcher(TARGET.resolve("bcf"), args), other, Map.of());
                assertThat(launched).as("bcf %s on %s", args, other).isEqualTo(plain);
            }
        }
    }

    @Test
    void movedElsewhereTheLauncherStillRunsSilentlyWithoutTheArchive() throws IOException, InterruptedException {
        Path copy = Files.createDirectories(dir.resolve("moved"));
        Files.createDirectories(copy.resolve("lib"));
        for (String name : List.of("bcf", "bcf-archive.jdk", "bcf.jsa", "bcf-short.jsa", "bcf.aot", "bcf-short.aot")) {
            if (Files.exists(TARGET.resolve(name))) {
                Files.copy(TARGET.resolve(name), copy.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        try (Stream<Path> jars = Files.list(TARGET.resolve("lib"))) {
            for (Path jar : jars.toList()) {
                Files.copy(jar, copy.resolve("lib").resolve(jar.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        long archived = archivedOpenbcfClasses(copy.resolve("bcf"), THIS_JDK, dir.resolve("moved.log"), commandLines().get(1));
        if (Runtime.version().feature() < 24) {
            // a static CDS archive records its class path: moved, the launcher must not pass it
            assertThat(archived).isZero();
        }
        // JDK 24+: the AOT cache validates the class path itself and may still be used when moved;
        // either way the run must be silent and print what the plain jar prints
        for (List<String> args : commandLines()) {
            assertThat(run(launcher(copy.resolve("bcf"), args), THIS_JDK, Map.of()))
                    .as("moved bcf %s", args).isEqualTo(plainJar(THIS_JDK, args));
        }
    }
}
