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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scripts start {@code bcf} many times, so a command must not load what it does not use: each run
 * here is a fresh JVM on the module's runtime class path, logging every class it loads.
 */
class StartupWeightTest {

    private static List<String> loadedClasses(String... args) throws IOException, InterruptedException {
        return fresh(true, args).out().lines().filter(l -> l.contains("[class,load]")).toList();
    }

    /** Runs {@code bcf} in a fresh JVM, through {@code main}, logging loaded classes to standard output. */
    private static Cli.Result fresh(boolean logClasses, String... args) throws IOException, InterruptedException {
        String classPath = Path.of("..", "target", "classes").toAbsolutePath().normalize() + File.pathSeparator
                + Files.readString(Path.of("..", "target", "runtime-class-path.txt")).strip();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", logClasses ? "-Xlog:class+load=info" : "-Xlog:disable", "-cp", classPath,
                BcfCommand.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
        process.getOutputStream().close();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        String out = read(process.getInputStream());
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

    private static Path norfolk(Path dir) throws IOException {
        Path csv = dir.resolve("p4p.csv");
        try (var in = StartupWeightTest.class.getResourceAsStream("/norfolk-data/datasets/norfolk-2015-16/p4p.csv")) {
            Files.copy(in, csv);
        }
        return csv;
    }

    @Test
    void versionLoadsNeitherPoiNorAmountsNorValidators() throws Exception {
        List<String> loaded = loadedClasses("--version");
        assertThat(loaded).isNotEmpty().noneMatch(l -> l.contains(" org.apache.poi.") || l.contains(" org.openbcf.core.money.GbpAmount ")
                || l.contains(" org.hibernate.") || l.contains(" jakarta.validation.") || l.contains(" org.knowm."));
    }

    @Test
    void p4pLoadsNeitherPoiNorChartsNorValidators(@TempDir Path dir) throws Exception {
        List<String> loaded = loadedClasses("p4p", norfolk(dir).toString(), "--cost-per-admission", "1490");
        assertThat(loaded).anyMatch(l -> l.contains(" org.openbcf.core.p4p.PaymentForPerformance "))
                .noneMatch(l -> l.contains(" org.apache.poi.") || l.contains(" org.knowm.") || l.contains(" org.hibernate.")
                        || l.contains(" jakarta.validation.") || l.contains(" org.openbcf.examples.check."));
    }

    @Test
    void aP4pRunStartsNeitherAmountsNorLoggingNorOtherCommands(@TempDir Path dir) throws Exception {
        List<String> loaded = loadedClasses("p4p", "--cost-per-admission", "1490", "--local-share=16295000",
                norfolk(dir).toString());
        // picocli reads every command line (issue 27: one parser), building the model of p4p only
        assertThat(loaded).anyMatch(l -> l.contains(" org.openbcf.core.p4p.PaymentForPerformance "))
                .anyMatch(l -> l.contains(" picocli.CommandLine "))
                .noneMatch(l -> l.contains(" org.openbcf.examples.cli.RateCommand ") || l.contains(" org.openbcf.examples.cli.ReviewCommand ")
                        || l.contains(" picocli.CommandLine$HelpCommand "))
                .noneMatch(l -> l.contains(" org.openbcf.core.money.GbpAmount ")
                        || l.contains(" java.util.logging.")
                        || l.contains(" java.lang.runtime.ObjectMethods ") || l.contains(" java.util.Formatter "));
    }

    @Test
    void aRunThatPrintsAmountsWritesOnlyItsFindingsToStandardError(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("findings.csv");
        Files.writeString(csv, "quarter,baseline,plan,actual,agreed_payment\nQ4 2014/15,22905,22667,22000,500.00\n",
                StandardCharsets.UTF_8);
        Cli.Result table = fresh(false, "p4p", "--cost-per-admission", "1490", "--format", "table", csv.toString());
        assertThat(table.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(table.out()).contains("£354,620.00");
        assertThat(table.err()).startsWith("ERROR R-P4P-15 ").doesNotContain("INFO").doesNotContain("MathContext")
                .hasLineCount(1);
        Cli.Result help = fresh(false, "risk", "--help");
        assertThat(help.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(help.err()).isEmpty();
    }

    @Test
    void theDemoDoesNotLoadPoi() throws Exception {
        List<String> loaded = loadedClasses("demo");
        assertThat(loaded).anyMatch(l -> l.contains(" org.openbcf.core.fund.PooledFund "))
                .noneMatch(l -> l.contains(" org.apache.poi.") || l.contains(" org.apache.xmlbeans.") || l.contains(" org.knowm."));
    }
}
