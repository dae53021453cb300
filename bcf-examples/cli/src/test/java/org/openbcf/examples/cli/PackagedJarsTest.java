package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/**
 * What a redistributor checks in the jars the build makes (issue 17, "Release-ready artefacts"): each
 * carries openbcf's Apache-2.0 licence, and the self-contained {@code bcf.jar} keeps every
 * dependency's licence and notice, appended one after another, none of them dropped. Runs after
 * {@code package} (the jars must exist), in the same execution as {@code CheckJarConsumerTest}.
 */
class PackagedJarsTest {

    private static final Path ROOT = Path.of("..", "..").toAbsolutePath().normalize();
    private static final Path TARGET = Path.of("..", "target").toAbsolutePath().normalize();
    private static final List<String> LEGAL = List.of("META-INF/LICENSE", "META-INF/LICENSE.txt", "META-INF/NOTICE",
            "META-INF/NOTICE.txt");

    @Test
    void everyJarTheBuildMakesCarriesOpenbcfsLicence() throws IOException {
        String licence = Files.readString(ROOT.resolve("LICENSE"), StandardCharsets.UTF_8);
        assertThat(licence).contains("Apache License", "Version 2.0, January 2004");
        List<Path> jars = new ArrayList<>();
        jars.add(jar(ROOT.resolve("bcf-core/target"), "bcf-core-[^-]+(-SNAPSHOT)?\\.jar"));
        jars.add(jar(ROOT.resolve("bcf-metrics/target"), "bcf-metrics-[^-]+(-SNAPSHOT)?\\.jar"));
        jars.add(jar(ROOT.resolve("bcf-examples/review/target"), "bcf-review-[^-]+(-SNAPSHOT)?\\.jar"));
        jars.add(jar(ROOT.resolve("bcf-examples/io/target"), "bcf-io-[^-]+(-SNAPSHOT)?\\.jar"));
        jars.add(jar(ROOT.resolve("bcf-examples/check/target"), "bcf-check-[^-]+(-SNAPSHOT)?\\.jar"));
        jars.add(jar(TARGET, "bcf-cli-[^-]+(-SNAPSHOT)?\\.jar"));
        jars.add(TARGET.resolve("bcf.jar"));
        for (Path jar : jars) {
            assertThat(entry(jar, "META-INF/LICENSE")).as(jar.getFileName() + " META-INF/LICENSE")
                    .hasValueSatisfying(text -> assertThat(text).contains(licence.strip()));
        }
    }

    @Test
    void theSelfContainedJarKeepsEveryDependencysLicenceAndNotice() throws IOException {
        String classPath = Files.readString(TARGET.resolve("runtime-class-path.txt"), StandardCharsets.UTF_8).strip();
        int checked = 0;
        for (String element : classPath.split(java.io.File.pathSeparator)) {
            Path dependency = Path.of(element);
            if (!element.endsWith(".jar") || dependency.startsWith(ROOT)) {
                continue;
            }
            for (String name : LEGAL) {
                Optional<String> text = entry(dependency, name);
                if (text.isPresent() && !text.get().isBlank()) {
                    assertThat(entry(TARGET.resolve("bcf.jar"), name)).as(dependency.getFileName() + " " + name)
                            .hasValueSatisfying(all -> assertThat(all).contains(text.get().strip()));
                    checked++;
                }
            }
        }
        assertThat(checked).as("licence and notice files among the dependencies").isGreaterThan(10);
    }

    private static Path jar(Path dir, String pattern) throws IOException {
        Pattern name = Pattern.compile(pattern);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> name.matcher(p.getFileName().toString()).matches()).findFirst()
                    .orElseThrow(() -> new AssertionError("no jar matching " + pattern + " in " + dir));
        }
    }

    private static Optional<String> entry(Path jar, String name) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                return Optional.empty();
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }
}
