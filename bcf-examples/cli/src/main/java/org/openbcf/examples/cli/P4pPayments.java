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
import org.openbcf.review.FindingPlaces;

/**
 * {@code bcf p4p}: payment for performance, each case of quarters computed by
 * {@link PaymentForPerformance#calculate} on the {@link PerformanceTerms} of the options, and written
 * in the columns of {@link P4pCsv} (a table by {@link P4pTables}) with the case's findings at their rows
 * and columns ({@link FindingPlaces}); cases are read, computed and written one at a time.
 */
final class P4pPayments {

    /** The option names, one source for the annotations and the messages. */
    static final String COST = "--cost-per-admission";
    /** The option of the local share. */
    static final String SHARE = "--local-share";
    /** The option of the extra output columns. */
    static final String COLUMNS = "--columns";

    private P4pPayments() {
    }

    /**
     * Runs {@code bcf p4p}.
     *
     * @param command the command's options
     * @return the exit code
     */
    static int run(P4pCommand command) {
        Streams streams = command.streams();
        OutputOptions output = command.output;
        PerformanceTerms terms = terms(command.costPerAdmission, command.localShare);
        List<String> extra = extraColumns(command.columns);
        try (P4pCsv.Cases cases = new P4pCsv.Cases(CsvInput.open(command.file, streams.in(), P4pCsv.SCHEMA));
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
                results.findings(label, FindingPlaces.locate(result.findings(), cases.places()));
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

    private static List<String> extraColumns(List<String> columns) {
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

    private static PerformanceTerms terms(BigDecimal costPerAdmission, BigDecimal localShare) {
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
