package org.openbcf.examples.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openbcf.examples.cli.Cli;

/**
 * One mapping kind's test workbook: a sheet its {@code build} fills (values and formulas, calculated
 * as Excel does on save), the mapping that describes it, and the ways the kinds' tests run it: in
 * process through {@link SpreadsheetCheck} and through the {@code bcf check} command.
 *
 * @param dir     the test's temporary folder
 * @param sheet   the sheet's name
 * @param mapping the mapping text
 * @param build   fills the sheet
 */
record KindCheck(Path dir, String sheet, String mapping, Consumer<XSSFSheet> build) {

    /**
     * Writes the workbook with a change made after calculation (a wrong saved result, a typed-over value).
     *
     * @param name  the file name
     * @param after the change
     * @return the file
     */
    Path workbook(String name, Consumer<XSSFSheet> after) {
        return TestWorkbooks.write(dir.resolve(name), wb -> build.accept(wb.createSheet(sheet)),
                wb -> after.accept(wb.getSheet(sheet)));
    }

    /**
     * Writes the workbook with a change made before calculation (an input the formulas then follow).
     *
     * @param name   the file name
     * @param before the change
     * @return the file
     */
    Path changed(String name, Consumer<XSSFSheet> before) {
        return TestWorkbooks.write(dir.resolve(name), wb -> {
            XSSFSheet s = wb.createSheet(sheet);
            build.accept(s);
            before.accept(s);
        }, wb -> { });
    }

    /**
     * The workbook as built.
     *
     * @return the file
     */
    Path agreeing() {
        return workbook("agrees.xlsx", s -> { });
    }

    /**
     * Writes a mapping file.
     *
     * @param text the mapping
     * @return the file
     */
    Path mappingFile(String text) {
        try {
            return Files.writeString(dir.resolve("check-" + Integer.toHexString(text.hashCode()) + ".properties"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks a workbook in process with this kind's mapping.
     *
     * @param workbook the workbook
     * @return the report
     */
    CheckReport check(Path workbook) {
        return SpreadsheetCheck.run(workbook, mappingFile(mapping));
    }

    /**
     * Runs {@code bcf check} in process on a workbook with a mapping.
     *
     * @param workbook the workbook
     * @param text     the mapping
     * @return the exit code and output
     */
    Cli.Result command(Path workbook, String text) {
        return Cli.run("check", workbook.toString(), "--map", mappingFile(text).toString());
    }

    /**
     * Runs {@code bcf check} in process with this kind's mapping.
     *
     * @param workbook the workbook
     * @return the exit code and output
     */
    Cli.Result command(Path workbook) {
        return command(workbook, mapping);
    }

    /**
     * The first computed cell the mapping names is made stale: its formula is replaced by one that gives
     * another value ({@code -123456.78}) while the result saved for the old one stays. The check, which
     * reads saved values, agrees on that cell; {@code --recalculate} reports it as stale, and
     * {@code bcf check --recalculate} exits 1.
     */
    void assertAStaleCellIsCaughtOnlyWhenRecalculating() {
        CheckMapping parsed = CheckMapping.parse(mapping, "mapping kind.properties");
        SheetCell cell = parsed.outputs().values().iterator().next().get(0);
        Path stale = workbook("stale.xlsx", s -> {
            Row row = s.getRow(cell.row()) == null ? s.createRow(cell.row()) : s.getRow(cell.row());
            Cell c = row.getCell(cell.column()) == null ? row.createCell(cell.column()) : row.getCell(cell.column());
            c.setCellFormula("-123456.78");
        });
        assertThat(check(stale).comparisons()).filteredOn(c -> c.cell().equals(cell))
                .singleElement().satisfies(c -> assertThat(c.agrees()).as(c.toString()).isTrue());
        CheckReport recalculated = SpreadsheetCheck.recalculate(stale, mappingFile(mapping));
        assertThat(recalculated.comparisons()).filteredOn(c -> c.cell().equals(cell))
                .singleElement().satisfies(c -> assertThat(c.status()).as(c.toString()).isEqualTo(CellStatus.STALE));
        assertThat(Cli.run("check", stale.toString(), "--map", mappingFile(mapping).toString(), "--recalculate").exitCode())
                .isEqualTo(1);
    }
}
