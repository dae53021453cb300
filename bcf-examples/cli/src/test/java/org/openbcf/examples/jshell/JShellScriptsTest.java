package org.openbcf.examples.jshell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every JShell script in {@code src/main/jshell} after {@code startup.jsh} and checks what it
 * prints against {@code src/test/resources/jshell/NAME.expected}: each line there that is not blank
 * and does not start with {@code #} must appear in the output, in that order. A script without an
 * expectations file fails, so no script can silently rot.
 */
class JShellScriptsTest {

    private static final Path SCRIPTS = Path.of("src", "main", "jshell");
    private static final Path STARTUP = SCRIPTS.resolve("startup.jsh");
    private static final Path EXPECTED = Path.of("src", "test", "resources", "jshell");

    static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.list(SCRIPTS)) {
            return files.filter(p -> p.toString().endsWith(".jsh") && !p.equals(STARTUP)).sorted().toList();
        }
    }

    @Test
    void thereAreWorkedScripts() throws IOException {
        assertThat(scripts()).extracting(p -> p.getFileName().toString()).contains("pooled-fund-what-if.jsh");
    }

    @Test
    void theStartupScriptImportsCleanly() {
        JShellRunner.Output output = JShellRunner.run(List.of(STARTUP));
        assertThat(output.out()).isEmpty();
        assertThat(output.err()).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyScriptRunsAndPrintsWhatItsExpectationsSay() throws IOException {
        return scripts().stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
            String name = script.getFileName().toString().replaceFirst("\\.jsh$", ".expected");
            Path expected = EXPECTED.resolve(name);
            assertThat(expected).as("every script needs its expectations in " + expected).exists();
            JShellRunner.Output output = JShellRunner.run(List.of(STARTUP, script));
            assertThat(output.err()).as("standard error of " + script).isEmpty();
            List<String> lines = Files.readAllLines(expected).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            assertThat(lines).as("expectations in " + expected).isNotEmpty();
            String out = output.out();
            int from = 0;
            for (String line : lines) {
                int at = out.indexOf(line, from);
                assertThat(at).as("%s should print, after what came before:%n  %s%nIt printed:%n%s", script.getFileName(), line, out)
                        .isNotNegative();
                from = at + line.length();
            }
        }));
    }
}
