package org.openbcf.examples.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.p4p.PaymentForPerformance;
import org.openbcf.core.p4p.PerformanceResult;
import org.openbcf.core.p4p.PerformanceTerms;
import org.openbcf.examples.p4p.P4pCsv;
import org.openbcf.examples.p4p.P4pTables;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bcf p4p}: payment for performance from a CSV of quarterly non-elective admissions. The
 * input and output formats are those of {@link P4pCsv}; findings go to standard error, one per line.
 * Exit 0 with no findings, 1 with findings, 2 for bad input.
 */
@Command(name = "p4p", mixinStandardHelpOptions = true,
        description = {"Payment for performance (BCF 2015/16): suggested quarterly payments and unreleased funds.",
            "Input CSV header: [case,]quarter,baseline,plan,actual[,agreed_payment]. Output CSV on standard output",
            "(with a leading case column when the input has one: each case is computed on its own);",
            "findings on standard error. Exit 0 no findings, 1 findings, 2 bad input."})
public final class P4pCommand implements Callable<Integer> {

    /** How the figures are printed. */
    enum Format {
        /** The CSV contract. */
        csv,
        /** A table for people. */
        table
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--cost-per-admission", required = true, paramLabel = "<pounds>",
            description = "Cost of one non-elective admission in pounds, e.g. 1490.")
    String costPerAdmission;

    @Option(names = "--local-share", paramLabel = "<pounds>",
            description = "Total performance and ring-fenced funds in pounds, e.g. 16295000; caps the pot.")
    String localShare;

    @Option(names = "--format", paramLabel = "csv|table", defaultValue = "csv",
            description = "csv (default) or table (with £ and thousands separators).")
    Format format;

    @Parameters(index = "0", paramLabel = "<file.csv>", description = "The quarters, or - for standard input.")
    String file;

    @Override
    public Integer call() {
        PerformanceTerms terms = terms();
        P4pCsv.Input input = read();
        Map<String, PerformanceResult> results = new LinkedHashMap<>();
        for (P4pCsv.Case c : input.cases()) {
            results.put(c.name(), PaymentForPerformance.calculate(c.series(), terms));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.table) {
            results.forEach((name, result) -> {
                if (input.caseColumn()) {
                    out.println("case " + name);
                }
                out.println(P4pTables.quarters(result));
            });
        } else if (input.caseColumn()) {
            P4pCsv.writeCases(results, out);
        } else {
            P4pCsv.write(results.values().iterator().next(), out);
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        boolean findings = false;
        for (Map.Entry<String, PerformanceResult> entry : results.entrySet()) {
            for (Finding finding : entry.getValue().findings()) {
                err.println(input.caseColumn() ? "case " + entry.getKey() + ": " + finding : finding.toString());
                findings = true;
            }
        }
        err.flush();
        return findings ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private PerformanceTerms terms() {
        PerformanceTerms terms;
        try {
            terms = PerformanceTerms.of(Gbp.parse(costPerAdmission));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--cost-per-admission: " + e.getMessage(), e);
        }
        if (localShare == null) {
            return terms;
        }
        try {
            return terms.withLocalShare(Gbp.parse(localShare));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--local-share: " + e.getMessage(), e);
        }
    }

    private P4pCsv.Input read() {
        if (file.equals("-")) {
            return P4pCsv.readCases(new InputStreamReader(System.in, StandardCharsets.UTF_8), "standard input");
        }
        Path path = Path.of(file);
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return P4pCsv.readCases(in, path.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file", e);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
