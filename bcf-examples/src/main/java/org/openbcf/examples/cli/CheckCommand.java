package org.openbcf.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openbcf.examples.check.CellComparison;
import org.openbcf.examples.check.CheckReport;
import org.openbcf.examples.check.SpreadsheetCheck;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bcf check <workbook.xlsx> --map <mapping> [--tolerance X]}: checks the cells a spreadsheet
 * computed against openbcf's reference logic. Standard output is CSV, one row per checked cell
 * ({@code cell,output,spreadsheet,reference,difference,agrees}); each disagreeing cell is also one
 * line on standard error. Exit 0 when every cell agrees, 1 when any disagrees, 2 when the workbook
 * or mapping cannot be used.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check the cells a spreadsheet computed against openbcf's reference logic.",
            "Reads the values the workbook saved (formulas are never re-evaluated).",
            "Exit 0: all cells agree; 1: some disagree (one line each on standard error); 2: unusable workbook or mapping."})
public final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<workbook.xlsx>", description = "the workbook to check")
    Path workbook;

    @Option(names = "--map", required = true, paramLabel = "<mapping file>",
            description = "properties file naming the calculation, its input cells and its computed cells")
    Path mapping;

    @Option(names = "--tolerance", paramLabel = "<pounds>", defaultValue = "0",
            description = "largest difference that counts as agreement, after rounding to the penny (default: ${DEFAULT-VALUE}, exact)")
    String tolerance;

    @Override
    public Integer call() {
        CheckReport report = SpreadsheetCheck.run(workbook, mapping, tolerance());
        PrintWriter out = spec.commandLine().getOut();
        try {
            // not closed: closing the printer would close the command's standard output
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
            csv.printRecord("cell", "output", "spreadsheet", "reference", "difference", "agrees");
            for (CellComparison c : report.comparisons()) {
                csv.printRecord(CsvSafety.neutralise(c.cell().toString()), CsvSafety.neutralise(c.output()),
                        CellComparison.plain(c.spreadsheet()), CellComparison.plain(c.reference()),
                        CellComparison.plain(c.difference()), c.agrees());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        report.disagreements().forEach(err::println);
        err.flush();
        return report.agrees() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    private BigDecimal tolerance() {
        try {
            return new BigDecimal(tolerance.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException("--tolerance (" + tolerance + ") must be an amount in pounds, e.g. 0.01", e);
        }
    }
}
