package org.openbcf.examples.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.openbcf.core.money.Gbp;
import org.openbcf.core.p4p.PaymentForPerformance;
import org.openbcf.core.p4p.PerformanceResult;
import org.openbcf.core.p4p.PerformanceTerms;
import org.openbcf.core.p4p.QuarterPayment;
import org.openbcf.examples.format.P4pCsv;
import org.openbcf.examples.format.P4pFigure;
import org.openbcf.examples.format.P4pTables;
import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.CsvInput;
import org.openbcf.examples.io.Format;
import org.openbcf.examples.io.InputFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bcf p4p}: payment for performance from a CSV of quarterly non-elective admissions. The
 * input and output columns are those of {@link P4pCsv}; findings go to standard error, one per line.
 * Cases of a batch are read, computed and written one at a time. Exit 0 with no findings, 1 with
 * findings, 2 for bad input.
 *
 * @since 0.1.0
 */
@Command(name = "p4p", mixinStandardHelpOptions = true,
        description = {"Payment for performance (BCF 2015/16): suggested quarterly payments and unreleased funds.",
            "Input CSV columns: quarter,baseline,plan,actual, optionally agreed_payment, comment and case (a batch: each case is computed on its own, its rows consecutive). Output: one row per quarter; findings on standard error.",
            "Exit 0 no findings, 1 findings, 2 bad input."},
        footerHeading = "%nExample:%n",
        footer = "  bcf p4p --cost-per-admission 1490 --local-share 16295000 p4p-2015-16.csv")
public final class P4pCommand extends Subcommand {

    @Option(names = COST, required = true, paramLabel = "<pounds>", converter = Converters.Money.class,
            description = "Cost of one non-elective admission in pounds, e.g. 1490.")
    BigDecimal costPerAdmission;

    @Option(names = SHARE, paramLabel = "<pounds>", converter = Converters.Money.class,
            description = "Total performance and ring-fenced funds in pounds, e.g. 16295000; caps the pot.")
    BigDecimal localShare;

    @Option(names = COLUMNS, paramLabel = "LIST", split = ",",
            description = "Output columns to add after the standard ones: cumulative_cap, amount_due, agreed_payment, "
                    + "agreed_unreleased_funds, or all.")
    List<String> columns;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Parameters(index = "0", paramLabel = "<file.csv>", description = "The quarters, or - for standard input.")
    InputFile file;

    /** The option names, one source for the annotations and the messages. */
    private static final String COST = "--cost-per-admission";
    private static final String SHARE = "--local-share";
    private static final String COLUMNS = "--columns";

    @Override
    public Integer call() {
        Streams streams = streams();
        PerformanceTerms terms = terms();
        List<String> extra = extraColumns();
        try (P4pCsv.Cases cases = new P4pCsv.Cases(CsvInput.open(file, streams.in(), P4pCsv.SCHEMA));
             Results results = output.format() == Format.TABLE ? Results.text(streams, output)
                     : new Results(streams, output, header(cases.batch(), extra))) {
            for (P4pCsv.Case c = cases.next(); c != null; c = cases.next()) {
                PerformanceResult result = PaymentForPerformance.calculate(c.series(), terms);
                String label = cases.batch() ? c.name() : null;
                if (output.format() == Format.TABLE) {
                    results.text((label == null ? "" : "case " + label + "\n") + P4pTables.quarters(result) + "\n");
                } else {
                    for (QuarterPayment q : result.quarters()) {
                        results.row(row(label, q, extra));
                    }
                }
                results.findings(label, result.findings());
            }
            return results.commit();
        }
    }

    private static List<String> header(boolean batch, List<String> extra) {
        List<String> header = new ArrayList<>();
        if (batch) {
            header.add(P4pCsv.CASE);
        }
        header.addAll(P4pCsv.COLUMNS);
        header.addAll(extra);
        return header;
    }

    private static List<Object> row(String name, QuarterPayment q, List<String> extra) {
        List<Object> values = new ArrayList<>(P4pCsv.COLUMNS.size() + extra.size() + 1);
        if (name != null) {
            values.add(name);
        }
        for (P4pFigure figure : P4pCsv.FIGURES) {
            values.add(figure.value(q));
        }
        for (String column : extra) {
            values.add(P4pFigure.ofColumn(column).value(q));
        }
        return values;
    }

    private List<String> extraColumns() {
        if (columns == null) {
            return List.of();
        }
        List<String> chosen = new ArrayList<>();
        for (String column : columns) {
            String name = column.strip();
            if (name.equals("all")) {
                return P4pCsv.EXTRA_COLUMNS;
            }
            if (!P4pCsv.EXTRA_COLUMNS.contains(name)) {
                throw new BadInputException(COLUMNS + ": '" + BadInputException.oneLine(name) + "' must be one of "
                        + String.join(", ", P4pCsv.EXTRA_COLUMNS) + " or all");
            }
            if (!chosen.contains(name)) {
                chosen.add(name);
            }
        }
        return chosen;
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

    /** Exact pence from the pounds, with no {@code MonetaryAmount} created on this path. */
    private static long pence(BigDecimal pounds, String field) {
        return Gbp.pence(pounds, field);
    }
}
