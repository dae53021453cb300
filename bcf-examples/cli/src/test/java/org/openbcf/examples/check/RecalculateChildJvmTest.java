package org.openbcf.examples.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.examples.cli.ExitCode;

/**
 * {@code bcf check --recalculate} in a fresh JVM, where POI's logging reaches standard error through
 * {@code java.util.logging}: a function no program defines is reported as unsupported, and POI's
 * parser logs nothing about it. (A child JVM per run: not a mutation-testing target.)
 */
class RecalculateChildJvmTest {

    @TempDir
    Path dir;

    @Test
    void aFunctionNoProgramDefinesIsUnsupportedAndNothingIsLogged() throws Exception {
        Path workbook = IncomeAndExpenditureSheet.write(dir.resolve("unknown.xlsx"), sheet -> {
            CellReference ref = new CellReference("G25");
            sheet.getRow(ref.getRow()).getCell(ref.getCol()).setCellFormula("G12-G22+NOSUCHFUNCTION(1)");
        });
        Path map = Files.writeString(dir.resolve("ie.properties"), IncomeAndExpenditureSheet.MAPPING);

        ChildJvm.Result result = ChildJvm.run(List.of(), "check", workbook.toString(), "--map", map.toString(), "--recalculate");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.err().lines().filter(l -> !l.startsWith("WARNING R-IE-") && !l.startsWith("INFO R-IE-")))
                .containsExactly("NOTE '5. I&E'!G25 balance not recalculated: =G12-G22+NOSUCHFUNCTION(1) cannot be evaluated: "
                        + "Apache POI does not implement the function NOSUCHFUNCTION");
    }

}
