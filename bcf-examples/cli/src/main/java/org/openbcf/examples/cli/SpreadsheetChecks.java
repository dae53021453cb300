package org.openbcf.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.openbcf.examples.check.CellComparison;
import org.openbcf.examples.check.CheckLimits;
import org.openbcf.examples.check.CheckMapping;
import org.openbcf.examples.check.CheckReport;
import org.openbcf.examples.check.DatasetCheck;
import org.openbcf.examples.check.JUnitReport;
import org.openbcf.examples.check.SpreadsheetCheck;
import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.Format;

/**
 * {@code bcf check}: the cells a workbook computed checked against openbcf's reference logic, by
 * {@link SpreadsheetCheck#run} (or {@link SpreadsheetCheck#recalculate} with {@code --recalculate})
 * with a mapping, or by {@link DatasetCheck#run} for a workbook in the BCF dataset format; the
 * {@link CheckReport} written a row a cell (or as JUnit XML by {@link JUnitReport}), with its findings,
 * disagreements, rounded inputs and cells not recalculated one line each on standard error.
 */
final class SpreadsheetChecks {

    /** The output columns. */
    static final List<String> COLUMNS = List.of("cell", "output", "spreadsheet", "reference", "difference", "agrees");

    /** The output columns with {@code --recalculate}: the formula's value now beside the saved one, and each cell's status. */
    static final List<String> RECALCULATED_COLUMNS = List.of("cell", "output", "spreadsheet", "recalculated", "reference",
            "difference", "agrees", "status");

    /** The value of {@code --format} that writes JUnit XML. */
    static final String JUNIT = "junit";

    private SpreadsheetChecks() {
    }

    /**
     * Runs {@code bcf check}.
     *
     * @param command the command's options
     * @return the exit code
     */
    static int run(CheckCommand command) {
        String format = command.format;
        boolean recalculate = command.recalculate;
        boolean junit = format != null && format.strip().equalsIgnoreCase(JUNIT);
        OutputOptions output = new OutputOptions();
        output.output = command.outputFile;
        if (format != null && !junit) {
            try {
                output.format = Format.parse(format);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--format '" + format + "' must be one of csv, table, json, junit");
            }
        }
        BigDecimal limit = command.tolerance;
        if (limit.signum() < 0) {
            throw new BadInputException("--tolerance (" + limit.toPlainString() + ") must be an amount of at least 0 pounds");
        }
        CheckReport report;
        if (command.workbook.equals("-")) {
            Path copy = standardInput(command.streams());
            try {
                report = check(command, copy, limit);
            } finally {
                delete(copy);
            }
        } else {
            report = check(command, Path.of(command.workbook), limit);
        }
        if (junit) {
            return junit(command.streams(), report, output);
        }
        try (Results results = new Results(command.streams(), output, recalculate ? RECALCULATED_COLUMNS : COLUMNS)) {
            for (CellComparison c : report.comparisons()) {
                if (recalculate) {
                    String saved = c.unsaved() ? "" : CellComparison.plain(c.spreadsheet());
                    results.row(List.of(c.cell().toString(), c.output(), saved,
                            recalculated(c), CellComparison.plain(c.reference()), CellComparison.plain(c.difference()),
                            c.agrees(), c.status().toString()));
                } else {
                    results.row(List.of(c.cell().toString(), c.output(), CellComparison.plain(c.spreadsheet()),
                            CellComparison.plain(c.reference()), CellComparison.plain(c.difference()), c.agrees()));
                }
            }
            results.findings(null, report.findings());
            results.commit();
            return lines(command.streams(), report);
        }
    }

    /**
     * Standard input copied to a temporary {@code standard-input.xlsx} (the name messages give), at most
     * the largest workbook the check reads plus one byte, so an endless stream is refused, not stored.
     */
    private static Path standardInput(Streams streams) {
        long max = CheckLimits.DEFAULT.maxFileBytes();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("bcf-check");
            Path copy = dir.resolve("standard-input.xlsx");
            InputStream in = streams.in();
            try (OutputStream out = Files.newOutputStream(copy)) {
                byte[] buffer = new byte[1 << 16];
                long total = 0;
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    total += n;
                    if (total > max) {
                        throw new BadInputException("standard input: the workbook is over " + max
                                + " bytes, the largest openbcf checks");
                    }
                    out.write(buffer, 0, n);
                }
            }
            return copy;
        } catch (IOException e) {
            throw new BadInputException("standard input: cannot be read (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            if (dir != null) {
                delete(dir.resolve("standard-input.xlsx"));
            }
            throw e;
        }
    }

    private static void delete(Path copy) {
        try {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(copy.getParent());
        } catch (IOException e) {
            // a temporary copy left behind is harmless
        }
    }

    /** The recalculated column: the number, the error code or text the formula gives now; empty with no formula or unsupported. */
    private static String recalculated(CellComparison c) {
        return c.recalculated().map(r -> switch (r.kind()) {
            case NUMBER -> CellComparison.plain(r.number().orElseThrow());
            case TEXT, ERROR -> r.detail();
            case NO_FORMULA, UNSUPPORTED -> "";
        }).orElse("");
    }

    /** One line on standard error per failing cell, rounded input and cell not recalculated; the exit code. */
    private static int lines(Streams streams, CheckReport report) {
        report.disagreements().forEach(d -> streams.err().println(BadInputException.oneLine(d.toString())));
        report.roundings().forEach(r -> streams.err().println(BadInputException.oneLine("NOTE " + r)));
        report.notRecalculated().forEach(c -> streams.err().println(BadInputException.oneLine(CheckReport.notRecalculatedLine(c))));
        return report.passes() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    /** With a mapping, the mapped check; without one, the dataset check of a dataset workbook, else a refusal. */
    private static CheckReport check(CheckCommand command, Path file, BigDecimal limit) {
        Path mapping = command.mapping;
        if (mapping != null) {
            return command.recalculate ? SpreadsheetCheck.recalculate(file, CheckMapping.load(mapping), limit, CheckLimits.DEFAULT)
                    : SpreadsheetCheck.run(file, mapping, limit);
        }
        if (command.recalculate) {
            throw new BadInputException("--recalculate evaluates the formulas of a mapping's computed cells: give --map FILE "
                    + "(a dataset workbook's stated figures are typed values, checked without it)");
        }
        if (!DatasetCheck.isDataset(file)) {
            throw new BadInputException("workbook " + file.getFileName() + " has no 'board' sheet, so it is not in the "
                    + "BCF dataset format; a mapping is needed: give --map FILE naming its calculation, inputs and computed cells");
        }
        return DatasetCheck.run(file, limit);
    }

    /** The JUnit XML document, then the same lines on standard error as the other formats. */
    private static int junit(Streams streams, CheckReport report, OutputOptions output) {
        try (Results results = Results.text(streams, output)) {
            results.text(JUnitReport.of(report));
            results.findings(null, report.findings());
            results.commit();
        }
        return lines(streams, report);
    }
}
