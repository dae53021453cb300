package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scripts start {@code bcf} many times, so a command must not load what it does not use: each run
 * here is a fresh JVM on the module's runtime class path, logging every class it loads.
 */
class StartupWeightTest {

    private static List<String> loadedClasses(String... args) throws IOException, InterruptedException {
        String classPath = Path.of("target", "classes").toAbsolutePath() + File.pathSeparator
                + Files.readString(Path.of("target", "runtime-class-path.txt")).strip();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-Xlog:class+load=info", "-cp", classPath, BcfCommand.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out.lines().filter(l -> l.contains("[class,load]")).toList();
    }

    @Test
    void versionLoadsNeitherPoiNorMonetaNorValidators() throws Exception {
        List<String> loaded = loadedClasses("--version");
        assertThat(loaded).isNotEmpty().noneMatch(l -> l.contains(" org.apache.poi.") || l.contains(" org.javamoney.")
                || l.contains(" org.hibernate.") || l.contains(" jakarta.validation.") || l.contains(" org.knowm."));
    }

    @Test
    void p4pLoadsNeitherPoiNorChartsNorValidators(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("p4p.csv");
        try (var in = StartupWeightTest.class.getResourceAsStream("/norfolk-data/p4p-2015-16.csv")) {
            Files.copy(in, csv);
        }
        List<String> loaded = loadedClasses("p4p", csv.toString(), "--cost-per-admission", "1490");
        assertThat(loaded).anyMatch(l -> l.contains(" org.openbcf.core.p4p.PaymentForPerformance "))
                .noneMatch(l -> l.contains(" org.apache.poi.") || l.contains(" org.knowm.") || l.contains(" org.hibernate.")
                        || l.contains(" jakarta.validation.") || l.contains(" org.openbcf.examples.check."));
    }

    @Test
    void theDemoDoesNotLoadPoi() throws Exception {
        List<String> loaded = loadedClasses("demo");
        assertThat(loaded).anyMatch(l -> l.contains(" org.openbcf.core.fund.PooledFund "))
                .noneMatch(l -> l.contains(" org.apache.poi.") || l.contains(" org.apache.xmlbeans.") || l.contains(" org.knowm."));
    }
}
