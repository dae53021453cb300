package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/** {@code bcf --version} without picocli prints exactly what picocli prints from {@link VersionProvider}. */
class VersionFastPathTest {

    private static Cli.Result run(boolean fast, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BcfCommand.run(new Streams(InputStream.nullInputStream(), new PrintWriter(out), new PrintWriter(err)),
                fast, args);
        return new Cli.Result(code, out.toString(), err.toString());
    }

    @Test
    void theFastVersionEqualsPicocliVersionInBothSpellings() {
        for (String option : new String[] {"--version", "-V"}) {
            Cli.Result fast = run(true, option);
            assertThat(fast).isEqualTo(run(false, option));
            assertThat(fast.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(fast.out()).startsWith("openbcf ").contains("\nJava " + System.getProperty("java.version"));
        }
    }

    @Test
    void versionWithAnythingElseIsLeftToPicocli() {
        Cli.Result extra = run(true, "--version", "p4p");
        assertThat(extra).isEqualTo(run(false, "--version", "p4p"));
    }
}
