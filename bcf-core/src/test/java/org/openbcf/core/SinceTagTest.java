package org.openbcf.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every public top-level type in the three modules' main sources says since which release it is API
 * ({@code @since 0.1.0} in its class Javadoc), so that a later release can mark what it adds and the
 * API-compatibility check (docs/releasing.md, "Releasing") has a documented baseline.
 */
class SinceTagTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "(?m)^public\\s+(?:(?:final|abstract|sealed|non-sealed|static|strictfp)\\s+)*(?:class|interface|record|enum|@interface)\\s+\\w+");
    private static final Pattern SINCE = Pattern.compile("@since \\d+\\.\\d+\\.\\d+");

    /**
     * The public top-level type of a source file whose Javadoc has no {@code @since}, if any.
     *
     * @param source the file's text
     * @return the declaration lacking the tag, or empty when the file declares no public type or tags it
     */
    static Optional<String> untagged(String source) {
        Matcher type = PUBLIC_TYPE.matcher(source);
        if (!type.find()) {
            return Optional.empty();
        }
        String before = source.substring(0, type.start());
        int open = before.lastIndexOf("/**");
        int close = before.lastIndexOf("*/");
        boolean tagged = open >= 0 && close > open && SINCE.matcher(before.substring(open, close)).find()
                && before.substring(close + 2).lines().allMatch(l -> l.isBlank() || l.startsWith("@") || l.startsWith(" "));
        return tagged ? Optional.empty() : Optional.of(type.group());
    }

    @Test
    void everyPublicTypeSaysSinceWhichRelease() throws IOException {
        List<String> untagged;
        try (Stream<Path> files = Stream.of("bcf-core", "bcf-metrics", "bcf-examples/review", "bcf-examples/io", "bcf-examples/check", "bcf-examples/cli")
                .map(m -> ROOT.resolve(m).resolve("src/main/java")).flatMap(SinceTagTest::walk)) {
            untagged = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> untagged(read(p)).isPresent())
                    .map(p -> ROOT.relativize(p).toString()).sorted().toList();
        }
        assertThat(untagged).as("public types without @since in their class Javadoc").isEmpty();
    }

    @Test
    void aTypeWithoutTheTagIsFoundAndOneWithItIsNot() {
        assertThat(untagged("package a;\n\n/**\n * A thing.\n */\npublic final class Thing {\n}\n"))
                .contains("public final class Thing");
        assertThat(untagged("package a;\n\n/**\n * A thing.\n *\n * @since 0.1.0\n */\n@Deprecated\npublic record Thing(int a) {\n}\n"))
                .isEmpty();
        assertThat(untagged("package a;\n\n/** @since 0.1.0 */\nclass Hidden {\n}\n/** Other. */\npublic interface Shown {\n}\n"))
                .contains("public interface Shown");
        assertThat(untagged("package a;\n\nfinal class Internal {\n}\n")).isEmpty();
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
