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

    @Option(names = COST, required = true, paramLabel = "<pounds>",
            description = "Cost of one non-elective admission in pounds, e.g. 1490.")
    String costPerAdmission;

    @Option(names = SHARE, paramLabel = "<pounds>",
            description = "Total performance and ring-fenced funds in pounds, e.g. 16295000; caps the pot.")
    String localShare;

    @Option(names = FORMAT, paramLabel = "csv|table",
            description = "csv (default) or table (with £ and thousands separators).")
    Format format;

    @Parameters(index = "0", paramLabel = "<file.csv>", description = "The quarters, or - for standard input.")
    String file;

    /** The option names, one source for picocli's annotations and the plain form. */
    private static final String COST = "--cost-per-admission";
    private static final String SHARE = "--local-share";
    private static final String FORMAT = "--format";

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * The command for a command line in the plain form, read without building picocli's model:
     * {@code p4p}, then the file and the options {@code --cost-per-admission}, {@code --local-share}
     * and {@code --format} (each at most once, as {@code --name value} or {@code --name=value}) in any
     * order, with no value that is empty or starts with {@code -} or {@code @}. Anything else (help,
     * another option, a repeated option, a missing file or cost, {@code --}, an argument file) returns
     * null and goes to picocli, which reads it or explains what is wrong. A plain command line means
     * the same to both; {@code FastStartProperties} checks that on generated command lines.
     *
     * @param args the whole command line, not null
     * @return the command with its options set, or null when the command line is not in the plain form
     */
    static P4pCommand plain(String... args) {
        if (args.length < 2 || !args[0].equals("p4p")) {
            return null;
        }
        P4pCommand command = new P4pCommand();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--")) {
                int equals = arg.indexOf('=');
                String name = equals < 0 ? arg : arg.substring(0, equals);
                String value = equals >= 0 ? arg.substring(equals + 1) : i + 1 < args.length ? args[++i] : null;
                if (!plainValue(value) || !command.set(name, value)) {
                    return null;
                }
            } else if (command.file == null && (arg.equals("-") || plainValue(arg))) {
                command.file = arg;
            } else {
                return null;
            }
        }
        return command.costPerAdmission == null || command.file == null ? null : command;
    }

    private static boolean plainValue(String value) {
        return value != null && !value.isEmpty() && value.charAt(0) != '-' && value.charAt(0) != '@';
    }

    private boolean set(String name, String value) {
        if (name.equals(COST) && costPerAdmission == null) {
            costPerAdmission = value;
        } else if (name.equals(SHARE) && localShare == null) {
            localShare = value;
        } else if (name.equals(FORMAT) && format == null && (value.equals("csv") || value.equals("table"))) {
            format = Format.valueOf(value);
        } else {
            return false;
        }
        return true;
    }

    /**
     * Runs the command with its options set.
     *
     * @param out standard output, not null
     * @param err standard error, not null
     * @return the exit code: {@link ExitCode#OK} or {@link ExitCode#FINDINGS}
     * @throws BadInputException when the options or the file are not usable
     */
    int run(PrintWriter out, PrintWriter err) {
        PerformanceTerms terms = terms();
        P4pCsv.Input input = read();
        Map<String, PerformanceResult> results = new LinkedHashMap<>();
        for (P4pCsv.Case c : input.cases()) {
            results.put(c.name(), PaymentForPerformance.calculate(c.series(), terms));
        }
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
            terms = PerformanceTerms.ofPence(pence(costPerAdmission, "cost per admission"));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(COST + ": " + e.getMessage(), e);
        }
        if (localShare == null) {
            return terms;
        }
        try {
            return terms.withLocalSharePence(pence(localShare, "local share"));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(SHARE + ": " + e.getMessage(), e);
        }
    }

    /** Exact pence from the text, with no {@code MonetaryAmount}: Moneta is not started on this path. */
    private static long pence(String text, String field) {
        return Gbp.pence(Gbp.parsePounds(text), field);
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
