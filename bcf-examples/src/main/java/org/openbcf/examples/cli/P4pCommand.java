package org.openbcf.examples.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.p4p.AdmissionsSeries;
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
            "Input CSV header: quarter,baseline,plan,actual[,agreed_payment]. Output CSV on standard output;",
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
        AdmissionsSeries series = read();
        PerformanceResult result = PaymentForPerformance.calculate(series, terms);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.table) {
            out.println(P4pTables.quarters(result));
        } else {
            P4pCsv.write(result, out);
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        for (Finding finding : result.findings()) {
            err.println(finding);
        }
        err.flush();
        return result.findings().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
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

    private AdmissionsSeries read() {
        if (file.equals("-")) {
            return P4pCsv.read(new InputStreamReader(System.in, StandardCharsets.UTF_8), "standard input");
        }
        Path path = Path.of(file);
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return P4pCsv.read(in, path.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file", e);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
