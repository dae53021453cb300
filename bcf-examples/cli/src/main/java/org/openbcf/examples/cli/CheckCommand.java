package org.openbcf.examples.cli;

import java.math.BigDecimal;
import java.nio.file.Path;

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

    @Override
    public Integer call() {
        return SpreadsheetChecks.run(this);
    }
}
