package org.openbcf.examples.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.examples.cli.Cli;
import org.openbcf.examples.cli.ExitCode;

/**
 * Issue 17's workbook cases through {@code bcf check} itself, not only the library: each is bad input,
 * exit 2 with one line naming the cell, and nothing on standard output (no partial CSV header).
 */
class HostileCellsCommandTest {

    /** A saved result no real sheet holds, replaced in the sheet's XML by the hostile text. */
    private static final double SENTINEL = 987654.125;

    @TempDir
    Path dir;

    private Cli.Result check(Path workbook) throws IOException {
        Path mapping = Files.writeString(dir.resolve("p4p.properties"), P4pSheet.MAPPING);
        return Cli.run("check", workbook.toString(), "--map", mapping.toString());
    }

    private static void assertOneLineNaming(Cli.Result result, String... fragments) {
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).contains(fragments).doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void agreedPaymentsThatWouldOverflowTheRunningTotalAreRefusedNamingTheCell() throws IOException {
        Path workbook = P4pSheet.writeChanged(dir.resolve("overflow.xlsx"), sheet -> {
            TestWorkbooks.set(sheet, "C19", 50_000_000_000_000_000.00);
            TestWorkbooks.set(sheet, "D19", 50_000_000_000_000_000.00);
        });

        assertOneLineNaming(check(workbook), "C19");
    }

    @Test
    void anOutputCellSavedAsAHugeExponentIsRefusedNamingTheCellWithNoPartialOutput() throws IOException {
        Path plain = P4pSheet.write(dir.resolve("plain.xlsx"), sheet -> TestWorkbooks.setSavedResult(sheet, "Q8", SENTINEL));
        Path hostile = replaceSavedValue(plain, dir.resolve("exponent.xlsx"), "1E+999999999");

        assertOneLineNaming(check(hostile), "Q8");
    }

    @Test
    void aCountCellSavedAsATinyExponentIsRefusedNamingTheCell() throws IOException {
        Path plain = P4pSheet.writeChanged(dir.resolve("plain.xlsx"), sheet -> TestWorkbooks.set(sheet, "C8", SENTINEL));
        Path hostile = replaceSavedValue(plain, dir.resolve("tiny.xlsx"), "1E-999999999");

        assertOneLineNaming(check(hostile), "C8");
    }

    /** Copies a workbook, writing {@code text} where its one sheet saved the sentinel. */
    private static Path replaceSavedValue(Path plain, Path copy, String text) {
        String sentinel = "<v>" + SENTINEL + "</v>";
        boolean[] replaced = {false};
        TestWorkbooks.rewrite(plain, copy, Map.of("xl/worksheets/sheet1.xml", xml -> {
            replaced[0] = xml.contains(sentinel);
            return xml.replace(sentinel, "<v>" + text + "</v>");
        }));
        assertThat(replaced[0]).as("the sentinel was saved in the sheet").isTrue();
        return copy;
    }
}
