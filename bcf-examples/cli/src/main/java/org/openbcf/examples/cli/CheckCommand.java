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

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bcf check <workbook.xlsx> [--map <mapping>] [--recalculate] [--tolerance X] [--format csv|table|json|junit]}:
 * checks the cells a spreadsheet computed against openbcf's reference logic. The output has one row per checked cell
 * ({@code cell,output,spreadsheet,reference,difference,agrees}); each finding of the library's rules
 * on the workbook's inputs and each disagreeing cell is also one line on standard error (findings are
 * in the JSON document's {@code findings}). Exit 0 when every cell agrees and no finding is an error,
 * 1 when a cell disagrees or a finding is an error, 2 when the workbook or mapping cannot be used.
 * With {@code --recalculate} the columns are {@code cell,output,spreadsheet,recalculated,reference,difference,agrees,status}
 * and a stale, broken or pasted cell exits 1 too; a formula Apache POI cannot evaluate is a {@code NOTE} line and
 * status {@code unsupported}, which alone exits 0; a formula with no saved result is evaluated (status
 * {@code unsaved}, its {@code spreadsheet} column empty). Without it such a cell exits 2, saying that
 * {@code --recalculate} would evaluate it.
 *
 * @since 0.1.0
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check the cells a spreadsheet computed against openbcf's reference logic.",
            "Reads the values the workbook saved; --recalculate also evaluates its own formulas now. Findings of openbcf's rules on the inputs are reported too (one line each on standard error). Without --map, a workbook in the BCF dataset format (a 'board' sheet) is reviewed and its stated figures recomputed.",
            "Exit 0: all cells agree and no ERROR finding; 1: a cell disagrees or an ERROR finding (one line each on standard error); 2: unusable workbook or mapping."},
        footerHeading = "%nExample:%n",
        footer = {"  bcf check q3-return.xlsx --map p4p.properties --tolerance 0.01",
            "  bcf check q3.xlsx --map p4p.properties --format junit -o TEST-q3.xml",
            "  bcf check q3.xlsx --map p4p.properties --recalculate",
            "  bcf check lewisham.xlsx"})
public final class CheckCommand extends Subcommand {

    /** The output columns. */
    static final List<String> COLUMNS = List.of("cell", "output", "spreadsheet", "reference", "difference", "agrees");

    /** The output columns with {@code --recalculate}: the formula's value now beside the saved one, and each cell's status. */
    static final List<String> RECALCULATED_COLUMNS = List.of("cell", "output", "spreadsheet", "recalculated", "reference",
            "difference", "agrees", "status");

    @Parameters(index = "0", paramLabel = "<workbook.xlsx>", description = "The workbook to check, or - for standard input.")
    String workbook;

    @Option(names = "--map", paramLabel = "<mapping file>",
            description = "Properties file naming the calculation, its input cells and its computed cells; "
                    + "not needed for a workbook in the BCF dataset format (one with a 'board' sheet).")
    Path mapping;

    @Option(names = "--tolerance", paramLabel = "<pounds>", defaultValue = "0",
            description = "Largest difference that counts as agreement, after rounding to the penny (default: ${DEFAULT-VALUE}, exact).")
    BigDecimal tolerance;

    @Option(names = "--format", paramLabel = "csv|table|json|junit",
            description = "csv (default), table, json ({\"rows\":[...],\"findings\":[...]}) or junit "
                    + "(JUnit XML as Maven Surefire writes it: one test case per checked cell and per finding).")
    String format;

    @Option(names = "--recalculate",
            description = "Also evaluate the workbook's own formulas now (Apache POI's evaluator) and report each computed cell's "
                    + "saved, recalculated and openbcf values; a saved value its formula no longer gives is stale, broken "
                    + "(an error such as #REF!) or pasted (no formula): exit 1. A function POI cannot evaluate is "
                    + "reported (status unsupported), not failed. A formula with no saved result (a workbook written by "
                    + "openpyxl, POI or pandas) is evaluated and checked: status unsaved, or disagrees. Needs --map.")
    boolean recalculate;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the results to FILE instead of standard output: completely or not at all "
                    + "(a temporary file renamed into place).")
    String outputFile;

    /** The value of {@code --format} that writes JUnit XML. */
    static final String JUNIT = "junit";

    /**
     * Standard input copied to a temporary {@code standard-input.xlsx} (the name messages give), at most
     * the largest workbook the check reads plus one byte, so an endless stream is refused, not stored.
     */
    private Path standardInput() {
        long max = CheckLimits.DEFAULT.maxFileBytes();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("bcf-check");
            Path copy = dir.resolve("standard-input.xlsx");
            InputStream in = streams().in();
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

    @Override
    public Integer call() {
        boolean junit = format != null && format.strip().equalsIgnoreCase(JUNIT);
        OutputOptions output = new OutputOptions();
        output.output = outputFile;
        if (format != null && !junit) {
            try {
                output.format = Format.parse(format);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--format '" + format + "' must be one of csv, table, json, junit");
            }
        }
        BigDecimal limit = tolerance;
        if (limit.signum() < 0) {
            throw new BadInputException("--tolerance (" + limit.toPlainString() + ") must be an amount of at least 0 pounds");
        }
        CheckReport report;
        if (workbook.equals("-")) {
            Path copy = standardInput();
            try {
                report = check(copy, limit);
            } finally {
                delete(copy);
            }
        } else {
            report = check(Path.of(workbook), limit);
        }
        if (junit) {
            return junit(report, output);
        }
        try (Results results = new Results(streams(), output, recalculate ? RECALCULATED_COLUMNS : COLUMNS)) {
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
            return lines(report);
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
    private int lines(CheckReport report) {
        report.disagreements().forEach(d -> streams().err().println(BadInputException.oneLine(d.toString())));
        report.roundings().forEach(r -> streams().err().println(BadInputException.oneLine("NOTE " + r)));
        report.notRecalculated().forEach(c -> streams().err().println(BadInputException.oneLine(CheckReport.notRecalculatedLine(c))));
        return report.passes() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    /** With a mapping, the mapped check; without one, the dataset check of a dataset workbook, else a refusal. */
    private CheckReport check(Path file, BigDecimal limit) {
        if (mapping != null) {
            return recalculate ? SpreadsheetCheck.recalculate(file, CheckMapping.load(mapping), limit, CheckLimits.DEFAULT)
                    : SpreadsheetCheck.run(file, mapping, limit);
        }
        if (recalculate) {
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
    private int junit(CheckReport report, OutputOptions output) {
        try (Results results = Results.text(streams(), output)) {
            results.text(JUnitReport.of(report));
            results.findings(null, report.findings());
            results.commit();
        }
        return lines(report);
    }
}
