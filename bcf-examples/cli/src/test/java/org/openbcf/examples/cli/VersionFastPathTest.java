package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/** {@code bcf --version} without picocli prints exactly what picocli prints from {@link VersionProvider}. */
class VersionFastPathTest {

    /** A run, fast ({@link BcfCommand#run}) or through picocli's model of every command. */
    private static Cli.Result run(boolean fast, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Streams streams = new Streams(InputStream.nullInputStream(), new PrintWriter(out), new PrintWriter(err));
        int code = fast ? BcfCommand.run(streams, args) : BcfCommand.commandLine(streams).execute(args);
        streams.out().flush();
        streams.err().flush();
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
