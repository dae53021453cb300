package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/**
 * {@code bcf p4p} in its plain form runs without picocli (issue 7, start-up): which command lines are
 * plain, and that a plain run prints exactly what the picocli run prints.
 */
class FastStartTest {

    private static final String FILE = P4pCommandTest.NORFOLK.toString();

    @Test
    void plainCommandLinesAreReadWithoutPicocli() {
        P4pCommand command = P4pCommand.plain("p4p", "--cost-per-admission", "1490", FILE);
        assertThat(command).isNotNull();
        assertThat(command.costPerAdmission).isEqualTo("1490");
        assertThat(command.file).isEqualTo(FILE);
        assertThat(command.localShare).isNull();
        assertThat(command.output.format).isNull();

        command = P4pCommand.plain("p4p", FILE, "--format=table", "--local-share", "£16,295,000", "--cost-per-admission=1,490.00");
        assertThat(command).isNotNull();
        assertThat(command.costPerAdmission).isEqualTo("1,490.00");
        assertThat(command.localShare).isEqualTo("£16,295,000");
        assertThat(command.output.format).isEqualTo(org.openbcf.examples.io.Format.TABLE);
        assertThat(command.file).isEqualTo(FILE);

        assertThat(P4pCommand.plain("p4p", "-", "--cost-per-admission", "1").file).isEqualTo("-");
        assertThat(P4pCommand.plain("p4p", "--format", "csv", "--cost-per-admission", "1", FILE).output.format)
                .isEqualTo(org.openbcf.examples.io.Format.CSV);
    }

    @Test
    void theShortCommandsArchiveIsTrainedOnTheLinesThatRunWithoutPicocli() {
        // TrainingRun --plain-only keeps exactly these
        assertThat(BcfCommand.runsWithoutPicocli("--version")).isTrue();
        assertThat(BcfCommand.runsWithoutPicocli("-V")).isTrue();
        assertThat(BcfCommand.runsWithoutPicocli("p4p", "--cost-per-admission", "1490", FILE)).isTrue();
        assertThat(BcfCommand.runsWithoutPicocli("rate", "--count", "108", "--population", "882569")).isTrue();
        assertThat(BcfCommand.runsWithoutPicocli("delays", "drd.csv")).isTrue();
        assertThat(BcfCommand.runsWithoutPicocli("--help")).isFalse();
        assertThat(BcfCommand.runsWithoutPicocli("p4p", "--help")).isFalse();
        assertThat(BcfCommand.runsWithoutPicocli("p4p", "--format", "csv", "--format", "table", "--cost-per-admission", "1", FILE))
                .isFalse();
        assertThat(BcfCommand.runsWithoutPicocli("review", "datasets")).isFalse();
        assertThat(BcfCommand.runsWithoutPicocli()).isFalse();
    }

    @Test
    void everythingElseGoesToPicocli() {
        String[][] others = {
            {},
            {"p4p"},
            {"risk", "--cost-per-admission", "1490", FILE},
            {"p4p", "--help"},
            {"p4p", "-h", "--cost-per-admission", "1490", FILE},
            {"p4p", "-V"},
            {"p4p", "--cost-per-admission", "1490"},
            {"p4p", FILE},
            {"p4p", "--cost-per-admission", "1490", FILE, FILE},
            {"p4p", "--cost-per-admission", "1490", "--cost-per-admission", "1490", FILE},
            {"p4p", "--cost-per-admission", "1490", "--local-share", "1", "--local-share=1", FILE},
            {"p4p", "--cost-per-admission", "1490", "--format", "csv", "--format", "csv", FILE},
            {"p4p", "--cost-per-admission", "1490", "--format", "xml", FILE},
            {"p4p", "--cost-per-admission", "1490", "--format", "CSV", FILE},
            {"p4p", "--cost-per-admission", "-5", FILE},
            {"p4p", "--cost-per-admission", "--local-share", "5", FILE},
            {"p4p", "--cost-per-admission=", FILE},
            {"p4p", "--cost-per-admission", "", FILE},
            {"p4p", "--cost-per-admission", "1490", ""},
            {"p4p", "--cost-per-admission", "@costs", FILE},
            {"p4p", "--cost-per-admission", "1490", "@args"},
            {"p4p", "--cost-per-admission", "1490", "--", FILE},
            {"p4p", "--cost-per-admission", "1490", "--unknown", FILE},
            {"p4p", "--cost-per-admission", "1490", "-x", FILE},
            {"p4p", "--cost", "1490", FILE},
            {"p4p", FILE, "--cost-per-admission"},
            {"P4P", "--cost-per-admission", "1490", FILE},
        };
        for (String[] args : others) {
            assertThat(P4pCommand.plain(args)).as(String.join(" ", args)).isNull();
        }
    }

    @Test
    void aPlainRunPrintsWhatPicocliPrints() {
        String[][] runs = {
            {"p4p", "--cost-per-admission", "1490", "--local-share", "16295000", FILE},
            {"p4p", "--format=table", "--cost-per-admission=1490", FILE},
            {"p4p", "--cost-per-admission", "1490.001", FILE},
            {"p4p", "--cost-per-admission", "0", FILE},
            {"p4p", "--cost-per-admission", "abc", FILE},
            {"p4p", "--cost-per-admission", "1490", "no-such-file.csv"},
        };
        for (String[] args : runs) {
            assertThat(P4pCommand.plain(args)).isNotNull();
            assertThat(run(true, args)).as(String.join(" ", args)).isEqualTo(run(false, args));
        }
    }

    /** One run as exit code, standard output and standard error, with or without the plain path. */
    static String run(boolean fast, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BcfCommand.run(new Streams(java.io.InputStream.nullInputStream(), new PrintWriter(out, true), new PrintWriter(err, true)), fast, args);
        return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
}
